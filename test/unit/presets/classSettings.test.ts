import { describe, expect, it } from 'vitest';
import { applyDisplay, problemList } from '../../../src/presets/classSettings.svelte.ts';

describe('class settings applied to the page', () => {
  it('sets and clears the display and motion attributes', () => {
    const root = { dataset: {} as Record<string, string> } as unknown as HTMLElement;
    applyDisplay(root, { lock: [], hide: [], display: 'projector', motion: 'reduced' });
    expect({ ...root.dataset }).toEqual({ display: 'projector', motion: 'reduced' });
    applyDisplay(root, { lock: [], hide: [], display: 'standard' });
    expect({ ...root.dataset }).toEqual({});
  });

  it('names the ignored parameters, in French by default', () => {
    const problems = [
      { param: 'seed', reason: 'invalid' as const },
      { param: 'x', reason: 'unknown' as const },
    ];
    expect(problemList(problems)).toBe('« seed » (valeur invalide), « x » (inconnu)');
    expect(problemList(problems, 'en')).toBe('“seed” (invalid value), “x” (unknown)');
  });
});
