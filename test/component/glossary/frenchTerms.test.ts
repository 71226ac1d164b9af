/**
 * QA self-learner #27: the French course terms inside English text (« Complaint (réclamation) ») are
 * marked lang="fr", so an English screen-reader voice reads them in French; French pages need no mark.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import GlossaryCard from '../../../src/ui/glossary/GlossaryCard.svelte';
import GlossaryLink from '../../../src/ui/glossary/GlossaryLink.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { splitFrenchTerm } from '../../../src/ui/glossary/frenchTerm.ts';

describe('French terms in English', () => {
  afterEach(() => setLocale('fr'));

  it('splits the bracketed French term off an English title', () => {
    expect(splitFrenchTerm('Complaint (réclamation)')).toEqual({ before: 'Complaint (', term: 'réclamation', after: ')' });
    expect(splitFrenchTerm('Customer segments (nouveau, bon, très bon, futur non-client, inactif)')?.term).toBe('nouveau, bon, très bon, futur non-client, inactif');
    expect(splitFrenchTerm('Segments')).toBeNull();
  });

  it('names the « ? » without the French term in English, keeps the French title whole (QA qa21 F2)', async () => {
    await setLocale('en');
    const { unmount } = render(GlossaryLink, { concept: 'reclamation' });
    expect(screen.getByRole('button', { name: 'Definition: Complaint' })).toBeInTheDocument();
    unmount();
    render(GlossaryLink, { concept: 'segments', showTitle: true });
    expect(screen.getByRole('button', { name: 'Definition: Customer segments' })).toHaveTextContent(/^\?\s*Customer segments$/);
    await setLocale('fr');
    expect(await screen.findByRole('button', { name: /^Définition\s:\sSegments de clientèle$/ })).toBeInTheDocument();
  });

  it('marks the card title’s French term, and its related cards’ ones, lang="fr" in English only', async () => {
    await setLocale('en');
    const { unmount } = render(GlossaryCard, { id: 'reclamation', headingId: 'card-title' });
    const heading = screen.getByRole('heading', { name: 'Complaint (réclamation)' });
    expect(heading.querySelector('[lang="fr"]')?.textContent).toBe('réclamation');
    const related = screen.getAllByRole('link');
    expect(related.length).toBeGreaterThan(0);
    expect(related.some((link) => link.querySelector('[lang="fr"]') !== null)).toBe(true);
    unmount();

    await setLocale('fr');
    render(GlossaryCard, { id: 'reclamation', headingId: 'card-title' });
    expect(screen.getByRole('heading', { level: 3 }).querySelector('[lang]')).toBeNull();
  });
});
