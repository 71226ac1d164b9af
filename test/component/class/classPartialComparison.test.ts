/**
 * A game handed in unfinished and a refuted file are compared with « sans action » too (QA class of
 * 30, finding 15: Jules at 30/52 and Eve's refuted file had no « Par rapport à sans action »): the
 * unfinished one with the reference at the period it stopped, said « à la semaine 6 » (« au mois 6 » in a monthly shop, the file's unit) in its row and
 * its Bilan; the refuted one with its replay's figure, never the one it claims. Neither is counted in
 * the summary (« … élèves sur 2 … »). Both languages.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { formatSigned, formatSignedMoney } from '../../../src/app/format.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import { summarizeRun } from '../../../src/results/runSummary.ts';
import ClassScreen from '../../../src/ui/class/ClassScreen.svelte';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const club: DecisionsLog = [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }];
const coupon: DecisionsLog = [{ tick: 1, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.2 }] }];

const monthly = { ...fixtureScenario(), tickUnit: 'month' as const };

function run(decisions: DecisionsLog, ticks: number, shop = scenario) {
  const { state, reports } = engine.runSimulation(shop, { seed: 3, ticks, decisions });
  return { state, kpis: reports.map((r) => r.kpis) };
}

function resultFile(fileName: string, learner: string, decisions: DecisionsLog, ticks: number, tamper?: (file: ReturnType<typeof buildResultFile>) => void, shop = scenario): File {
  const { state, kpis } = run(decisions, ticks, shop);
  const file = buildResultFile({ learner, scenario: shop, seed: 3, mode: 'committed', decisions, kpis, stateHash: engine.hashState(state), appVersion: '0.1.0' });
  tamper?.(file);
  return new File([exportResultFile(file).text], fileName, { type: 'application/json' });
}

const plain = (text: string) => text.replace(/\s+/g, ' ');

afterEach(() => setLocale('fr'));

describe('class view: unfinished and refuted files against « sans action »', () => {
  it('compares them at the period played and with the replay, in the row and the Bilan', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [
      resultFile('anna.json', 'Anna', club, 12),
      resultFile('jules.json', 'Jules', coupon, 6),
      resultFile('eve.json', 'Eve', club, 12, (f) => void (f.summary.cumulativeNetMargin += 3_000)),
    ]);
    await screen.findByText('Vérification terminée : 2 confirmés, 1 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    const table = screen.getByRole('table', { name: /Résultats de la classe/ });
    await within(table).findByRole('row', { name: /Sans action \(même graine\)/ }, { timeout: 20_000 });
    const row = (file: string) => within(table.querySelector('tbody')!).getAllByRole('row').find((r) => within(r).queryByText(file))!;

    const nothing = (ticks: number) => summarizeRun(scenario, run([], ticks).kpis);
    const mine = (decisions: DecisionsLog, ticks: number) => summarizeRun(scenario, run(decisions, ticks).kpis);
    // Jules stopped at period 6: compared with doing nothing at period 6, said so
    const jules = { margin: mine(coupon, 6).cumulativeNetMargin - nothing(6).cumulativeNetMargin, customers: mine(coupon, 6).activeCustomers - nothing(6).activeCustomers };
    expect(within(row('jules.json')).getByText(plain(`marge nette : ${formatSignedMoney('fr', jules.margin)}`))).toBeInTheDocument();
    expect(within(row('jules.json')).getByText(plain(`clients actifs : ${formatSigned('fr', jules.customers)}`))).toBeInTheDocument();
    expect(within(row('jules.json')).getByText('à la semaine 6')).toBeInTheDocument();
    // Eve's file claims 3 000 € more than its replay: compared with the replay (Anna's game)
    const eve = mine(club, 12).cumulativeNetMargin - nothing(12).cumulativeNetMargin;
    expect(within(row('eve.json')).getByText(plain(`marge nette : ${formatSignedMoney('fr', eve)}`))).toBeInTheDocument();
    expect(within(row('eve.json')).getByText('selon le rejeu')).toBeInTheDocument();
    expect(within(row('eve.json')).queryByText(plain(`marge nette : ${formatSignedMoney('fr', eve + 3_000)}`))).toBeNull();
    // Anna alone counts: finished and confirmed
    expect(screen.getByText(/\. Anna n’a pas fait mieux\./)).toBeInTheDocument();

    // Jules's Bilan says the period
    await user.click(screen.getByRole('button', { name: 'Voir le bilan de Jules' }));
    expect(
      await screen.findByText(
        plain(`Par rapport à une partie sans aucune action (même graine, même durée), à la semaine 6 : marge nette ${formatSignedMoney('fr', jules.margin)}, clients actifs ${formatSigned('fr', jules.customers)}.`),
        undefined,
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: /Retour à la vue classe/ })[0]);

    // Eve's Bilan (her decisions replayed): the replay's difference
    await user.click(await screen.findByRole('button', { name: /Voir le rejeu des décisions d’Eve/ }));
    expect(
      await screen.findByText(new RegExp(`^Par rapport à une partie sans aucune action \\(même graine, même durée\\) : marge nette ${plain(formatSignedMoney('fr', eve)).replace('+', '\\+')},`), undefined, {
        timeout: 20_000,
      }),
    ).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: /Retour à la vue classe/ })[0]);

    await setLocale('en');
    const tableEn = await screen.findByRole('table', { name: /Class results/ });
    const julesEn = within(tableEn.querySelector('tbody')!).getAllByRole('row').find((r) => within(r).queryByText('jules.json'))!;
    expect(await within(julesEn).findByText('at week 6')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /View the debrief of Jules|Jules/ }));
    expect(await screen.findByText(/^Compared with a game with no action at all \(same seed, same length\), at week 6: net margin /, undefined, { timeout: 20_000 })).toBeInTheDocument();
  }, 90_000);

  it('says the file’s month in a monthly shop, never « période » (periodWords34b), in English too', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [resultFile('anna.json', 'Anna', club, 12, undefined, monthly), resultFile('jules.json', 'Jules', coupon, 6, undefined, monthly)]);
    await screen.findByText('Vérification terminée : 2 confirmés, 0 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    const table = screen.getByRole('table', { name: /Résultats de la classe/ });
    await within(table).findByRole('row', { name: /Sans action \(même graine\)/ }, { timeout: 20_000 });
    const jules = () => within(table.querySelector('tbody')!).getAllByRole('row').find((r) => within(r).queryByText('jules.json'))!;
    expect(await within(jules()).findByText('au mois 6', undefined, { timeout: 20_000 })).toBeInTheDocument();
    expect(plain(jules().textContent ?? '')).toContain(plain('partie en cours : 6 / 12 mois, non classée'));
    expect(jules()).not.toHaveTextContent(/période/);
    await user.click(screen.getByRole('button', { name: 'Voir le bilan de Jules' }));
    expect(await screen.findByText(/^Par rapport à une partie sans aucune action \(même graine, même durée\), au mois 6\s*: marge nette /, undefined, { timeout: 20_000 })).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: /Retour à la vue classe/ })[0]);

    await setLocale('en');
    const tableEn = await screen.findByRole('table', { name: /Class results/ });
    const julesEn = within(tableEn.querySelector('tbody')!).getAllByRole('row').find((r) => within(r).queryByText('jules.json'))!;
    expect(await within(julesEn).findByText('at month 6')).toBeInTheDocument();
    expect(julesEn).toHaveTextContent('game in progress: 6 / 12 months, not ranked');
    await user.click(screen.getByRole('button', { name: /View the debrief of Jules|Jules/ }));
    expect(await screen.findByText(/^Compared with a game with no action at all \(same seed, same length\), at month 6: net margin /, undefined, { timeout: 20_000 })).toBeInTheDocument();
  }, 90_000);
});
