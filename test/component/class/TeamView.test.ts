/** Team pooling in the class view: files with a team name grouped, files ticked together by the teacher, side by side. */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import * as engine from '../../../src/engine/index.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import type { ResultFile } from '../../../src/results/resultFileSchema.ts';
import type { TeamSourceFile } from '../../../src/results/teamView.ts';
import ClassScreen from '../../../src/ui/class/ClassScreen.svelte';
import TeamView from '../../../src/ui/class/TeamView.svelte';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();

function result(learner: string, team: string | undefined, decisions: DecisionsLog, shop = scenario): ResultFile {
  const { state, reports } = engine.runSimulation(shop, { seed: 3, ticks: 4, decisions });
  return buildResultFile({ learner, team, scenario: shop, seed: 3, mode: 'committed', decisions, kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), appVersion: '0.1.0' });
}
const club: DecisionsLog = [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }];
const coupon: DecisionsLog = [{ tick: 2, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.1 }] }];
const confirmed = (id: number, f: ResultFile): TeamSourceFile => ({ id, fileName: `${f.learner.toLowerCase()}.json`, verification: { status: 'confirmed', file: f, warnings: [] } });

afterEach(() => setLocale('fr'));

describe('team view', () => {
  it('pools the files of a team name: results side by side and who did what at each period', () => {
    render(TeamView, { files: [confirmed(1, result('Anna', 'Les Lynx', club)), confirmed(2, result('Bruno', 'les lynx', coupon)), confirmed(3, result('Chloé', undefined, []))] });
    const team = screen.getByRole('region', { name: 'Les Lynx — 2 membres' });
    const results = within(team).getByRole('table', { name: 'Résultats côte à côte — Les Lynx' });
    expect(within(results).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Anna', 'Bruno']);
    expect(within(results).getByRole('row', { name: /Vérification/ }).textContent).toBe('Vérificationconfirméconfirmé');
    const who = within(team).getByRole('table', { name: 'Qui a fait quoi, semaine par semaine — Les Lynx' });
    expect(within(who).getAllByRole('columnheader')[0].textContent).toBe('Semaine');
    expect(within(results).getByRole('row', { name: /Semaines jouées/ }).textContent).toBe('Semaines jouées44');
    const rows = within(who).getAllByRole('row');
    expect(rows.map((r) => r.getAttribute('data-tick'))).toEqual([null, '0', '2']);
    const week1 = within(rows[1]).getAllByRole('cell');
    expect(week1[0].textContent).toMatch(/Lien social/);
    expect(week1[1].textContent).toBe('—');
    expect(within(rows[2]).getAllByRole('cell')[1].textContent).toMatch(/Avantage financier/);
  });

  it('names a monthly shop’s months, never « période » (periodWords34b), in English too', async () => {
    const monthly = { ...scenario, tickUnit: 'month' as const };
    render(TeamView, { files: [confirmed(1, result('Anna', 'Les Lynx', club, monthly)), confirmed(2, result('Bruno', 'Les Lynx', coupon, monthly))] });
    const team = screen.getByRole('region', { name: 'Les Lynx — 2 membres' });
    const who = within(team).getByRole('table', { name: 'Qui a fait quoi, mois par mois — Les Lynx' });
    expect(within(who).getAllByRole('columnheader')[0].textContent).toBe('Mois');
    const results = within(team).getByRole('table', { name: 'Résultats côte à côte — Les Lynx' });
    expect(within(results).getByRole('row', { name: /Mois joués/ }).textContent).toBe('Mois joués44');
    expect(team).not.toHaveTextContent(/période/i);
    await setLocale('en');
    const whoEn = await screen.findByRole('table', { name: 'Who did what, month by month — Les Lynx' });
    expect(within(whoEn).getAllByRole('columnheader')[0].textContent).toBe('Month');
    expect(screen.getByRole('row', { name: /Months played/ }).textContent).toBe('Months played44');
    expect(screen.getByRole('region', { name: /Les Lynx/ })).not.toHaveTextContent(/period/i);
  });

  it('marks the figures of a refuted file as false and of another model as not verified, instead of showing them as results', () => {
    const cheat = result('Bruno', 'Les Lynx', coupon);
    const claimedTurnover = cheat.summary.cumulativeTurnover;
    cheat.summary.cumulativeTurnover += 20_000;
    const altered = { what: 'cumulativeTurnover', recorded: cheat.summary.cumulativeTurnover, recomputed: claimedTurnover, text: 'chiffre d’affaires cumulé : …' } as const;
    const refuted: TeamSourceFile = { id: 2, fileName: 'bruno.json', verification: { status: 'refuted', file: cheat, differences: [altered], warnings: [] } };
    const older: TeamSourceFile = { id: 3, fileName: 'chloe.json', verification: { status: 'otherModel', file: result('Chloé', 'Les Lynx', []), differences: [], warnings: [] } };
    render(TeamView, { files: [confirmed(1, result('Anna', 'Les Lynx', club)), refuted, older] });
    const results = screen.getByRole('table', { name: 'Résultats côte à côte — Les Lynx' });
    const turnover = within(within(results).getByRole('row', { name: /CA cumulé/ })).getAllByRole('cell');
    expect(turnover[0].textContent).toMatch(/^[\d\u202f]+\u00a0€$/);
    expect(turnover[1]).toHaveTextContent(/^[\d\s]+ € \(selon le rejeu ; chiffre faux déclaré par le fichier : [\d\s]+ €\)$/);
    expect(turnover[1].querySelector('s')).not.toBeNull();
    // the refuted file's other figures equal the replay: shown as they are
    const netMargin = within(within(results).getByRole('row', { name: /Marge nette/ })).getAllByRole('cell');
    expect(netMargin[1].querySelector('s')).toBeNull();
    expect(netMargin[1]).not.toHaveTextContent(/faux/);
    expect(turnover[2]).toHaveTextContent(/€ \(non vérifié\)$/);
    expect(turnover[2].querySelector('s')).toBeNull();
  });

  it('shows the replay’s retention over a year under the class table’s name, not the last period’s rate', () => {
    const anna = result('Anna', 'Les Lynx', club);
    const bruno = result('Bruno', 'Les Lynx', coupon);
    const files: TeamSourceFile[] = [
      { id: 1, fileName: 'anna.json', verification: { status: 'confirmed', file: anna, warnings: [], replayed: { yearlyRetention: 0.779 } } },
      { id: 2, fileName: 'bruno.json', verification: { status: 'otherModel', file: bruno, differences: [], warnings: [], replayed: { yearlyRetention: 0.5 } } },
    ];
    render(TeamView, { files });
    const results = screen.getByRole('table', { name: 'Résultats côte à côte — Les Lynx' });
    expect(within(results).queryByText(/Taux de fidélisation final/)).toBeNull();
    const retention = within(within(results).getByRole('row', { name: /Rétention sur un an/ })).getAllByRole('cell');
    expect(retention.map((c) => c.textContent)).toEqual(['77,9\u00a0%', '—']);
  });

  it('lets the teacher tick files (keyboard) to form a team when the files carry no team name', async () => {
    const user = userEvent.setup();
    render(TeamView, { files: [confirmed(1, result('Anna', undefined, club)), confirmed(2, result('Bruno', undefined, coupon))] });
    expect(screen.getByText(/Aucune équipe pour l’instant/)).toBeInTheDocument();
    const create = screen.getByRole('button', { name: 'Créer la vue équipe' });
    expect(create).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Anna (anna.json)' }));
    screen.getByRole('checkbox', { name: 'Bruno (bruno.json)' }).focus();
    await user.keyboard(' ');
    await user.type(screen.getByRole('textbox', { name: 'Nom de l’équipe' }), 'Groupe B');
    await user.click(create);
    const team = screen.getByRole('region', { name: 'Groupe B — 2 membres' });
    expect(within(team).getByText('Équipe formée par l’enseignant.')).toBeInTheDocument();
    await user.click(within(team).getByRole('button', { name: 'Retirer la vue Groupe B' }));
    expect(screen.queryByRole('region', { name: /Groupe B/ })).toBeNull();
  });

  it('moves the focus to the new team’s heading, and after a removal to the team before, else the next, else the first box (keyboard)', async () => {
    const user = userEvent.setup();
    render(TeamView, { files: [confirmed(1, result('Anna', undefined, club)), confirmed(2, result('Bruno', undefined, coupon)), confirmed(3, result('Chloé', undefined, []))] });
    const form = async (name: string) => {
      screen.getByRole('checkbox', { name: 'Anna (anna.json)' }).focus();
      await user.keyboard(' ');
      await user.tab();
      await user.keyboard(' ');
      await user.tab();
      await user.tab();
      await user.keyboard(name);
      await user.tab();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Créer la vue équipe' }));
      await user.keyboard('{Enter}');
    };
    await form('Groupe A');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: 'Groupe A — 2 membres' }));
    await form('Groupe B');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: 'Groupe B — 2 membres' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Retirer la vue Groupe B' }));
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: 'Groupe A — 2 membres' }));
    await form('Groupe C');
    screen.getByRole('button', { name: 'Retirer la vue Groupe A' }).focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: 'Groupe C — 2 membres' }));
    await user.tab();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Anna (anna.json)' }));
  });

  it('creates the team on Enter in « Nom de l’équipe » once two files are ticked, and not before', async () => {
    const user = userEvent.setup();
    render(TeamView, { files: [confirmed(1, result('Anna', undefined, club)), confirmed(2, result('Bruno', undefined, coupon))] });
    await user.click(screen.getByRole('checkbox', { name: 'Anna (anna.json)' }));
    await user.type(screen.getByRole('textbox', { name: 'Nom de l’équipe' }), 'Groupe B{Enter}');
    expect(screen.queryByRole('region', { name: /Groupe B/ })).toBeNull();
    expect(screen.getByText('Cochez au moins deux fichiers lisibles.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Bruno (bruno.json)' }));
    await user.type(screen.getByRole('textbox', { name: 'Nom de l’équipe' }), '{Enter}');
    expect(screen.getByRole('region', { name: 'Groupe B — 2 membres' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Nom de l’équipe' })).toHaveValue('');
  });

  it('offers refuted files and files of another model, and asks for two readable files, not verified ones', async () => {
    const refuted: TeamSourceFile = { id: 2, fileName: 'bruno.json', verification: { status: 'refuted', file: result('Bruno', undefined, coupon), differences: [], warnings: [] } };
    const older: TeamSourceFile = { id: 3, fileName: 'chloe.json', verification: { status: 'otherModel', file: result('Chloé', undefined, []), differences: [], warnings: [] } };
    const unread: TeamSourceFile = { id: 4, fileName: 'dan.json', verification: { status: 'invalid', errors: ['illisible'] } };
    render(TeamView, { files: [confirmed(1, result('Anna', undefined, club)), refuted, older, unread] });
    expect(screen.getAllByRole('checkbox').map((c) => c.parentElement?.textContent?.trim())).toEqual(['Anna (anna.json)', 'Bruno (bruno.json)', 'Chloé (chloe.json)']);
    expect(screen.getByText('Cochez au moins deux fichiers lisibles.')).toBeInTheDocument();
    await setLocale('en');
    expect(await screen.findByText('Tick at least two readable files.')).toBeInTheDocument();
  });

  it('appears in the class view once files with a team name are verified', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    const files = [result('Anna', 'Les Lynx', club), result('Bruno', 'Les Lynx', coupon)].map((f) => new File([exportResultFile(f).text], `${f.learner}.json`, { type: 'application/json' }));
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), files);
    await screen.findByText('Vérification terminée : 2 confirmés, 0 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    expect(screen.getByRole('heading', { level: 2, name: 'Vue équipe' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Les Lynx — 2 membres' })).toBeInTheDocument();
  }, 40_000);
});
