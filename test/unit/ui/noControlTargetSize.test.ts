/**
 * A programme without control group because its target was too small: every text that says so gives
 * the target size needed (app/noControlReason.ts minimumForControl, ≈300), as the decisions form does
 * (29730c0), not only « cible trop petite »: the programmes table's note (dashboard and Bilan), the
 * comparison chart's note and the glass box's ROI line, in both languages; and, as the engine counts,
 * the customers the target still had (QA learner 4: « au moins 295 » beside a target of 300, 92 of them lost).
 */
import { describe, expect, it } from 'vitest';
import type { ProgrammeKpi, TickKpis } from '../../../src/engine/types.ts';
import { minimumForControl } from '../../../src/app/noControlReason.ts';
import { programmeMarginText } from '../../../src/ui/dashboard/programmeEffectText.ts';
import { noControlGroupText } from '../../../src/ui/charts/programmeComparisonConfig.ts';
import { glassBox } from '../../../src/ui/glassBox/glassBoxFigures.ts';
import { glassSentence } from '../../../src/ui/glassBox/glassText.ts';
import { loadLocale } from '../../../src/i18n/locale.svelte.ts';
import { testScenario } from '../engine/fixtures.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
// the tester's coupon on 150 customers: above the control group's own minimum (30), below the target size that gives one
const small: ProgrammeKpi = {
  id: '0:0',
  type: 'lienSocial',
  strategy: 'lienSocial',
  instrument: 'club',
  startTick: 0,
  costThisTick: 10,
  costToDate: 30,
  roi: null,
  incrementalMarginToDate: null,
  incrementalMarginError: null,
  targeted: 150,
  controlGroup: 0,
};

describe('a programme whose target was too small for a control group', () => {
  const needed = String(minimumForControl());

  it('the size is the one the decisions form gives, above the control group’s own minimum', () => {
    expect(minimumForControl()).toBeGreaterThan(150);
  });

  it('the programmes table (dashboard, Bilan) gives the target size needed', async () => {
    await loadLocale('en');
    expect(plain(programmeMarginText('fr', small).note)).toBe(`pas de groupe témoin : effet non mesurable (cible trop petite : il faut au moins ${needed} clients encore là dans la cible, elle en comptait 150)`);
    expect(programmeMarginText('en', small).note).toBe(`no control group: effect not measurable (target too small: the target needs at least ${needed} customers still there, it had 150)`);
  });

  it('the comparison chart gives it, and why', () => {
    const fr = plain(noControlGroupText('fr', small));
    expect(fr).toContain('la cible était trop petite');
    expect(fr).toContain(`Il faut au moins ${needed} clients encore là dans la cible (elle en comptait 150), car le groupe témoin en met de côté 10 % et ne se forme qu’à partir de 30 clients`);
    expect(noControlGroupText('en', small)).toContain(`The target needs at least ${needed} customers still there (it had 150)`);
  });

  it('the glass box of the net margin gives it', () => {
    const kpis = [{ tick: 0, programmes: [small], grossMargin: 0, costs: 0 } as unknown as TickKpis];
    const line = glassBox('netMargin', kpis, testScenario()).lines.find((l) => l.key === 'roiUnmeasured')!;
    expect(plain(glassSentence('fr', 'line', line, 'week'))).toContain(`cible trop petite : il faut au moins ${needed} clients encore là dans la cible, elle en comptait 150`);
    expect(glassSentence('en', 'line', line, 'week')).toContain(`target needs at least ${needed} customers still there, it had 150`);
  });
});
