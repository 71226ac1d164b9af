/** A glossary card names the BTS competencies it trains (full card only, not the "?" pop-up). */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import GlossaryCard from '../../../src/ui/glossary/GlossaryCard.svelte';

describe('glossary card competencies', () => {
  afterEach(() => setLocale('fr'));

  it('lists the competencies of the RFM card, each bloc once under its one name (QA expert F18)', () => {
    const { container } = render(GlossaryCard, { id: 'rfm' });
    const list = screen.getByRole('list', { name: 'Compétences' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'MCO Bloc 1 — Développer la relation client et assurer la vente conseil : compétence « Réaliser des études commerciales »',
      'NDRC Bloc 1 — Relation client et négociation-vente : compétences « Cibler et prospecter la clientèle » et « Exploiter et mutualiser l’information commerciale »',
    ]);
    // the short « bloc 1 » name is not printed next to the bloc's title
    expect(container.textContent).not.toMatch(/bloc 1\W*bloc 1/i);
  });

  it('names the blocs and competencies in English too', async () => {
    await setLocale('en');
    render(GlossaryCard, { id: 'rfm' });
    const list = screen.getByRole('list', { name: 'Competencies' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'MCO Block 1 — Develop the customer relationship and provide advisory selling: competency “Carry out market studies”',
      'NDRC Block 1 — Customer relationship and sales negotiation: competencies “Target and prospect customers” and “Use and share commercial information”',
    ]);
  });

  it('leaves them out of the compact pop-up', () => {
    render(GlossaryCard, { id: 'rfm', compact: true });
    expect(screen.queryByRole('list', { name: 'Compétences' })).toBeNull();
  });
});
