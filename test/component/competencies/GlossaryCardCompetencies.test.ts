/** A glossary card names the BTS competencies it trains (full card only, not the "?" pop-up). */
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import GlossaryCard from '../../../src/ui/glossary/GlossaryCard.svelte';

describe('glossary card competencies', () => {
  it('lists the competencies of the RFM card', () => {
    render(GlossaryCard, { id: 'rfm' });
    const list = screen.getByRole('list', { name: 'Compétences' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'MCO bloc 1 — Réaliser des études commerciales',
      'NDRC bloc 1 — Cibler et prospecter la clientèle',
      'NDRC bloc 1 — Exploiter et mutualiser l’information commerciale',
    ]);
  });

  it('leaves them out of the compact pop-up', () => {
    render(GlossaryCard, { id: 'rfm', compact: true });
    expect(screen.queryByRole('list', { name: 'Compétences' })).toBeNull();
  });
});
