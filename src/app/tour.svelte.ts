/**
 * The guided tour for first-time learners: which step is shown, opening it on the first
 * visit, and remembering (localStorage) that it was seen or skipped.
 */
import { markTourSeen, tourSeen } from './preferences.ts';
import type { MessageKey } from '../i18n/translate.ts';
import type { PluralBase } from '../i18n/plural.ts';
import { STRATEGIES, type Strategy } from '../engine/vocabulary.ts';
import { OPEN_ACCESS, toolOpen, type ToolAccess } from '../missions/tools.ts';
import { teacherPlace, type Location, type Route } from './routes.ts';

export const TOUR_STEPS = ['welcome', 'scenario', 'decisions', 'advance', 'observe'] as const;
export type TourStep = (typeof TOUR_STEPS)[number];

/**
 * The elements each step names, by their `data-tour` marks on the screens: a list of alternatives, the
 * first found on the current screen wins (an alternative may name several marks, space-separated, all
 * shown at once). The panel keeps clear of them and outlines them (QA tablet #15). A step that names
 * the decisions form on the home screen points at the nav link that leads there.
 */
export const TOUR_TARGETS: Record<TourStep, readonly string[]> = {
  welcome: [],
  scenario: ['scenarios', 'nav-home nav-missions'],
  decisions: ['target', 'nav-decisions'],
  advance: ['advance', 'nav-decisions'],
  observe: ['nav-dashboard nav-charts nav-customers'],
};

/**
 * The screens that show what a step explains (the shops' cards, the time bar: AdvanceControls is on the
 * decisions screen and in the scoring lab). On another screen the step points at the nav links that lead
 * there and its text says so (`…elsewhere`): « 3. Avancez dans le temps » opened from « Et si… ? »
 * outlined the « Décisions » link under a text that spoke of buttons not on the screen (QA).
 */
export const STEP_SCREENS: Record<'scenario' | 'advance', readonly Route[]> = {
  scenario: ['home'],
  advance: ['decisions', 'scoring'],
};
const ELSEWHERE_TARGETS: Record<keyof typeof STEP_SCREENS, readonly string[]> = {
  scenario: ['nav-home nav-missions'],
  advance: ['nav-decisions'],
};

export interface StepView {
  title: MessageKey;
  body: MessageKey;
  /**
   * The strategies open to the learner when the shop does not offer all four, or the class link or the mission closes
   * some (the decisions step): the text is then `openBody` counted by them and naming them, not `body`, which names all four
   */
  open?: readonly Strategy[];
  openBody?: PluralBase;
  /** the `data-tour` marks of the elements the step names: alternatives, the first on screen wins (TOUR_TARGETS) */
  targets: readonly string[];
}

/**
 * A step's texts and the elements it names on `route`, the screen shown. The scenario step speaks of
 * missions, and points at « Commencer la mission », when the learner is on the missions screen (a
 * teacher's class link lands there), not of the home's « Commencer ». A step whose element is on
 * another screen (STEP_SCREENS) points at the link to that screen and says where it is. The welcome
 * step sends a teacher to the home's « Vous êtes enseignant ? » only when the home offers it
 * (`teacherTools`: ui/home/teacherLinks.ts teacherToolsOffered): a student on a class link is not pointed to a
 * panel left out for them. The decisions step names the strategies open on the decisions screen (its allowedStrategies: those
 * the shop being played offers, `offered`, that `access` leaves open: the teacher's locks and hidden tools, the
 * mission's), in the form's order, not all four, when some are closed (QA qa9 F5) or not offered (a shop made in the editor).
 * On a mission link (`missionLink`) it says the missions open them one by one instead: the tour shows before the
 * mission is started, when `access` has only the teacher's locks, not the mission's (QA qa12 F4).
 */
export function stepView(
  step: TourStep,
  route: Route,
  teacherTools = true,
  access: ToolAccess = OPEN_ACCESS,
  offered: readonly Strategy[] = STRATEGIES,
  missionLink = false,
): StepView {
  if (step === 'welcome' && !teacherTools) return { title: 'tour.steps.welcome.title', body: 'tour.steps.welcome.student', targets: TOUR_TARGETS.welcome };
  if (step === 'decisions' && missionLink) return { title: 'tour.steps.decisions.title', body: 'tour.steps.decisions.missions', targets: TOUR_TARGETS.decisions };
  if (step === 'decisions') {
    const open = STRATEGIES.filter((s) => offered.includes(s) && toolOpen(access, s));
    if (open.length < STRATEGIES.length)
      return { title: 'tour.steps.decisions.title', body: 'tour.steps.decisions.body', targets: TOUR_TARGETS.decisions, open, openBody: 'tour.steps.decisions.open' };
  }
  if (step === 'scenario' && route === 'missions') return { title: 'tour.missions.title', body: 'tour.missions.body', targets: ['mission-start'] };
  if ((step === 'scenario' || step === 'advance') && !STEP_SCREENS[step].includes(route))
    return { title: `tour.steps.${step}.title`, body: `tour.steps.${step}.elsewhere`, targets: ELSEWHERE_TARGETS[step] };
  // the scoring lab's time bar never folds under « Autres choix » (not compact) and the period's decisions are listed on « Décisions »
  if (step === 'advance' && route === 'scoring') return { title: 'tour.steps.advance.title', body: 'tour.steps.advance.lab', targets: TOUR_TARGETS.advance };
  return { title: `tour.steps.${step}.title`, body: `tour.steps.${step}.body`, targets: TOUR_TARGETS[step] };
}

export class Tour {
  open = $state(false);
  index = $state(0);
  step = $derived<TourStep>(TOUR_STEPS[this.index]);
  last = $derived(this.index === TOUR_STEPS.length - 1);

  /** a first visit that began on a teacher's page: the tour waits for the first learner's screen (`arrived`) */
  #waiting = false;
  /** a class link's first visit: the tour is offered (TourOffer), one click to take, one to decline, not opened */
  offered = $state(false);

  /**
   * Opens the tour if this browser never saw it, unless the page opens from a teacher's class link: one that sets
   * something of the game (`search`: the address's query string; as presets/runClass.ts fromClassLink), or the one the
   * browser kept (`kept`, rememberedClassLink.ts). In class the teacher shows the way: five steps to close × 30
   * students of a 55-minute lesson (QA). It is offered instead (`offered`: a line above the screen, never over it; QA
   * qa28class55 F5: nothing told a student what a period is nor where the time bar is), and the header's « Visite guidée » opens it.
   * On a teacher's page (`here`: routes.ts teacherPlace, #/missions/enseignant, #/class, #/editor) the learner's tour
   * waited over the link builder (QA qa24 m2): it opens when this visit reaches a learner's screen instead. Not marked
   * seen: the teacher who then tries the student side, or a student later on the same computer, sees what students see.
   */
  startIfFirstVisit(search = '', kept: string | null = null, here: Location = { route: 'home' }): void {
    if (tourSeen()) return;
    if (kept !== null || /[?&](shop|mission|seed|mode|lock|hide)=/.test(search)) {
      this.offered = !teacherPlace(here);
      return;
    }
    if (teacherPlace(here)) this.#waiting = true;
    else this.show();
  }

  /** The page shows `here`: a tour kept back on a teacher's page opens on the first learner's screen, if still unseen. */
  arrived(here: Location): void {
    if (!this.#waiting || teacherPlace(here)) return;
    this.#waiting = false;
    if (!tourSeen()) this.show();
  }

  show(): void {
    this.#waiting = false;
    this.#paused = false;
    this.offered = false;
    this.index = 0;
    this.open = true;
  }

  next(): void {
    if (this.last) this.close();
    else this.index += 1;
  }

  /**
   * A game has started (from the home or a mission): the steps that ask for it are done, the tour goes
   * on at « Décidez » rather than still saying « Choisissez un scénario » over the decisions screen. At
   * its last step (« Observez et comprenez », read to the end but not closed with « C’est parti ! ») it
   * has nothing more to show: it closes, seen, rather than follow the learner into the game over the
   * programmes list and the time bar (QA F8).
   */
  gameStarted(): void {
    if (!this.open) return;
    const decide = TOUR_STEPS.indexOf('decisions');
    if (this.last) this.close();
    else if (this.index < decide) this.index = decide;
  }

  /** The learner left the home screen for another one without starting a game: a tour read to its last step closes, seen (QA F8). */
  leftHome(): void {
    if (this.open && this.last) this.close();
  }

  /** the tour stepped aside for a glossary card (`pause`): shown again, at the same step, when the learner leaves it */
  #paused = false;
  /** the screen it stepped aside on: back there it shows again; elsewhere, the learner went from that screen to the new one */
  #pausedFrom: Route = 'home';

  /**
   * The learner opened a glossary card with the tour open (a « ? » tapped behind the panel): the tour steps aside, neither
   * closed nor seen, and comes back at the same step when they leave the card (`resume`). On a phone it covered the card's
   * bottom third and its « ← Retour » (QA qa31phoneEn m5); a student who looked up a word expects to go on with the tour.
   */
  pause(from: Route): void {
    if (!this.open) return;
    this.open = false;
    this.#paused = true;
    this.#pausedFrom = from;
  }

  /**
   * The learner left the glossary: a tour that stepped aside for it is shown again, and the screen it stepped aside on is
   * returned (null: it had not), for the shell to apply `leftHome`/`gameStarted` as if the learner had gone straight from
   * there to the new screen. A last step paused on the home then closes, seen, when the learner goes on to « Clients »
   * rather than reappear over it (review21 m1); back on the home it is shown as it was.
   */
  resume(): Route | null {
    if (!this.#paused) return null;
    this.#paused = false;
    if (!tourSeen()) this.open = true;
    return this.#pausedFrom;
  }

  previous(): void {
    if (this.index > 0) this.index -= 1;
  }

  close(): void {
    this.#paused = false;
    this.open = false;
    markTourSeen();
  }

  /** « Non merci » to the offer: remembered as a tour skipped, not offered again on this browser. */
  decline(): void {
    this.offered = false;
    markTourSeen();
  }
}
