/**
 * QA shops F10: the optician's Bilan judged the « Excellente » complaint policy (122 received, 90 resolved) without
 * saying that 32 went unanswered for lack of budget, nor that complaints were more than half the spending: a student
 * concluded the best policy failed. The engine now counts those complaints in its KPIs (complaintsUnpaid, one per
 * reclamationSansBudget event) and the policy's paragraph says « dont N non traitées faute de budget », why, and,
 * when handling complaints was a large share of the spending, what it cost.
 */
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import DebriefCourse from '../../../src/ui/debrief/sections/DebriefCourse.svelte';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import { courseFindings } from '../../../src/ui/debrief/courseFindings.ts';
import { findingClauses } from '../../../src/ui/debrief/findingText.ts';
import { runSimulation } from '../../../src/engine/index.ts';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import { EVENT_TYPES } from '../../../src/engine/vocabulary.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { testScenario } from '../../unit/engine/fixtures.ts';

const UNPAID = EVENT_TYPES.indexOf('reclamationSansBudget');
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

// only the complaint policy spends, 48 € a complaint, on a budget of 100 € (test/unit/engine/budget.test.ts)
const poor = testScenario((s) => {
  s.budget = { initial: 100, perTick: 0 };
  s.service = { ...s.service, incidentRate: 0.2, complaintPropensity: 0.6 };
});
const decisions = decisionsLogSchema.parse([{ tick: 0, actions: [{ type: 'politiqueReclamations', level: 'excellente' }] }]);
const { reports } = runSimulation(poor, { seed: 5, ticks: 6, decisions });
const kpis = reports.map((r) => r.kpis);

function policyLine(k = kpis, locale: 'fr' | 'en' = 'fr', unit: 'week' | 'month' = poor.tickUnit): string {
  render(DebriefCourse, { findings: courseFindings(k, decisions, undefined, { tickUnit: unit }), format: debriefFormat(locale, unit) });
  const line = screen
    .getAllByRole('listitem')
    .map((li) => plain(li.textContent))
    .find((t) => t.startsWith(locale === 'fr' ? 'La politique de réclamations' : 'The complaint policy'));
  expect(line).toBeDefined();
  return line!;
}

describe('Bilan, complaint policy: the complaints left unanswered for lack of budget (QA shops F10)', () => {
  afterEach(() => setLocale('fr'));
  const complaints = kpis.reduce((n, k) => n + k.complaints, 0);
  const unpaid = kpis.reduce((n, k) => n + (k.complaintsUnpaid ?? 0), 0);

  it('the engine counts them in its KPIs, one per reclamationSansBudget event', () => {
    for (const r of reports) expect(r.kpis.complaintsUnpaid).toBe(Array.from(r.events.type).filter((t) => t === UNPAID).length);
    // 100 € pays two excellent handlings
    expect(unpaid).toBe(complaints - 2);
  });

  it('says how many, why, and what handling complaints cost when it was a large share of the spending', async () => {
    const text = policyLine();
    expect(text).toContain(`${complaints} réclamations reçues, dont ${unpaid} non traitées faute de budget (résolues : `);
    expect(text).toContain(
      'Une réclamation se paie sur ce que le budget laisse après la réserve des programmes en cours et des enquêtes de la semaine : faute de budget, elle reste sans réponse, comme ignorée, quelle que soit la politique choisie.',
    );
    expect(text).toContain('Traiter les réclamations a coûté 96 € sur la partie, 100 % des dépenses marketing');
    await setLocale('en');
    expect(policyLine(kpis, 'en')).toContain(`${complaints} complaints received, ${unpaid} of them unanswered for lack of budget (resolved: `);
  });

  it('says the shop’s unit, never « période » (periodWords34b): a monthly shop, in English too', async () => {
    expect(policyLine(kpis, 'fr', 'month')).toContain('après la réserve des programmes en cours et des enquêtes du mois : faute de budget');
    cleanup();
    await setLocale('en');
    const en = policyLine(kpis, 'en', 'month');
    expect(en).toContain('after the reserve for the running programmes and the surveys of the month: without budget');
    expect(en).not.toMatch(/period/i);
  });

  it('a single one in the singular; nothing when none, nor in a game saved before the KPIs counted them', () => {
    expect(plain(findingClauses('fr', { unpaid: 1 }).unpaid)).toBe(', dont 1 non traitée faute de budget');
    expect(findingClauses('fr', { unpaid: 0 }).unpaid).toBe('');
    const older = kpis.map((k) => {
      const copy = { ...k };
      delete copy.complaintsUnpaid;
      return copy;
    });
    expect(policyLine(older)).not.toContain('faute de budget');
  });
});
