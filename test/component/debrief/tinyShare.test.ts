/**
 * QA shops F13: the Bilan's causes table read « Réclamation mal traitée 1 — 0,0 % » for 1 departure of 2 831: a share
 * above 0 that one decimal rounds to 0 now reads « < 0,1 % »; 0 stays « 0,0 % », 0,05 % rounds to « 0,1 % ».
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import DebriefDepartures from '../../../src/ui/debrief/sections/DebriefDepartures.svelte';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import { CAUSE_CONCEPT } from '../../../src/ui/debrief/departures.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

describe('Bilan, a share too small for one decimal (QA shops F13)', () => {
  afterEach(() => setLocale('fr'));

  it('the format: « < 0,1 % » above 0, « 0,0 % » at 0, rounded from half of 0,1 %', async () => {
    const fr = debriefFormat('fr', 'week');
    expect(plain(fr.share(1 / 2831))).toBe('< 0,1 %');
    expect(plain(fr.share(0))).toBe('0,0 %');
    expect(plain(fr.share(0.0005))).toBe('0,1 %');
    expect(plain(fr.share(0.542))).toBe('54,2 %');
    await setLocale('en');
    expect(debriefFormat('en', 'week').share(1 / 2831)).toBe('< 0.1%');
  });

  it('the causes table', () => {
    const causes = [
      { cause: 'inactivite' as const, count: 2830, share: 2830 / 2831, concept: CAUSE_CONCEPT.inactivite },
      { cause: 'reclamationMalTraitee' as const, count: 1, share: 1 / 2831, concept: CAUSE_CONCEPT.reclamationMalTraitee },
    ];
    render(DebriefDepartures, {
      departures: { total: 2831, causes },
      complaints: { incidents: 0, complaints: 0, share: 0 },
      wordOfMouth: null,
      format: debriefFormat('fr', 'week'),
    });
    const row = screen.getByRole('row', { name: /Réclamation mal traitée/ });
    expect(within(row).getAllByRole('cell').map((c) => plain(c.textContent))).toContain('< 0,1 %');
  });
});
