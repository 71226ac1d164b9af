/** The charts screen renders every chart's table alternative (jsdom has no canvas), the RFM grid and the teacher view. */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ChartsScreen from '../../../src/ui/charts/ChartsScreen.svelte';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { formatShare } from '../../../src/app/format.ts';
import { yearlyRetention } from '../../../src/results/yearlyRetention.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';

const scenario = fixtureScenario();
const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('ChartsScreen', () => {
  it('says charts come after the first period', () => {
    const { unmount } = render(ChartsScreen, { scenario, kpis: [] });
    expect(screen.getByText(/les graphiques apparaîtront après la semaine 1\.$/)).toBeInTheDocument();
    unmount();
    render(ChartsScreen, { scenario: { ...scenario, tickUnit: 'month' }, kpis: [] });
    expect(screen.getByText(/les graphiques apparaîtront après le mois 1\.$/)).toBeInTheDocument();
  });

  it('gives every chart a table alternative, opened when the canvas cannot draw', () => {
    const kpis = makeKpiSeries(6);
    render(ChartsScreen, { scenario, kpis });
    const titles = [
      'Chiffre d’affaires et marge brute',
      'Clients actifs',
      'Arrivées et départs de clients',
      // the period each rate covers, in the title and the table's caption (QA teacher F24)
      'Fidélisation d’une semaine à l’autre et sur un an',
      'Taille des segments au fil du temps',
      frenchText`Cycle de vie : entonnoir`,
      frenchText`Mouvements entre étapes : Semaine 6`,
      'Échelle de fidélité',
      'Satisfaction mesurée par enquête (note moyenne)',
      'Coût et rentabilité des programmes',
    ];
    for (const title of titles) {
      const figure = screen.getByRole('figure', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')}`) });
      expect(within(figure).getByText('Le graphique ne peut pas être dessiné ici ; le tableau ci-dessous donne les mêmes données.')).toBeInTheDocument();
      expect(within(figure).getByRole('table', { name: title })).toBeInTheDocument();
      expect(figure.querySelector('details')).toHaveAttribute('open');
    }
    const turnover = screen.getByRole('table', { name: 'Chiffre d’affaires et marge brute' });
    expect(within(turnover).getAllByRole('row')).toHaveLength(7);
    expect(norm(within(turnover).getByRole('row', { name: /^Semaine 6/ }).textContent)).toContain('28 500 €');
  });

  it('titles every chart with a heading under the screen’s h2, named by its text, the chart keeping its name (QA play F7)', () => {
    render(ChartsScreen, { scenario, kpis: makeKpiSeries(6) });
    for (const title of [
      'Chiffre d’affaires et marge brute',
      'Clients actifs',
      frenchText`Mouvements entre étapes : Semaine 6`,
      'Échelle de fidélité',
      'Satisfaction mesurée par enquête (note moyenne)',
      'Coût et rentabilité des programmes',
      frenchText`Grille RFM : récence × fréquence`,
    ]) {
      // named by its text alone, without its « ? » (an exact name), and it names its chart
      const heading = screen.getByRole('heading', { level: 3, name: (name) => name === title });
      expect(heading.closest('figure')).toHaveAccessibleName(title);
    }
    const ladder = screen.getByRole('figure', { name: 'Échelle de fidélité' });
    expect(within(ladder).getByRole('heading', { level: 3 })).toHaveAccessibleName('Échelle de fidélité');
    // a chart's sub-table sits under its chart's title: the flows of the period are an h4
    const movements = screen.getByRole('figure', { name: /^Mouvements entre étapes/ });
    expect(within(movements).getByRole('heading', { level: 4, name: /^Entrées et sorties de chaque étape/ })).toBeInTheDocument();
  });

  it('says the « Clients actifs » chart counts the new customers too, unlike the funnel’s « Client actif » (QA verify3 V7)', () => {
    render(ChartsScreen, { scenario, kpis: makeKpiSeries(3) });
    const figure = screen.getByRole('figure', { name: /^Clients actifs/ });
    expect(norm(figure.textContent)).toContain('Nouveaux clients compris : ce chiffre additionne les étapes « Nouveau (1er achat) » et « Client actif »');
  });

  it('shows the R x F grid as a table with counts and segment names', () => {
    const kpis = makeKpiSeries(3);
    render(ChartsScreen, { scenario, kpis });
    const grid = screen.getByRole('table', { name: /Nombre de clients par note de récence/ });
    expect(within(grid).getAllByRole('row')).toHaveLength(6);
    const r5 = within(grid).getByRole('row', { name: /^R = 5/ });
    expect(within(r5).getAllByText('Champions')).toHaveLength(2);
    expect(within(r5).getByText('Nouveaux')).toBeInTheDocument();
    expect(within(grid).getByRole('columnheader', { name: 'F = 3' })).toBeInTheDocument();
    // the corner says what the row headers are: a header cell, not a data cell; « R \\ F » is for the eye, a screen
    // reader says words (it read « R barre oblique inversée F », QA a11y qa8 F7)
    const corner = within(grid).getByRole('columnheader', { name: 'Récence en lignes, fréquence en colonnes' });
    expect(corner.querySelector('[aria-hidden="true"]')?.textContent).toBe('R \\ F');
    expect(within(grid).queryAllByRole('cell', { name: /Récence en lignes/ })).toEqual([]);
  });

  it('shows the flows of the period and whether arrivals compensate departures', () => {
    render(ChartsScreen, { scenario, kpis: makeKpiSeries(6) });
    const flows = screen.getByRole('region', { name: frenchText`Entrées et sorties de chaque étape : Semaine 6` });
    // a part of the movements chart, whose title is an h3 under the screen's h2: h4, no level skipped
    expect(within(flows).getByRole('heading', { level: 4, name: frenchText`Entrées et sorties de chaque étape : Semaine 6` })).toBeInTheDocument();
    expect(within(flows).getByRole('row', { name: /Client actif/ })).toHaveTextContent('−12');
    expect(flows).toHaveTextContent('Les arrivées ne compensent pas les départs.');
  });

  it('keeps the true satisfaction in a labelled teacher section, closed by default, once the game is finished', async () => {
    const user = userEvent.setup();
    render(ChartsScreen, { scenario, kpis: makeKpiSeries(scenario.durationTicks) });
    const summary = screen.getByText('Vue enseignant / débriefing : vraie satisfaction (cachée au joueur)');
    const details = summary.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    await user.click(summary);
    expect(details).toHaveAttribute('open');
    expect(within(details).getByRole('table', { name: 'Vraie satisfaction des clients (cachée au joueur)' })).toBeInTheDocument();
  });

  it('does not show the true satisfaction while the game is played: it says it opens at the end', () => {
    render(ChartsScreen, { scenario, kpis: makeKpiSeries(scenario.durationTicks - 1) });
    const later = screen.getByRole('region', { name: frenchText`Vue enseignant / débriefing : vraie satisfaction (cachée au joueur)` });
    expect(later).toHaveTextContent('Elle s’ouvre à la fin de la partie, pour le débriefing.');
    expect(later.querySelector('details')).toBeNull();
    expect(screen.queryByRole('table', { name: 'Vraie satisfaction des clients (cachée au joueur)' })).not.toBeInTheDocument();
    expect(screen.queryByText('Vraie satisfaction des clients (cachée au joueur)')).not.toBeInTheDocument();
  });

  it('gives the retention of each week and its yearly equivalent, as the dashboard card does, and says where the churn went (QA expert § 24)', () => {
    const kpis = makeKpiSeries(6);
    render(ChartsScreen, { scenario, kpis });
    const figure = screen.getByRole('figure', { name: /^Fidélisation d’une semaine à l’autre et sur un an/ });
    const table = within(figure).getByRole('table');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Semaine', 'Taux de fidélisation d’une semaine à l’autre', 'Équivalent sur un an']);
    const last = within(table).getByRole('row', { name: /^Semaine 6/ });
    expect(norm(last.textContent)).toBe(`Semaine 6${norm(formatShare('fr', kpis[5].retentionRate))}${norm(formatShare('fr', yearlyRetention(kpis, 'week')!))}`);
    expect(norm(figure.textContent)).toContain('L’attrition n’est pas tracée : c’est le reste, 100 % moins la fidélisation.');
    // which weeks the yearly figure compounds, readable at week 6 (« des 52 dernières semaines jouées (de toutes avant la 52e) »: QA play F6)
    expect(norm(figure.textContent)).toContain('à chaque semaine, les taux des semaines jouées jusque-là (les 52 dernières au plus) composés sur un an');
  });

  it('says « d’un mois à l’autre » for a monthly shop', () => {
    render(ChartsScreen, { scenario: { ...scenario, tickUnit: 'month' }, kpis: makeKpiSeries(3) });
    expect(screen.getByRole('table', { name: 'Fidélisation d’un mois à l’autre et sur un an' })).toBeInTheDocument();
    expect(norm(screen.getByRole('figure', { name: /^Fidélisation d’un mois/ }).textContent)).toContain('à chaque mois, les taux des mois joués jusque-là (les 12 derniers au plus) composés sur un an');
  });

  it('says which periods the yearly equivalent compounds in English, weeks and months', async () => {
    await setLocale('en');
    try {
      const { unmount } = render(ChartsScreen, { scenario, kpis: makeKpiSeries(6) });
      expect(screen.getByRole('figure', { name: /^Retention/ }).textContent).toContain('at each week, the rates of the weeks played so far (the last 52 at most) compounded over a year');
      // the RFM grid's corner, « R \\ F » on screen, in words for a screen reader (QA a11y qa8 F7)
      expect(within(screen.getByRole('table', { name: /^Number of customers per recency score/ })).getByRole('columnheader', { name: 'Recency in rows, frequency in columns' })).toBeInTheDocument();
      unmount();
      render(ChartsScreen, { scenario: { ...scenario, tickUnit: 'month' }, kpis: makeKpiSeries(3) });
      expect(screen.getByRole('figure', { name: /^Retention/ }).textContent).toContain('at each month, the rates of the months played so far (the last 12 at most) compounded over a year');
    } finally {
      await setLocale('fr');
    }
  });

  it('lists survey results with their interval and sample in the table', () => {
    render(ChartsScreen, { scenario, kpis: makeKpiSeries(6) });
    const table = screen.getByRole('table', { name: 'Satisfaction mesurée par enquête (note moyenne)' });
    const row = within(table).getByRole('row', { name: /^Semaine 4/ });
    expect(norm(row.textContent)).toBe('Semaine 468,0 %61,5 %74,5 %200');
    // a mean score, not the course's « taux de satisfaction » (QA qa25 F1)
    expect(screen.getByText('Chaque point est la moyenne des notes des répondants, ramenée sur 100 : ce n’est pas la part de clients satisfaits.')).toBeInTheDocument();
  });

  it('lands on the members-vs-control-group card of the programme a link names (#/charts/comparison:<id>)', async () => {
    // two programmes with a control group: the link names the older one, not the one shown by default
    const kpis = makeKpiSeries(4, (k) => ({ ...k, programmes: [...k.programmes, { ...k.programmes[0], id: '1:0', instrument: 'carte' }] }));
    render(ChartsScreen, { scenario, kpis, focus: 'comparison:0:0' });
    const heading = screen.getByRole('heading', { name: /Membres et groupe témoin/ });
    await vi.waitFor(() => expect(heading).toHaveFocus(), { timeout: 10_000 });
    expect(screen.getByRole('combobox', { name: 'Programme comparé' })).toHaveValue('0:0');
  });

  it('keeps the default programme and the screen’s own focus without a link', () => {
    const kpis = makeKpiSeries(4, (k) => ({ ...k, programmes: [...k.programmes, { ...k.programmes[0], id: '1:0', instrument: 'carte' }] }));
    render(ChartsScreen, { scenario, kpis, focus: undefined });
    expect(screen.getByRole('combobox', { name: 'Programme comparé' })).toHaveValue('1:0');
    expect(screen.getByRole('heading', { name: /Membres et groupe témoin/ })).not.toHaveFocus();
  });
});
