/**
 * The class view says what each student did, not only the strategy family (QA qa27class M1): a 15 % coupon at week 1 and an
 * 11 % one at week 34 both read « Avantage financier × 1 ». Its « Détails » and the CSV's « Décisions en détail » give each
 * decision in the Bilan's words (instrument, rate, target, period), and a refused action says why (m1), from the replay.
 */
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { classCsv } from '../../../src/results/classCsv.ts';
import { compareClass } from '../../../src/results/classComparison.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import { verifyResult } from '../../../src/results/verifyResult.ts';
import { isReplayFigures } from '../../../src/results/replayFigures.ts';
import { translate, type Locale } from '../../../src/i18n/translate.ts';
import { translateCount } from '../../../src/i18n/plural.ts';
import { actionList, decisionLines, decisionsCell, refusalReasons, refusedText, type ClassTexts } from '../../../src/ui/class/classViewText.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario({ budget: { initial: 100, perTick: 0 } });
// with 100 € the survey and the club run; the 40 % coupon is refused (budgetInsuffisant)
const decisions: DecisionsLog = [
  { tick: 0, actions: [{ type: 'enquete', instrument: 'questionnaire', sampleSize: 5 }] },
  { tick: 1, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.4 }, { type: 'lienSocial', instrument: 'club', target: { limit: 1800 } }] },
];

/** French texts with plain spaces (their no-break ones are the formatter's, not what is asserted) */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const tx = (locale: Locale): ClassTexts => ({
  t: (key, params) => plain(translate(locale, key, params)),
  tCount: (base, count, params) => plain(translateCount(locale, base, count, params)),
  locale,
});

/** a « ; » CSV line's cells, quoted ones whole */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (c === ';' && !quoted) {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  return [...out, cell];
}

async function rows() {
  const seed = 3;
  const { state, reports } = engine.runSimulation(scenario, { seed, ticks: 4, decisions });
  const file = buildResultFile({ learner: 'Fanny', scenario, seed, mode: 'committed', decisions, kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), appVersion: '0.1.0' });
  const verification = await verifyResult(exportResultFile(file).text, engineReplayer(engine));
  expect(verification.status).toBe('confirmed');
  return compareClass([{ fileName: 'fanny.json', verification }]);
}

describe('class view: what each student decided', () => {
  it('lists each decision by period in the Bilan’s words, the refused one with its reason', async () => {
    const [row] = await rows();
    expect(decisionLines(tx('fr'), row).map((l) => ({ ...l, actions: l.actions.map((a) => ({ ...a, text: plain(a.text) })) }))).toEqual([
      { period: 'Semaine 1', actions: [{ text: 'Enquête de satisfaction : Questionnaire auprès de 5 clients', refused: false }] },
      {
        period: 'Semaine 2',
        actions: [
          { text: 'Avantage financier : Bons de réduction, remise de 40 % — cible : toute la clientèle (refusée : budget insuffisant)', refused: true },
          { text: 'Lien social : Club clients — cible : au plus 1800 clients', refused: false },
        ],
      },
    ]);
  });

  it('the CSV carries them in one cell a spreadsheet reads, and the refused actions with their reason', async () => {
    const r = await rows();
    const texts = tx('fr');
    const t = texts.t;
    const csv = classCsv(
      r,
      {
        t,
        locale: 'fr',
        rowTexts: { decisions: (row) => decisionsCell(texts, row), refused: (row) => (row.refusedActions ? actionList(texts, row.refusedActions, undefined, refusalReasons(texts, row)) : '') },
      },
      true,
    );
    const [header, line] = csv.split(/\r?\n/).map(cells);
    expect(header.length).toBe(line.length);
    const cell = plain(line[header.indexOf('Décisions en détail')]);
    expect(cell).toContain('Semaine 1 : Enquête de satisfaction : Questionnaire auprès de 5 clients | Semaine 2 : Avantage financier : Bons de réduction, remise de 40 % — cible : toute la clientèle (refusée : budget insuffisant) ; Lien social : Club clients');
    expect(line[header.indexOf('Actions refusées par la simulation')]).toBe('Avantage financier × 1 (budget insuffisant)');
  });

  it('the row’s refused list says why, in English too', async () => {
    const [row] = await rows();
    expect(refusedText(tx('fr'), row)).toBe('refusé par la simulation, jamais appliqué : Avantage financier × 1 (budget insuffisant)');
    expect(refusedText(tx('en'), row)).toBe('refused by the simulation, never applied: Financial advantage × 1 (not enough budget)');
  });

  it('an outcome kept before refusals kept their reason is replayed again (not read as « no reason »)', () => {
    expect(isReplayFigures({ yearlyRetention: 0.5, refused: [{ tick: 1, actionIndex: 0, reason: 'budgetInsuffisant' }], budgetStop: null })).toBe(true);
    expect(isReplayFigures({ yearlyRetention: 0.5, refused: [{ tick: 1, actionIndex: 0 }], budgetStop: null })).toBe(false);
  });
});
