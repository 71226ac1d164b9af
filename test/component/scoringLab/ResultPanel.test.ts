/** The lab's result and its grid: too few departures, or a target too small, are said to be; satisfaction is a percentage. */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateScore } from '../../../src/app/scoringLab/evaluateScore.ts';
import { DEFAULT_GRID } from '../../../src/app/scoringLab/labScores.ts';
import ResultPanel from '../../../src/ui/scoringLab/ResultPanel.svelte';
import GridForm from '../../../src/ui/scoringLab/GridForm.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';

afterEach(async () => {
  await setLocale('fr');
});

/** `n` customers ranked 0..n-1, the first `target` targeted, `leavers` of them (from the top) gone. */
function evaluation(n: number, target: number, leavers: number) {
  const ids = Array.from({ length: n }, (_, i) => i);
  const scored = { ids, scores: ids.map((i) => n - i) };
  return evaluateScore(scored, ids.slice(0, target), new Set(ids.slice(0, leavers)));
}

describe('scoring lab result', () => {
  it('says apart how many scored customers were already dormant at the freeze, and that the rates count the active (QA qa29self M-2)', () => {
    render(ResultPanel, { evaluation: evaluation(300, 4, 40), period: 'la semaine 13', dormant: { count: 3482, inTarget: 46, back: 52 } });
    const line = screen.getByTestId('lab-dormant');
    expect(line.textContent!.replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Déjà dormants quand vous avez figé la prédiction : 3 482 clients notés (dont 46 dans votre cible ; revenus acheter depuis : 52). Ils avaient déjà cessé d’acheter : les repérer, c’est constater un départ, pas le prédire. Les taux ci-dessous ne comptent que les clients actifs quand vous avez figé la prédiction.',
    );
    expect(screen.getByText(/^Partis ensuite \(perdus ou devenus dormants depuis la semaine 13\) : 40 sur les 300 clients actifs quand vous avez figé la prédiction\.$/)).toBeInTheDocument();
    expect(screen.queryByText(/clients notés quand la prédiction a été figée/)).not.toBeInTheDocument();
  });

  it('writes every rate with one decimal, the base’s departure rate as the gains table (QA qa30enTablet m7: « 8 % » beside « 29,8 % »)', () => {
    render(ResultPanel, { evaluation: evaluation(300, 45, 24), period: 'Semaine 9' });
    expect(screen.getByTestId('lab-result').querySelector('[data-figure="baseRate"]')!.textContent!.replace(/[\u00a0\u202f]/g, ' ')).toBe('8,0 %');
  });

  it('after two periods with no departure, says it is too early to judge instead of a bare « Lift × 0 »', () => {
    render(ResultPanel, { evaluation: evaluateScore({ ids: [0, 1, 2], scores: [3, 2, 1] }, [0], new Set([2])), period: 'Semaine 3' });
    const warning = screen.getByTestId('lab-too-few');
    expect(warning).toHaveTextContent('Trop peu de départs pour juger (1 sur 3 clients');
    expect(warning).toHaveTextContent('Jouez encore quelques semaines.');
    expect(screen.getByText('× 0,00')).toBeInTheDocument();
    expect(screen.getAllByText('pas encore fiable')).toHaveLength(2);
  });

  it('says the shop’s unit, never « période » (periodWords34b): a monthly shop, in English too', async () => {
    const early = evaluateScore({ ids: [0, 1, 2], scores: [3, 2, 1] }, [0], new Set([2]));
    const { unmount } = render(ResultPanel, { evaluation: early, period: 'le mois 3', unit: 'month' });
    expect(screen.getByTestId('lab-too-few')).toHaveTextContent('Jouez encore quelques mois.');
    expect(screen.getByTestId('lab-too-few')).not.toHaveTextContent(/période/);
    unmount();
    await setLocale('en');
    render(ResultPanel, { evaluation: early, period: 'month 3', unit: 'month' });
    expect(screen.getByTestId('lab-too-few')).toHaveTextContent('Play a few more months.');
  });

  it('with 0 leavers among 50 targeted, the rate is flagged, and the lift cannot be computed', () => {
    render(ResultPanel, { evaluation: evaluation(300, 50, 0), period: 'Semaine 3' });
    expect(screen.getByTestId('lab-too-few')).toHaveTextContent('Trop peu de départs pour juger (0 sur 300 clients');
    expect(screen.getByText('non calculable (personne n’est parti)')).toBeInTheDocument();
    expect(screen.getAllByText('pas encore fiable')).toHaveLength(1);
  });

  it('says nothing more once enough customers left and stayed', () => {
    render(ResultPanel, { evaluation: evaluation(300, 45, 40), period: 'Semaine 9' });
    expect(screen.queryByTestId('lab-too-few')).not.toBeInTheDocument();
    expect(screen.queryByText('pas encore fiable')).not.toBeInTheDocument();
    // a decimal lift in the locale
    expect(screen.getByText(/^× \d+,\d+$/)).toBeInTheDocument();
  });

  it('writes every lift with two decimals, the headline and the gains table alike (QA qa15 F4: the column mixed 1,3, 1,45 and 1)', () => {
    render(ResultPanel, { evaluation: evaluation(300, 45, 40), period: 'Semaine 9' });
    expect(screen.getByText(/^× \d+,\d\d$/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /gains/i });
    const lifts = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').at(-1)!.textContent);
    expect(lifts.length).toBeGreaterThan(1);
    // the whole base: a lift of exactly 1, once written « 1 »
    expect(lifts.at(-1)).toBe('1,00');
    for (const lift of lifts) expect(lift).toMatch(/^\d+,\d\d$/);
  });

  // QA qa15 F3 and F4: « 0 % (0 partants sur 10 ciblés) », « Lift × 0 » shown as definitive, chance giving 0,9 leavers
  it('says a small target’s rate depends on chance, and counts its leavers in the singular for 0 and 1', () => {
    const ids = Array.from({ length: 300 }, (_, i) => i);
    const scored = { ids, scores: ids.map((i) => 300 - i) };
    // 30 leavers of 300, none among the 10 targeted: a random target of 10 would catch 1
    render(ResultPanel, { evaluation: evaluateScore(scored, ids.slice(0, 10), new Set(ids.slice(100, 130))), period: 'Semaine 9' });
    expect(screen.queryByTestId('lab-too-few')).not.toBeInTheDocument();
    expect(screen.getByTestId('lab-small-target')).toHaveTextContent(
      'Sur 10 clients ciblés, le taux de réussite et le lift dépendent beaucoup du hasard (moins de 5 partants attendus au hasard) : comparez plutôt les scores sur la courbe de gains, à 10 % ou 20 % de la base.',
    );
    expect(screen.getByText('0,0 % (0 partant sur 10 ciblés)')).toBeInTheDocument();
    expect(screen.getByText('× 0,00')).toBeInTheDocument();
    expect(screen.getAllByText('dépend du hasard')).toHaveLength(2);
  });

  it('says nothing of chance once a random target would catch 5 leavers, and counts 1 leaver in the singular', () => {
    const ids = Array.from({ length: 300 }, (_, i) => i);
    const scored = { ids, scores: ids.map((i) => 300 - i) };
    // 30 leavers of 300, one among the 50 targeted: a random target of 50 would catch 5
    const { unmount } = render(ResultPanel, { evaluation: evaluateScore(scored, ids.slice(0, 50), new Set([0, ...ids.slice(100, 129)])), period: 'Semaine 9' });
    expect(screen.queryByTestId('lab-small-target')).not.toBeInTheDocument();
    expect(screen.queryByText('dépend du hasard')).not.toBeInTheDocument();
    expect(screen.getByText('2,0 % (1 partant sur 50 ciblés)')).toBeInTheDocument();
    unmount();
    render(ResultPanel, { evaluation: evaluation(300, 45, 40), period: 'Semaine 9' });
    expect(screen.getByText(/^\d+(,\d)? % \(40 partants sur 45 ciblés\)$/)).toBeInTheDocument();
  });

  // « 1 ciblés », « 1 clients »: every count of the panel agrees with its own number, French 0 and 1 singular
  it.each([
    { leavers: 1, hit: '100,0 % (1 partant sur 1 ciblé)', random: 'Une cible tirée au hasard de 1 client aurait attrapé en moyenne 1 partant.' },
    { leavers: 0, hit: '0,0 % (0 partant sur 1 ciblé)', random: 'Une cible tirée au hasard de 1 client aurait attrapé en moyenne 0 partant.' },
  ])('fr: one customer scored and targeted, « $hit »: every count in the singular', ({ leavers, hit, random }) => {
    render(ResultPanel, { evaluation: evaluateScore({ ids: [0], scores: [1] }, [0], new Set(leavers ? [0] : [])), period: 'la semaine 3' });
    const plain = (el: HTMLElement) => el.textContent!.replace(/[\u00a0\u202f]/g, ' ');
    const result = screen.getByTestId('lab-result');
    const texts = [...result.querySelectorAll('p, dd')].map((el) => plain(el as HTMLElement));
    expect(texts).toContain(`Partis depuis la semaine 3 (perdus ou devenus dormants) : ${leavers} sur 1 client noté quand la prédiction a été figée.`);
    expect(texts).toContain(hit);
    expect(texts).toContain(random);
    expect(plain(screen.getByTestId('lab-too-few'))).toMatch(new RegExp(`^Trop peu de départs pour juger \\(${leavers} sur 1 client, il en faut une vingtaine\\)`));
  });

  it('en: one customer scored and targeted: « 1 customer », « 0 leavers »', async () => {
    await setLocale('en');
    render(ResultPanel, { evaluation: evaluateScore({ ids: [0], scores: [1] }, [0], new Set()), period: 'week 3' });
    const texts = [...screen.getByTestId('lab-result').querySelectorAll('p, dd')].map((el) => el.textContent);
    expect(texts).toContain('Gone since week 3 (lost or now dormant): 0 out of 1 customer scored when the prediction was frozen.');
    expect(texts).toContain('0.0% (0 leavers out of 1 targeted)');
    expect(texts).toContain('A random target of 1 customer would have caught 0 leavers on average.');
    expect(screen.getByTestId('lab-too-few').textContent).toMatch(/^Too few departures to judge \(0 of 1 customer; about twenty are needed\)/);
  });

  it('en: the customers already dormant at the freeze in plain English (QA qa30enTablet m7: « states a departure », « came back to buy since »)', async () => {
    await setLocale('en');
    render(ResultPanel, { evaluation: evaluation(300, 4, 40), period: 'week 13', dormant: { count: 3482, inTarget: 46, back: 43 } });
    expect(screen.getByTestId('lab-dormant').textContent).toBe(
      'Already dormant when you froze the prediction: 3,482 scored customers (46 of them in your target; 43 bought again afterwards). They had already stopped buying: spotting them records a departure that has already happened; it does not predict one. The rates below count only the customers active when you froze the prediction.',
    );
  });

  it('warns when nearly everybody left', () => {
    render(ResultPanel, { evaluation: evaluation(100, 50, 90), period: 'Semaine 9' });
    expect(screen.getByTestId('lab-too-few')).toHaveTextContent('Trop peu de clients restés pour juger (10 sur 100');
  });
});

describe('scoring lab grid', () => {
  // a screen reader's list of tables showed it unnamed, the only one in the app (QA qa26a11y D3)
  it.each([
    { locale: 'fr' as const, name: /^Ma grille de points\s:\schaque critère et les points qu’il ajoute$/ },
    { locale: 'en' as const, name: 'My points grid: each criterion and the points it adds' },
  ])('$locale: the points table is named by its caption', async ({ locale, name }) => {
    await setLocale(locale);
    render(GridForm, { grid: DEFAULT_GRID, onchange: () => {}, unit: 'week' });
    expect(screen.getByRole('table', { name })).toBeInTheDocument();
  });

  it('edits the survey satisfaction threshold as a percentage, like the dashboard (no « 0.5 »)', async () => {
    const user = userEvent.setup();
    const onchange = vi.fn();
    render(GridForm, { grid: DEFAULT_GRID, onchange, unit: 'week' });
    const field = screen.getByRole('spinbutton', { name: 'Satisfaction déclarée à l’enquête sous (%)' });
    expect(field).toHaveValue(Math.round(DEFAULT_GRID.satisfaction.below * 100));
    expect(field).toHaveAttribute('max', '100');
    await user.clear(field);
    await user.type(field, '40');
    await user.tab();
    expect(onchange).toHaveBeenLastCalledWith({ ...DEFAULT_GRID, satisfaction: { ...DEFAULT_GRID.satisfaction, below: 0.4 } });
  });
});
