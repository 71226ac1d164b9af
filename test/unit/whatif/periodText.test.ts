import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type Params } from '../../../src/i18n/translate.ts';
import { differenceSentence, periodForms } from '../../../src/ui/whatif/periodText.ts';
import { compareChartConfig, DIFFERENT_POINT_RADIUS, SAME_POINT_RADIUS } from '../../../src/ui/whatif/compareChartConfig.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const fr = (key: MessageKey, params?: Params) => translate('fr', key, params);

describe('period wording', () => {
  it('uses French contractions for months and the app numbering (tick + 1)', () => {
    expect(periodForms(fr, 'week', 2)).toEqual({ label: 'Semaine 3', name: 'la semaine 3', from: 'de la semaine 3', to: 'à la semaine 3' });
    expect(periodForms(fr, 'month', 0)).toEqual({ label: 'Mois 1', name: 'le mois 1', from: 'du mois 1', to: 'au mois 1' });
  });

  it('says where two timelines part', () => {
    const say = (first: number | null, unit: 'week' | 'month' = 'month') => {
      const s = differenceSentence(fr, unit, first);
      return fr(s.key, s.params);
    };
    expect(say(3)).toBe(frenchText`Les indicateurs sont identiques jusqu’au mois 3 ; ils diffèrent à partir du mois 4.`);
    expect(say(0, 'week')).toBe('Les indicateurs diffèrent dès la semaine 1.');
    expect(say(null)).toMatch(/mêmes indicateurs/);
  });
});

describe('comparison chart', () => {
  it('enlarges timeline B’s points where it differs from A', () => {
    const model = {
      labels: ['S1', 'S2', 'S3'],
      kind: 'money' as const,
      series: [
        { id: 'a', label: 'A', values: [1, 2, 3] },
        { id: 'b', label: 'B', values: [1, 2, 4] },
      ],
    };
    const config = compareChartConfig(model, [false, false, true], 'fr');
    expect(config.data.datasets[0].pointRadius).toBe(SAME_POINT_RADIUS);
    expect(config.data.datasets[1].pointRadius).toEqual([SAME_POINT_RADIUS, SAME_POINT_RADIUS, DIFFERENT_POINT_RADIUS]);
    expect(config.data.datasets[1].borderDash).not.toEqual(config.data.datasets[0].borderDash);
  });
});
