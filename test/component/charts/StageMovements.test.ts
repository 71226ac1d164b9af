/**
 * « Mouvements entre étapes » and « Échelle de fidélité » on the charts screen: the gross movements of a
 * period chosen from a select (the last by default, any other, or the whole game), their table, each
 * stage's entries and exits, a run saved before flows were recorded, and the ladder's table; fr and en.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import ChartsScreen from '../../../src/ui/charts/ChartsScreen.svelte';
import type { Stage } from '../../../src/engine/vocabulary.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { engineRun } from '../../fixtures/engineRun.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const flow = (k: TickKpis, from: Stage, to: Stage) => k.stageFlows!.find((f) => f.from === from && f.to === to)?.count ?? 0;

afterEach(async () => {
  await setLocale('fr');
});

describe('movements between stages', () => {
  const run = engineRun();
  const last = run.kpis[run.kpis.length - 1];

  it('shows the last period’s gross movements by default, each main movement with its kind, then each stage’s entries and exits', () => {
    render(ChartsScreen, { scenario: run.scenario, kpis: run.kpis });
    const select = screen.getByRole('combobox', { name: 'Semaine affichée' });
    expect(select).toHaveValue(String(run.kpis.length - 1));
    const table = screen.getByRole('table', { name: frenchText`Mouvements entre étapes : Semaine 8` });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Prospect → Nouveau (1er achat)',
      'Nouveau (1er achat) → Client actif',
      'Client dormant → Client actif',
      'Nouveau (1er achat) → Client dormant',
      'Client actif → Client dormant',
      'Nouveau (1er achat) → Client perdu',
      'Client actif → Client perdu',
      'Client dormant → Client perdu',
    ]);
    expect(norm(rows[1].textContent)).toBe(`Nouveau (1er achat) → Client actif${flow(last, 'nouveau', 'actif')}Progression`);
    expect(norm(rows[2].textContent)).toContain('Réactivation');
    const stages = screen.getByRole('table', { name: frenchText`Entrées et sorties de chaque étape : Semaine 8` });
    const actif = within(stages).getByRole('row', { name: /^Client actif/ });
    const cells = within(actif).getAllByRole('cell').map((c) => Number(norm(c.textContent).replace(/[^\d−-]/g, '').replace('−', '-')));
    // at the start + entries - exits = at the end, and the net change
    expect(cells[0] + cells[1] - cells[2]).toBe(cells[3]);
    expect(cells[3]).toBe(last.stages.actif);
    expect(cells[1]).toBe(flow(last, 'nouveau', 'actif') + flow(last, 'dormant', 'actif'));
    expect(screen.getByRole('list', { name: 'Couleurs des barres' })).toHaveTextContent('Réactivation');
    // a reactivation in a run without actions is mostly a dormant customer buying again on their own (QA verify3 V6)
    expect(screen.getByTestId('movements-self-return')).toHaveTextContent(/reviennent d’eux-mêmes.*il n’est pas parti/);
  });

  it('names the whole game in months: « du mois 1 au mois 3 »', () => {
    render(ChartsScreen, { scenario: { ...run.scenario, tickUnit: 'month' }, kpis: run.kpis.slice(0, 3) });
    const select = screen.getByRole('combobox', { name: 'Mois affiché' });
    expect(within(select).getByRole('option', { name: 'toute la partie (du mois 1 au mois 3)' })).toBeInTheDocument();
  });

  it('changes period from the select (focus stays on it) and sums the whole game', async () => {
    const user = userEvent.setup();
    render(ChartsScreen, { scenario: run.scenario, kpis: run.kpis });
    const select = screen.getByRole('combobox', { name: 'Semaine affichée' });
    await user.selectOptions(select, 'Semaine 7');
    expect(select).toHaveFocus();
    const week7 = screen.getByRole('table', { name: frenchText`Mouvements entre étapes : Semaine 7` });
    expect(within(week7).getByRole('row', { name: /^Client actif → Client dormant/ })).toHaveTextContent(String(flow(run.kpis[6], 'actif', 'dormant')));
    expect(flow(run.kpis[6], 'actif', 'dormant')).toBeGreaterThan(0);
    // French wants « de la semaine 1 à la semaine 8 », not « (Semaine 1 à Semaine 8) » (QA verify3)
    await user.selectOptions(select, 'toute la partie (de la semaine 1 à la semaine 8)');
    const whole = screen.getByRole('table', { name: frenchText`Mouvements entre étapes : toute la partie (de la semaine 1 à la semaine 8)` });
    const total = run.kpis.reduce((a, k) => a + flow(k, 'actif', 'dormant'), 0);
    expect(total).toBeGreaterThan(flow(run.kpis[6], 'actif', 'dormant'));
    expect(within(whole).getByRole('row', { name: /^Client actif → Client dormant/ })).toHaveTextContent(String(total));
    const arrivals = run.kpis.reduce((a, k) => a + k.acquired, 0);
    expect(within(whole).getByRole('row', { name: /^Prospect → Nouveau/ })).toHaveTextContent(String(arrivals));
  });

  it('steps to the period before or after from the keyboard, the buttons keeping the focus at the ends', async () => {
    const user = userEvent.setup();
    render(ChartsScreen, { scenario: run.scenario, kpis: run.kpis.slice(0, 3) });
    const select = screen.getByRole('combobox', { name: 'Semaine affichée' });
    const previous = screen.getByRole('button', { name: 'Semaine précédente' });
    const next = screen.getByRole('button', { name: 'Semaine suivante' });
    expect(next).toHaveAttribute('aria-disabled', 'true');
    previous.focus();
    await user.keyboard('{Enter}');
    expect(select).toHaveValue('1');
    expect(screen.getByRole('table', { name: frenchText`Mouvements entre étapes : Semaine 2` })).toBeInTheDocument();
    await user.keyboard(' ');
    expect(select).toHaveValue('0');
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(select).toHaveValue('0');
    expect(previous).toHaveFocus();
    await user.click(next);
    expect(select).toHaveValue('1');
    expect(next).toHaveAttribute('aria-disabled', 'false');
  });

  it('says when a period was played before the movements were recorded, and keeps its net changes', () => {
    const scenario = fixtureScenario();
    render(ChartsScreen, { scenario, kpis: makeKpiSeries(6) });
    expect(screen.getByTestId('movements-not-recorded')).toHaveTextContent('non enregistrés : une version antérieure de Fidélis ne les gardait pas.');
    // no whole-game sum of periods without flows
    expect(within(screen.getByRole('combobox', { name: 'Semaine affichée' })).queryByRole('option', { name: /toute la partie/ })).toBeNull();
    const stages = screen.getByRole('region', { name: frenchText`Entrées et sorties de chaque étape : Semaine 6` });
    expect(within(stages).getByRole('row', { name: /^Client actif/ })).toHaveTextContent('−12');
    expect(stages).toHaveTextContent('seule la variation nette est connue');
    expect(stages).toHaveTextContent('Les arrivées ne compensent pas les départs.');
  });

  it('draws the loyalty ladder over time with its table and its glossary link', () => {
    render(ChartsScreen, { scenario: run.scenario, kpis: run.kpis });
    const figure = screen.getByRole('figure', { name: /^Échelle de fidélité/ });
    const table = within(figure).getByRole('table', { name: 'Échelle de fidélité' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Semaine', 'Acheteur', 'Client', 'Supporteur', 'Ambassadeur']);
    expect(within(table).getAllByRole('row')).toHaveLength(run.kpis.length + 1);
    expect(norm(within(table).getByRole('row', { name: /^Semaine 8/ }).textContent)).toContain(String(last.ladder.ambassadeur));
    expect(within(figure).getByRole('button', { name: /échelle de fidélité/i })).toHaveAttribute('aria-haspopup', 'dialog');
    const movements = screen.getByRole('figure', { name: /^Mouvements entre étapes/ });
    expect(within(movements).getByRole('button', { name: /cycle de vie/i })).toHaveAttribute('aria-haspopup', 'dialog');
  });

  it('draws the rarer rungs again on their own axis, without the rung that dwarfs them, with their table (QA verify3)', () => {
    // the bakery at week 10 (QA verify3): client 2 419 vs acheteur 95, supporteur 0, ambassadeur 15
    const kpis = makeKpiSeries(8, (k) => ({ ...k, ladder: { ...k.ladder, acheteur: 95, client: 2419, supporteur: 0, ambassadeur: 15 } }));
    render(ChartsScreen, { scenario: fixtureScenario(), kpis });
    const figure = screen.getByRole('figure', { name: /^Échelons plus rares de l’échelle de fidélité, sans «\u00a0Client\u00a0»/ });
    const table = within(figure).getByRole('table', { name: /^Échelons plus rares/ });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Semaine', 'Acheteur', 'Supporteur', 'Ambassadeur']);
    expect(norm(within(table).getByRole('row', { name: /^Semaine 8/ }).textContent)).toContain('95');
    expect(norm(figure.textContent)).toContain('Ne comparez pas la hauteur des courbes');
    // right under the ladder, in the same cell of the grid (it landed in the next row, under the movements chart: QA play F12)
    const ladder = screen.getByRole('figure', { name: 'Échelle de fidélité' });
    const cell = screen.getByTestId('ladder-charts');
    expect([...cell.children]).toEqual([ladder, figure]);
    // and the ladder no longer asks to hide « Client »: it says the rarer rungs are drawn below
    expect(norm(ladder.textContent)).not.toContain('Masquez');
    expect(norm(ladder.textContent)).toContain('Les échelons plus rares sont redessinés juste en dessous, sans « Client », à leur échelle.');
  });

  it('asks to hide « Client » in the legend when no second chart is drawn, in English too', async () => {
    // close rungs: one axis reads them all
    const kpis = makeKpiSeries(8, (k) => ({ ...k, ladder: { ...k.ladder, acheteur: 300, client: 900, supporteur: 200, ambassadeur: 250 } }));
    const { unmount } = render(ChartsScreen, { scenario: fixtureScenario(), kpis });
    expect(screen.queryByRole('figure', { name: /^Échelons plus rares/ })).toBeNull();
    expect(norm(screen.getByRole('figure', { name: 'Échelle de fidélité' }).textContent)).toContain('Masquez « Client » dans la légende pour lire les petits effectifs.');
    unmount();
    await setLocale('en');
    render(ChartsScreen, { scenario: fixtureScenario(), kpis: makeKpiSeries(8, (k) => ({ ...k, ladder: { ...k.ladder, acheteur: 95, client: 2419, supporteur: 0, ambassadeur: 15 } })) });
    const ladder = screen.getByRole('figure', { name: 'Loyalty ladder' });
    expect(ladder.textContent).not.toContain('Hide “Customer”');
    expect(ladder.textContent).toContain('The rarer rungs are drawn again just below, without “Customer”, on their own scale.');
  });

  it('speaks English', async () => {
    await setLocale('en');
    render(ChartsScreen, { scenario: run.scenario, kpis: run.kpis });
    expect(screen.getByRole('combobox', { name: 'Week shown' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Movements between stages: Week 8' });
    expect(within(table).getByRole('row', { name: /^Active customer → Dormant customer/ })).toHaveTextContent('Decline');
    expect(screen.getByRole('table', { name: 'Loyalty ladder' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Entries and exits of each stage: Week 8' })).toBeInTheDocument();
    expect(within(screen.getByRole('combobox', { name: 'Week shown' })).getByRole('option', { name: 'the whole game (weeks 1 to 8)' })).toBeInTheDocument();
    expect(screen.getByTestId('movements-self-return')).toHaveTextContent('many dormant customers come back on their own');
  });

  // « Période affichée », « Période » read beside « Semaine 8 »: the shop's unit, in both languages
  it.each([
    { lang: 'fr', unit: 'week', choose: 'Semaine affichée', previous: 'Semaine précédente', next: 'Semaine suivante', column: 'Semaine', intro: 'semaine après semaine' },
    { lang: 'fr', unit: 'month', choose: 'Mois affiché', previous: 'Mois précédent', next: 'Mois suivant', column: 'Mois', intro: 'mois après mois' },
    { lang: 'en', unit: 'week', choose: 'Week shown', previous: 'Previous week', next: 'Next week', column: 'Week', intro: 'week by week' },
    { lang: 'en', unit: 'month', choose: 'Month shown', previous: 'Previous month', next: 'Next month', column: 'Month', intro: 'month by month' },
  ] as const)('names the period in the shop’s unit ($lang, $unit)', async (c) => {
    await setLocale(c.lang);
    const { unmount } = render(ChartsScreen, { scenario: { ...run.scenario, tickUnit: c.unit }, kpis: run.kpis });
    expect(screen.getByRole('combobox', { name: c.choose })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: c.previous })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: c.next })).toBeInTheDocument();
    expect(screen.getByText(new RegExp(c.intro))).toBeInTheDocument();
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toContain(c.column);
    expect(headers.join('|')).not.toMatch(/^(Période|Period)$/m);
    expect(norm(document.body.textContent)).not.toMatch(/période|period\b/i);
    unmount();
    // a period played before the movements were recorded: said without « cette période » (the title names it)
    render(ChartsScreen, { scenario: { ...fixtureScenario(), tickUnit: c.unit }, kpis: makeKpiSeries(6) });
    expect(screen.getByTestId('movements-not-recorded')).toBeInTheDocument();
    expect(norm(document.body.textContent)).not.toMatch(/période|period\b/i);
  });
});
