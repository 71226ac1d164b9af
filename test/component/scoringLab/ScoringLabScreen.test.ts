/** The scoring lab on a real engine: pick a score and a target, freeze, add a campaign, play ticks, read hit rate and lift. */
import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import { scoringLab } from '../../../src/app/scoringLab/labStore.svelte.ts';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shell as shellFr } from '../../../src/i18n/fr/shell.ts';
import { shell as shellEn } from '../../../src/i18n/en/shell.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import ScoringLabScreen from '../../../src/ui/scoringLab/ScoringLabScreen.svelte';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';

configure({ asyncUtilTimeout: 10_000 });

async function started() {
  const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices: new Notices() });
  await session.start(smallScenario(shippedScenarioList()[0], 300), 5, 'lab');
  return session;
}

const countOf = (text: string | null) => Number((text ?? '').split(' ')[0].replace(/\D/g, ''));

afterEach(async () => {
  scoringLab.reset();
  await setLocale('fr');
});

describe('scoring lab screen', () => {
  // « 1 client ciblé sur 1 notés »: a base of 2 whose seed 5 leaves one customer to score
  it.each([
    { locale: 'fr' as const, count: '1 client ciblé sur 1 noté cette semaine.' },
    { locale: 'en' as const, count: '1 customer targeted out of 1 scored this week.' },
  ])('$locale: with one customer to score, the target’s count agrees with both its numbers', async ({ locale, count }) => {
    await setLocale(locale);
    const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices: new Notices() });
    await session.start(smallScenario(shippedScenarioList()[0], 2), 5, 'lab');
    render(ScoringLabScreen, { session });
    await waitFor(() => expect(screen.getByTestId('lab-count').textContent).toBe(count));
  });

  it('says a monthly shop’s months, never « période » (periodWords34b), in English too', async () => {
    const user = userEvent.setup();
    const optician = shippedScenarioList().find((sc) => sc.tickUnit === 'month')!;
    const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices: new Notices() });
    await session.start(smallScenario(optician, 300), 5, 'lab');
    render(ScoringLabScreen, { session });
    await waitFor(() => expect(screen.getByTestId('lab-count').textContent).toMatch(/ce mois\.$/));
    expect(document.body).toHaveTextContent(/puis jouez quelques mois\s: le labo/);
    expect(screen.getByText('Le labo retient ce score et cette cible ce mois, puis regarde, quelques mois plus tard, qui est vraiment parti.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Figer cette prédiction' }));
    expect(await screen.findByText(/^Après avoir figé la prédiction, jouez au moins le mois qui suit pour voir/)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/période/);
    await setLocale('en');
    expect(await screen.findByText(/^After freezing the prediction, play at least one more month to see/)).toBeInTheDocument();
    expect(screen.getByText('The lab keeps this score and this target this month, then looks, a few months later, at who actually left.')).toBeInTheDocument();
  });

  it('targets the top N of the chosen score, freezes it, adds a campaign as a decision, and scores the prediction after ticks', async () => {
    const user = userEvent.setup();
    const session = await started();
    render(ScoringLabScreen, { session });
    await waitFor(() => expect(screen.getByTestId('lab-count').textContent).toMatch(/^50 clients ciblés sur \d+ notés cette semaine\.$/));

    await user.click(screen.getByRole('radio', { name: /Score RFM/ }));
    const n = screen.getByRole('spinbutton', { name: 'Nombre de clients (N)' });
    await user.clear(n);
    await user.type(n, '30');
    await user.tab();
    await waitFor(() => expect(countOf(screen.getByTestId('lab-count').textContent)).toBe(30));

    expect(screen.getByText('Figez d’abord une prédiction.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ajouter l’action aux décisions de la semaine' }));
    expect(session.pending).toHaveLength(1);
    const action = session.pending[0];
    expect('target' in action && action.target.customerIds).toHaveLength(30);
    expect(screen.getByTestId('lab-frozen').textContent).toContain('Score RFM');
    expect(screen.getByText(/^Après avoir figé la prédiction, jouez au moins la semaine qui suit pour voir/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Avancer de 4 semaines' }));
    const result = await screen.findByTestId('lab-result', {}, { timeout: 30_000 });
    expect(session.tick).toBe(4);
    // the rates are on the targeted customers active at the freeze; those already dormant are counted apart (QA qa29self M-2)
    const hit = within(result).getByText(/partants? sur \d+ ciblés?/);
    const active = Number(hit.textContent!.replace(/[\u00a0\u202f]/g, ' ').match(/^\d+(,\d)? % \(\d+ partants? sur (\d+) ciblés?\)$/)![2]);
    const dormant = within(result).queryByTestId('lab-dormant');
    expect(active + (dormant ? Number(dormant.textContent!.match(/dont (\d+) dans votre cible/)![1]) : 0)).toBe(30);
    const confusion = within(result).getByRole('table', { name: /Tableau de confusion/ });
    expect(within(confusion).getAllByRole('row')).toHaveLength(4);
    const gains = within(result).getByRole('table', { name: /Courbe de gains/ });
    expect(within(gains).getAllByRole('row')).toHaveLength(11);
    expect(within(result).getByRole('img', { name: /Courbe de gains du score/ })).toBeInTheDocument();
    // the table carries the chart's two lines: the score's share of leavers and the random target's (QA more M12)
    const header = within(gains).getAllByRole('columnheader').map((h) => h.textContent);
    expect(header).toEqual(['Clients ciblés (les plus risqués)', 'Nombre', 'Partants attrapés', 'Part des partants', 'Au hasard (part des partants)', 'Lift']);
    const first = within(gains).getAllByRole('row')[1];
    expect(within(first).getAllByRole('cell')[3].textContent!.replace(/[\u00a0\u202f]/g, ' ')).toBe('10,0 %');
  }, 60_000);

  it('recalls in the result that a retention action was run on the target, and no longer says « Avancez » once it is played (QA more M5)', async () => {
    const user = userEvent.setup();
    const session = await started();
    render(ScoringLabScreen, { session });
    await waitFor(() => expect(countOf(screen.getByTestId('lab-count').textContent)).toBe(50));
    await user.click(screen.getByRole('button', { name: 'Ajouter l’action aux décisions de la semaine' }));
    expect(screen.getByText(/Action ajoutée aux décisions de la semaine pour 50 clients\. Avancez d’une semaine pour la lancer\./)).toBeInTheDocument();
    expect(screen.queryByTestId('lab-launched')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Avancer de 4 semaines' }));
    const result = await screen.findByTestId('lab-result', {}, { timeout: 30_000 });
    await waitFor(() => expect(screen.queryByText(/Avancez d’une semaine pour la lancer/)).not.toBeInTheDocument());
    expect(screen.getByTestId('lab-launched')).toHaveTextContent(/^Action lancée \(Semaine 1\)\s:\sAvantage financier, sur 50 clients de la cible\.$/i);
    const effect = within(result).getByTestId('lab-campaign-effect');
    expect(effect).toHaveTextContent(/Une action de fidélisation a été lancée sur la cible\s:\sAvantage financier \(Semaine 1\), sur 50 clients ciblés\./i);
    expect(effect).toHaveTextContent(/L’action peut changer elle-même qui reste : .+ peut n’avoir encore retenu personne/);

    await setLocale('en');
    await waitFor(() => expect(within(screen.getByTestId('lab-result')).getByTestId('lab-campaign-effect')).toHaveTextContent(/A retention action was launched on the target: .+ on 50 targeted customers\. The action itself can change who stays: .+ may not have kept anyone yet/));
  }, 60_000);

  it('says nothing about an action in the result when none was run on the target', async () => {
    const user = userEvent.setup();
    const session = await started();
    render(ScoringLabScreen, { session });
    await waitFor(() => expect(countOf(screen.getByTestId('lab-count').textContent)).toBe(50));
    await user.click(screen.getByRole('button', { name: 'Figer cette prédiction' }));
    // the period inside the sentence, lower case (« la Semaine 1 » before: QA more M6)
    expect(screen.getByText(/^Prédiction figée au début de la semaine 1 : /)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Avancer de 4 semaines' }));
    const result = await screen.findByTestId('lab-result', {}, { timeout: 30_000 });
    expect(within(result).queryByTestId('lab-campaign-effect')).not.toBeInTheDocument();
    expect(screen.queryByTestId('lab-launched')).not.toBeInTheDocument();
  }, 60_000);

  it('gives its five steps headings at one level, the groups still named by them (QA qa24 m5: only step 5 was a heading)', async () => {
    const session = await started();
    render(ScoringLabScreen, { session });
    const steps = ['1. Le score', '2. La cible', '3. Figer la prédiction', '4. Action de fidélisation sur la cible (facultatif)'];
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.trim());
    expect(headings.filter((h) => /^\d\. /.test(h ?? ''))).toEqual([...steps, frenchText`5. Le score avait-il vu juste ?`]);
    for (const step of steps) expect(screen.getByRole('group', { name: step })).toContainElement(screen.getByRole('heading', { level: 3, name: step }));
  });

  it('names both columns of the points grid (the criteria had an empty header)', async () => {
    const session = await started();
    render(ScoringLabScreen, { session });
    const grid = screen.getByRole('group', { name: 'Ma grille de points' });
    expect(within(grid).getAllByRole('columnheader').map((h) => h.textContent?.trim())).toEqual(['Critère', 'Points']);
  });

  it('a threshold target keeps every customer scoring at least the minimum (none above the maximum possible)', async () => {
    const user = userEvent.setup();
    const session = await started();
    render(ScoringLabScreen, { session });
    await waitFor(() => expect(screen.getByTestId('lab-count')).toBeInTheDocument());
    await user.click(screen.getByRole('radio', { name: /Tous les clients dont le score atteint au moins/ }));
    const min = screen.getByRole('spinbutton', { name: 'Score minimum' });
    await user.clear(min);
    await user.type(min, '100');
    await user.tab();
    await waitFor(() => expect(countOf(screen.getByTestId('lab-count').textContent)).toBe(0));
    await user.clear(min);
    await user.type(min, '0');
    await user.tab();
    await waitFor(() => expect(countOf(screen.getByTestId('lab-count').textContent)).toBeGreaterThan(0));
    const all = countOf(screen.getByTestId('lab-count').textContent);
    expect(screen.getByTestId('lab-count').textContent).toContain(`sur ${all} notés cette semaine`);
  }, 60_000);

  it('does not offer a strategy the teacher locked, and the session refuses it if asked anyway', async () => {
    const user = userEvent.setup();
    const session = await started();
    session.useAccess(() => ({ locked: ['financier'], hidden: [] }));
    render(ScoringLabScreen, { session });
    await waitFor(() => expect(screen.getByTestId('lab-count')).toBeInTheDocument());
    const strategy = screen.getByRole('combobox', { name: 'Stratégie' });
    const offered = within(strategy).getAllByRole('option').map((o) => o.textContent);
    expect(offered).not.toContain('Avantage financier');
    expect(offered.length).toBeGreaterThan(0);
    expect(screen.getByText(/^Verrouillée par l’enseignant ou la mission : Avantage financier\.$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ajouter l’action aux décisions de la semaine' }));
    expect(session.pending.map((a) => a.type)).not.toContain('financier');
    expect(session.pending).toHaveLength(1);
  }, 60_000);

  it('says the lab cannot launch an action when every strategy is locked', async () => {
    const session = await started();
    session.useAccess(() => ({ locked: ['financier', 'lienSocial', 'personnalisation', 'customisation'], hidden: [] }));
    render(ScoringLabScreen, { session });
    expect(screen.getByText(/Les stratégies de fidélisation sont verrouillées par l’enseignant ou la mission/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ajouter l’action aux décisions de la semaine' })).not.toBeInTheDocument();
  }, 60_000);

  it('refuses to freeze a prediction once the game is finished, and says why', async () => {
    const user = userEvent.setup();
    const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices: new Notices() });
    const base = smallScenario(shippedScenarioList()[0], 300);
    await session.start({ ...base, durationTicks: 2, events: base.events.filter((e) => e.tick < 2), objectives: [] }, 5, 'lab');
    await session.advanceToEnd();
    expect(session.finished).toBe(true);
    render(ScoringLabScreen, { session });
    await waitFor(() => expect(screen.getByTestId('lab-count')).toBeInTheDocument());
    const button = screen.getByRole('button', { name: 'Figer cette prédiction' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(/^La partie est terminée\u00a0: plus rien ne sera joué/);
    await user.click(button);
    expect(screen.queryByTestId('lab-frozen')).not.toBeInTheDocument();
    expect(scoringLab.prediction).toBeNull();
  }, 60_000);

  it('is named as in the menu, says what counts as gone, and while periods are being played says so rather than asking to play one', async () => {
    const user = userEvent.setup();
    const session = await started();
    const first = render(ScoringLabScreen, { session });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(shellFr.nav.scoring);
    expect(screen.getByTestId('lab-definition').textContent).toMatch(/^Qui compte comme parti\u202f\? Un client actif quand vous avez figé la prédiction .*perdu, ou dormant.* Les clients déjà dormants à ce moment-là .* comptés à part/);
    await waitFor(() => expect(screen.getByTestId('lab-count')).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Figer cette prédiction' }));
    expect(screen.getByText(/^Après avoir figé la prédiction, jouez au moins la semaine qui suit pour voir/)).toBeInTheDocument();
    first.unmount();

    // periods played since the freeze, the page not yet caught up with them (as while the simulation runs)
    await session.advance(3);
    render(ScoringLabScreen, { session });
    expect(screen.getByText('Simulation en cours : le résultat sera mis à jour dès la fin de la simulation.')).toBeInTheDocument();
    expect(screen.queryByText(/jouez au moins la semaine qui suit/)).not.toBeInTheDocument();
    const result = await screen.findByTestId('lab-result', {}, { timeout: 30_000 });
    expect(within(result).getByText(/^Partis ensuite \(perdus ou devenus dormants depuis la semaine 1\) : \d+ sur (les )?\d+ clients? actifs? quand vous avez figé la prédiction\.$/)).toBeInTheDocument();
    expect(screen.queryByText(/Simulation en cours/)).not.toBeInTheDocument();
  }, 60_000);

  it('in English: the menu’s name, the definition and the updating message', async () => {
    await setLocale('en');
    const session = await started();
    scoringLab.prediction = { runId: session.runId!, tick: 0, method: 'rfm', rule: { kind: 'top', n: 5 }, ids: [0, 1], scores: [1, 0], target: [0] };
    await session.advance(2);
    render(ScoringLabScreen, { session });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(shellEn.nav.scoring);
    expect(screen.getByTestId('lab-definition').textContent).toMatch(/^Who counts as gone\? .*lost, or dormant/);
    expect(screen.getByText('Simulation running: the result will be updated as soon as the simulation ends.')).toBeInTheDocument();
    expect(screen.queryByText(/play at least one more week/)).not.toBeInTheDocument();
  }, 60_000);
});
