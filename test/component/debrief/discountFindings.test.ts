/**
 * The Bilan's « Ce que dit le cours » on a real coupon game in the cosmetics shop (report QA3a A3,
 * A7): the competitor that copied the coupons is named with its week, and the « hard to stop »
 * lesson follows the learner's own figures (no price departure here: it says why, with the members'
 * reference price when the coupons stopped, instead of a lesson the figures contradict).
 */
import { render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import DebriefCourse from '../../../src/ui/debrief/sections/DebriefCourse.svelte';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import { courseFindings } from '../../../src/ui/debrief/courseFindings.ts';
import { runSimulation } from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

const cosmetics = shippedScenarioList().find((s) => s.id === 'cosmetiques-en-ligne')!;
const decisions: DecisionsLog = [
  { tick: 1, actions: [{ type: 'financier', instrument: 'coupon', discountRate: 0.2, target: { motives: ['argent'], stages: ['actif'] } }] },
  { tick: 9, actions: [{ type: 'arreterProgramme', programmeId: '1:0' }] },
];
const { reports } = runSimulation(cosmetics, { seed: cosmetics.defaultSeed, customers: 2000, ticks: 14, decisions });
const kpis = reports.map((r) => r.kpis);
const findings = courseFindings(kpis, decisions, cosmetics.competitors);
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('the Bilan after coupons in the cosmetics shop', () => {
  beforeEach(() => setLocale('fr'));

  it('finds no price departure after the stop in this game, so does not state the backlash as seen', () => {
    const prix = (from: number, to: number) => kpis.slice(from, to).reduce((s, k) => s + k.departuresByCause.prix, 0);
    expect(prix(9, 14)).toBe(0);
    const keys = findings.map((f) => f.key);
    expect(keys).toContain('discountStoppedQuiet');
    expect(keys).not.toContain('discountStopped');
  });

  // QA qa26doc m1: what the copy takes away (financier.ts: the purchase lift and the competitor shield), as the dashboard feed says
  it('says why, and names the competitor that copied the coupons', () => {
    render(DebriefCourse, { findings, format: debriefFormat('fr', cosmetics.tickUnit) });
    const items = screen.getAllByRole('listitem').map((li) => plain(li.textContent));
    const quiet = items.find((t) => t.includes('Le magasin a arrêté son avantage financier'))!;
    expect(quiet).toMatch(/pendant le programme : 0, après : 0\. Le contrecoup que décrit le cours .* n’apparaît pas dans les départs : à l’arrêt, \d[\d ]* de ses \d[\d ]* membres avaient un prix de référence assez bas/);
    expect(quiet).toContain('au-delà de 3 %');
    expect(items.some((t) => t.includes('BeautéDiscount.fr a imité l’avantage financier du magasin (Bons de réduction) dès la semaine 4 : à partir de là, il a perdu 80 % de son effet (hausse des achats, protection contre la concurrence).'))).toBe(true);
  });

  it('says a discount that reached its planned duration « a pris fin », not « Le magasin a arrêté » (QA expert F24)', async () => {
    const ended = [{ key: 'discountStoppedQuiet' as const, concept: 'prixReference' as const, params: { instrument: 'coupon', during: 0, after: 0, ended: 'duration', reason: 'unknown' } }];
    const { unmount } = render(DebriefCourse, { findings: ended, format: debriefFormat('fr', cosmetics.tickUnit) });
    const text = plain(screen.getByRole('listitem').textContent);
    expect(text).toMatch(/^L’avantage financier \(Bons de réduction\) a pris fin à la durée prévue à son lancement : départs pour cause de prix/);
    expect(text).not.toContain('a arrêté');
    unmount();
    await setLocale('en');
    render(DebriefCourse, { findings: ended, format: debriefFormat('en', cosmetics.tickUnit) });
    expect(screen.getByRole('listitem').textContent).toMatch(/^The financial advantage \(Coupons\) ended at the duration set when it was launched: price departures/);
  });
});
