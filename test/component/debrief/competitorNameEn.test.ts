/**
 * The Bilan's course line names the competitor that copied a financial advantage in the learner's
 * language (QA teacher #16): a real coupon game in the cosmetics shop, whose imitator is named in
 * both languages.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import DebriefCourse from '../../../src/ui/debrief/sections/DebriefCourse.svelte';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import { courseFindings } from '../../../src/ui/debrief/courseFindings.ts';
import { runSimulation } from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

const cosmetics = shippedScenarioList().find((s) => s.id === 'cosmetiques-en-ligne')!;
const decisions: DecisionsLog = [{ tick: 1, actions: [{ type: 'financier', instrument: 'coupon', discountRate: 0.2, target: { motives: ['argent'], stages: ['actif'] } }] }];
const { reports } = runSimulation(cosmetics, { seed: cosmetics.defaultSeed, customers: 2000, ticks: 8, decisions });
// the same competitors, named as a teacher's scenario would name them in both languages
const competitors = cosmetics.competitors.map((c) => ({ ...c, name: { fr: `${c.id} (en français)`, en: `${c.id} (in English)` } }));
const findings = courseFindings(
  reports.map((r) => r.kpis),
  decisions,
  competitors,
);
const items = () => screen.getAllByRole('listitem').map((li) => (li.textContent ?? '').replace(/\s+/g, ' '));

describe('the imitating competitor in the Bilan', () => {
  afterEach(() => setLocale('fr'));

  it('is named in French in French and in English in English', async () => {
    const imitated = findings.find((f) => f.key === 'discountImitated')!;
    expect(imitated).toBeDefined();
    const { unmount } = render(DebriefCourse, { findings: [imitated], format: debriefFormat('fr', cosmetics.tickUnit) });
    expect(items().join(' ')).toMatch(/\(en français\) a imité l’avantage financier du magasin/);
    unmount();
    await setLocale('en');
    render(DebriefCourse, { findings: [imitated], format: debriefFormat('en', cosmetics.tickUnit) });
    expect(items().join(' ')).toMatch(/\(in English\) copied the shop’s financial advantage/);
    expect(items().join(' ')).not.toMatch(/en français/);
  });

  it('is named in French in English when its English name is blank (the editor can leave spaces)', () => {
    const blank = cosmetics.competitors.map((c) => ({ ...c, name: { fr: `${c.id} (en français)`, en: '  ' } }));
    const imitated = courseFindings(
      reports.map((r) => r.kpis),
      decisions,
      blank,
    ).find((f) => f.key === 'discountImitated')!;
    expect(imitated.params.competitorEn).toBe(imitated.params.competitor);
    expect(imitated.params.competitor).toMatch(/\(en français\)$/);
  });
});
