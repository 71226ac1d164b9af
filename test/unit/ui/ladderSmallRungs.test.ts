/**
 * The ladder's small rungs on their own axis (QA verify3, Graphiques: bakery client 2 419 vs acheteur 95,
 * ambassadeur 15, supporteur 0 lay flat at the bottom on a projector).
 */
import { describe, expect, it } from 'vitest';
import { ladderSmallRungs, withoutRung } from '../../../src/ui/charts/stageMovements.ts';
import { lineConfig } from '../../../src/ui/charts/kpiSeriesConfig.ts';
import type { SeriesModel } from '../../../src/ui/charts/seriesModel.ts';

const ladder = (client: number): SeriesModel => ({
  labels: ['S1', 'S2'],
  kind: 'number',
  series: [
    { id: 'acheteur', label: 'Acheteur', values: [80, 95] },
    { id: 'client', label: 'Client', values: [2400, client] },
    { id: 'supporteur', label: 'Supporteur', values: [0, 0] },
    { id: 'ambassadeur', label: 'Ambassadeur', values: [10, 15] },
  ],
});

describe('ladderSmallRungs', () => {
  it('leaves out the rung that dwarfs the others, keeping the others’ figures', () => {
    const small = ladderSmallRungs(ladder(2419))!;
    expect(small.without).toBe('Client');
    expect(small.model.series.map((s) => s.id)).toEqual(['acheteur', 'supporteur', 'ambassadeur']);
    expect(small.model.series[0].values).toEqual([80, 95]);
    expect(small.model.labels).toEqual(['S1', 'S2']);
  });

  it('draws no second chart when no rung dwarfs the others', () => {
    expect(ladderSmallRungs({ ...ladder(300), series: ladder(300).series.map((s) => (s.id === 'client' ? { ...s, values: [300, 300] } : s)) })).toBeNull();
  });

  it('keeps each remaining rung’s colour and marker of the full chart', () => {
    const config = lineConfig(ladder(2419), { beginAtZero: true, locale: 'fr-FR' });
    const small = withoutRung(config, 'Client').data.datasets;
    expect(small.map((d) => d.label)).toEqual(['Acheteur', 'Supporteur', 'Ambassadeur']);
    expect(small[2].borderColor).toBe(config.data.datasets[3].borderColor);
    expect(small[2].pointStyle).toBe(config.data.datasets[3].pointStyle);
  });
});
