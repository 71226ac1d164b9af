/**
 * What a typed value means, said by the editor (QA qa27 M1, M2, M3, minors 4 and 5): an event's
 * intensity follows its kind, with a remark when it contradicts it; « Valeur à atteindre » follows the
 * metric, a rate typed as a percentage (90) is to change before playing; an event's period speaks the
 * game's numbering (« semaine 1 » is the file's tick 0), files keep their `tick`; the SONCAS total.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { frenchSpacing as fr } from '../../../src/i18n/frenchSpacing.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';

const scenario = fixtureScenario();

/** The exported files' text, as the editor hands them to the browser. */
function exportsSpy(): string[] {
  const texts: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    void (blob as Blob).text().then((text) => texts.push(text));
    return 'blob:x';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  return texts;
}

const field = (id: string) => document.getElementById(id) as HTMLInputElement;
/** a 0–1 field's description: its hint, then its valid value echoed as a percentage (« = 90 % », Intl's space before « % ») */
const echoed = (hint: string, percent: string) => new RegExp(`^${hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} = ${percent}\\s%$`);

async function retype(user: ReturnType<typeof userEvent.setup>, id: string, text: string): Promise<void> {
  await user.clear(field(id));
  await user.type(field(id), text);
}

describe('what the editor says a value means', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });
  afterEach(() => vi.restoreAllMocks());

  it('says what an event’s intensity means for its kind, and remarks on one that contradicts it, without blocking', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: { ...scenario, events: [{ tick: 2, kind: 'saisonHaute', intensity: 1.4, durationTicks: 1 }] } as Scenario });
    await user.click(screen.getByRole('button', { name: /^événement n° 1 · semaine 3 · Haute saison/ }));
    const intensity = field('ed-events-0-intensity');
    expect(intensity).toHaveAccessibleDescription(fr('multiplicateur des achats, au-dessus de 1 : 1,4 = 40 % d’achats en plus'));
    expect(screen.queryByText(/une haute saison/)).toBeNull();

    // 0,4 for « +40 % »: sells less
    await retype(user, 'ed-events-0-intensity', '0,4');
    expect(screen.getByRole('link', { name: /^événement n° 1 › intensité\s: une haute saison multiplie les achats\s: 0,4 les fait baisser de 60\s%/ })).toBeInTheDocument();
    expect(screen.getByText('Le scénario est valide.')).toBeInTheDocument();

    await user.selectOptions(field('ed-events-0-kind'), 'hausseDesPrix');
    expect(intensity).toHaveAccessibleDescription(fr('hausse des prix définitive dès son début (la durée ne compte pas), les prix sont multipliés par 1 + l’intensité : 0,07 = +7 %'));
    await retype(user, 'ed-events-0-intensity', '7');
    const remark = screen.getByRole('link', { name: /une hausse des prix de 7 multiplie les prix par 8 \(\+700\s%\)\. Pour \+7\s%, écrivez 0,07\./ });
    await retype(user, 'ed-events-0-intensity', '0,07');
    expect(remark).not.toBeInTheDocument();

    await user.selectOptions(field('ed-events-0-kind'), 'saisonBasse');
    await retype(user, 'ed-events-0-intensity', '1,3');
    expect(screen.getByRole('link', { name: /une basse saison multiplie les achats\s: 1,3 ne les fait pas baisser/ })).toBeInTheDocument();
    await user.selectOptions(field('ed-events-0-kind'), 'travaux');
    expect(intensity).toHaveAccessibleDescription(/^gravité entre 0 et 1/);
    expect(screen.getByRole('link', { name: /la gravité des travaux va de 0 à 1\s: 1,3 est au-delà du plus grave/ })).toBeInTheDocument();
    expect(screen.getByText('Le scénario est valide.')).toBeInTheDocument();
  });

  it('says an event’s period as the game does (week 1 is the first), refuses one past the last week in those words, and keeps the file’s tick', async () => {
    const user = userEvent.setup();
    const texts = exportsSpy();
    render(ScenarioEditorScreen, { initial: { ...scenario, events: [{ tick: 4, kind: 'vagueIncidents', intensity: 2, durationTicks: 1 }] } as Scenario });
    // the file's tick 4 is the game's « Semaine 5 / 12 »
    const line = screen.getByRole('button', { name: /^événement n° 1 · semaine 5 · Vague d’incidents/ });
    await user.click(line);
    const tick = field('ed-events-0-tick');
    expect(tick).toHaveAccessibleName('semaine');
    expect(tick).toHaveValue('5');
    // its duration in the same unit, not « périodes » beside « semaine » (review17 m7)
    expect(field('ed-events-0-durationTicks')).toHaveAccessibleName(/^durée de l’événement \(en semaines\)/);
    expect(tick).toHaveAccessibleDescription(/^semaine du jeu où l’événement commence\s:\s1 = la première, 12 = la dernière/);

    // the last week of a 12-week game is allowed, the one after is not, said in weeks
    await retype(user, 'ed-events-0-tick', '12');
    expect(screen.getByText('Le scénario est valide.')).toBeInTheDocument();
    await retype(user, 'ed-events-0-tick', '13');
    expect(tick).toHaveAccessibleDescription(/l’événement tombe après la fin\s:\sla dernière semaine est la semaine 12 \(reçu\s:\s13\)$/);
    expect(screen.getByRole('link', { name: /^événement n° 1 › semaine\s: l’événement tombe après la fin/ })).toBeInTheDocument();
    await retype(user, 'ed-events-0-tick', '0');
    expect(tick).toHaveAccessibleDescription(/la première semaine est la semaine 1 \(reçu\s:\s0\)$/);

    // week 1 is stored as the file's tick 0; a file goes out and comes back with its tick
    await retype(user, 'ed-events-0-tick', '1');
    await user.click(screen.getByRole('button', { name: 'Exporter en fichier JSON' }));
    await waitFor(() => expect(texts).toHaveLength(1));
    const exported = JSON.parse(texts[0]) as Scenario;
    expect(exported.events[0].tick).toBe(0);
    expect(exported.competitors[0].events[0].tick).toBe(4);
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    await fireEvent.change(input, { target: { files: [new File([JSON.stringify({ ...exported, events: [{ ...exported.events[0], tick: 11 }] })], 'retour.json')] } });
    // the edited draft is replaced: the editor asks first
    await user.click(await screen.findByRole('button', { name: 'Remplacer' }));
    expect(await screen.findByRole('button', { name: /^événement n° 1 · semaine 12 ·/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^événement n° 1 · semaine 5 · Promotion/ })).toBeInTheDocument();
  });

  it('says « mois » for a monthly scenario', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: { ...scenario, tickUnit: 'month', events: [{ tick: 0, kind: 'travaux', intensity: 0.5, durationTicks: 1 }] } as Scenario });
    await user.click(screen.getByRole('button', { name: /^événement n° 1 · mois 1 · Travaux/ }));
    await retype(user, 'ed-events-0-tick', '13');
    expect(field('ed-events-0-tick')).toHaveAccessibleDescription(/le dernier mois est le mois 12 \(reçu\s:\s13\)$/);
    expect(field('ed-events-0-durationTicks')).toHaveAccessibleName(/^durée de l’événement \(en mois\)/);
  });

  // « Durée (en périodes) » beside « Unité de temps : semaine » (QA qa31lesson n5): the form's period fields say the unit edited, and follow it
  it('names the period fields in the unit edited, and renames them when the unit changes', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: { ...scenario, tickUnit: 'month' } as Scenario });
    expect(field('ed-durationTicks')).toHaveAccessibleName('durée (en mois)');
    expect(field('ed-budget-perTick')).toHaveAccessibleName('budget ajouté chaque mois (€)');
    expect(field('ed-customers-historyTicks')).toHaveAccessibleName('mois d’historique avant le départ');
    await user.selectOptions(field('ed-tickUnit'), 'week');
    expect(field('ed-durationTicks')).toHaveAccessibleName('durée (en semaines)');
    expect(field('ed-economics-fixedCostsPerTick')).toHaveAccessibleName(/^charges fixes par semaine \(€\)/);
    expect(field('ed-objectives-0-everyTick')).toHaveAccessibleName('chaque semaine');
  });

  it('says what « Valeur à atteindre » is for the metric, and a rate typed as a percentage can never be won', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: scenario, onplay: () => {} });
    const target = field('ed-objectives-0-target');
    expect(target).toHaveAccessibleDescription(echoed(fr('taux sur la dernière semaine avant l’échéance, pas sur toute la partie : entre 0 et 1 (0,99 pour 99 %)'), '90'));
    expect(field('ed-objectives-1-target')).toHaveAccessibleDescription(fr('nombre de clients actifs à l’échéance'));

    await retype(user, 'ed-objectives-0-target', '90');
    expect(target).toHaveAccessibleDescription(/«\sTaux de rétention\s» reste entre 0 et 1\s:\s90 ne peut jamais être atteint\. Pour 90\s%, écrivez 0,9\.$/);
    expect(screen.getByText(/^À changer avant de jouer ce commerce/)).toBeInTheDocument();
    // the top says it too, under « valide » (QA qa30editor Minor 6: a satisfaction of 68 read as ready to play)
    expect(screen.getByText('Mais 1 point est à changer avant de jouer ce commerce (voir ci-dessous).')).toBeInTheDocument();
    await retype(user, 'ed-objectives-0-target', '0,9');
    expect(screen.queryByText(/^Mais \d+ points? (est|sont) à changer/)).toBeNull();
    expect(screen.queryByText(/ne peut jamais être atteint/)).toBeNull();

    // « au plus 70 » on a rate: always true, a remark
    await user.selectOptions(field('ed-objectives-0-comparator'), '<=');
    await retype(user, 'ed-objectives-0-target', '70');
    expect(screen.getByRole('link', { name: /«\sau plus 70\s» est toujours vrai/ })).toBeInTheDocument();
    expect(screen.getByText('Le scénario est valide.')).toBeInTheDocument();
  });

  it('says when the questionnaire must be run for « Satisfaction mesurée », and that « à chaque période » can never be met on it', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: { ...scenario, durationTicks: 52 } });
    await user.selectOptions(field('ed-objectives-0-metric'), 'measuredSatisfaction');
    // the last quarter of 52 weeks: weeks 40 to 52 (engine/objectives.ts measurementWindow)
    expect(field('ed-objectives-0-target')).toHaveAccessibleDescription(
      echoed(fr('moyenne du dernier questionnaire, entre 0 et 1 (0,7 pour 70 %). Ne compte qu’avec un questionnaire fait entre la semaine 40 et la semaine 52 : dites-le dans le libellé.'), '90'),
    );
    await retype(user, 'ed-objectives-0-byTick', '20');
    expect(field('ed-objectives-0-target')).toHaveAccessibleDescription(/entre la semaine 16 et la semaine 20/);
    // under 16 periods the window is its floor of 4 periods, not a quarter: the weeks alone say it (review17 m3)
    await retype(user, 'ed-objectives-0-byTick', '8');
    expect(field('ed-objectives-0-target')).toHaveAccessibleDescription(
      echoed(fr('moyenne du dernier questionnaire, entre 0 et 1 (0,7 pour 70 %). Ne compte qu’avec un questionnaire fait entre la semaine 5 et la semaine 8 : dites-le dans le libellé.'), '90'),
    );
    expect(screen.queryByText(/ne peut donc jamais être atteint/)).toBeNull();
    await user.click(screen.getAllByRole('checkbox', { name: 'chaque semaine' })[0]);
    expect(screen.getByRole('link', { name: /^objectif n° 1 › chaque semaine\s: «\sSatisfaction mesurée\s» n’est mesurée qu’avec un questionnaire.*ne peut donc jamais être atteint/ })).toBeInTheDocument();
  });

  it('adds an objective that says its figure and its period, and shows the SONCAS total and how to write a rate', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: scenario });
    await user.click(screen.getByRole('button', { name: 'Ajouter un objectif' }));
    expect(field('ed-objectives-3-target')).toHaveValue('0,99');
    expect(field('ed-objectives-3-label-fr')).toHaveValue(fr('Taux de rétention d’au moins 99 % à l’échéance'));

    const group = screen.getByRole('group', { name: 'Besoins-types (SONCAS)' });
    expect(group).toHaveAccessibleDescription(fr('Poids relatifs, ramenés à 100 % (total saisi : 6)'));
    await retype(user, 'ed-customers-motiveMix-securite', '30');
    expect(group).toHaveAccessibleDescription(fr('Poids relatifs, ramenés à 100 % (total saisi : 35)'));

    expect(field('ed-economics-marginRate')).toHaveAccessibleDescription(echoed(fr('entre 0 et 1 (0,55 pour 55 %)'), '40'));
  });

  it('takes a rate typed as a percentage, « 35% » or « 35 % », as « 2 000 € » is taken in a money field (review m6)', async () => {
    const user = userEvent.setup();
    render(ScenarioEditorScreen, { initial: scenario });
    for (const typed of ['35%', '35 %', '35\u00a0%']) {
      await retype(user, 'ed-economics-marginRate', typed);
      expect(field('ed-economics-marginRate'), typed).toHaveAttribute('aria-invalid', 'false');
      expect(field('ed-economics-marginRate')).toHaveAccessibleDescription(echoed(fr('entre 0 et 1 (0,55 pour 55 %)'), '35'));
    }
    // once left, the field shows the share the file keeps
    await user.tab();
    expect(field('ed-economics-marginRate')).toHaveValue('0,35');
  });
});
