/**
 * QA shops 13: the period card named a programme queued this period « (lancé la semaine 1) » before it
 * was launched. A queued programme is « à lancer la semaine 1 » (en « to start in week 1 »); a running
 * one keeps « lancé la semaine N ».
 */
import { describe, expect, it } from 'vitest';
import { programmesRunway } from '../../../src/app/programmesRunway.ts';
import { runwayNotice } from '../../../src/ui/decisions/runwayNotice.ts';
import { translate, type Locale, type MessageKey, type Params } from '../../../src/i18n/translate.ts';
import type { ProgrammeKpi } from '../../../src/engine/types.ts';

const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function notice(locale: Locale, tick: number, running: ProgrammeKpi[] = []): string {
  const t = (key: MessageKey, params?: Params) => translate(locale, key, params);
  const view = programmesRunway({
    reserves: running.map((p) => ({ id: p.id, reserve: 1300 })),
    running,
    started: [{ id: 'pending:0', ref: { type: 'lienSocial', instrument: 'club', startTick: tick }, perTick: 1000 }],
    budgetLeft: 2500,
    refill: 0,
    complaintCost: 0,
    periodsLeft: 20,
    tick,
    tickUnit: 'month',
  });
  const n = runwayNotice(view, t)!;
  return norm(translate(locale, n.key, n.params));
}

describe('the budget runway names a queued programme as not launched yet', () => {
  it('says « à lancer le mois 1 » in the first period, not « lancé le mois 1 »', () => {
    const fr = notice('fr', 0);
    expect(fr).toContain('Lien social — Club clients (à lancer le mois 1)');
    expect(fr).not.toContain('lancé le mois 1');
    expect(notice('en', 0)).toContain('(to start in month 1)');
  });

  it('keeps « lancé » for a programme already running', () => {
    const running = { id: '0:0', type: 'customisation', instrument: 'contrat', startTick: 0, costThisTick: 1000 } as unknown as ProgrammeKpi;
    const fr = notice('fr', 2, [running]);
    expect(fr).toContain('(lancé le mois 1)');
    expect(fr).toContain('(à lancer le mois 3)');
  });
});
