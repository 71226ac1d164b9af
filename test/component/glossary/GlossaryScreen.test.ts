/** The glossary screen: every card listed by theme, search ignoring accents, deep link focus, English. */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import GlossaryScreen from '../../../src/ui/glossary/GlossaryScreen.svelte';
import { CONCEPT_IDS } from '../../../src/ui/glossary/concepts.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';

afterEach(() => setLocale('fr'));

describe('GlossaryScreen', () => {
  it('lists a card for every concept, grouped by theme', () => {
    render(GlossaryScreen, {});
    expect(screen.getAllByRole('article')).toHaveLength(CONCEPT_IDS.length);
    expect(screen.getByRole('status')).toHaveTextContent(`${CONCEPT_IDS.length} fiches`);
    const strategies = screen.getByRole('region', { name: 'Les quatre stratégies' });
    expect(within(strategies).getByRole('heading', { name: 'Lien social' })).toBeInTheDocument();
  });

  it('searches titles and explanations, ignoring accents and case', async () => {
    const user = userEvent.setup();
    render(GlossaryScreen, {});
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher une notion' }), 'RECENCE');
    const titles = screen.getAllByRole('article').map((a) => within(a).getByRole('heading').textContent);
    expect(titles).toContain('RFM');
    expect(titles).not.toContain('Club clients');
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'zzzz introuvable');
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.getByText('Aucune fiche ne correspond à « zzzz introuvable ».')).toBeInTheDocument();
    // none found: « Aucune fiche », not « 0 fiche » (QA a11y qa8 F9)
    expect(screen.getByRole('status').textContent).toBe('Aucune fiche');
  });

  it('counts the cards found with a real plural, not « fiche(s) » (QA C1)', async () => {
    const user = userEvent.setup();
    render(GlossaryScreen, {});
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher une notion' }), 'barriere procedurale');
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toBe('1 fiche');
  });

  it('focuses the card given by the deep link and says when the id is unknown', async () => {
    render(GlossaryScreen, { focus: 'schemaInfidelite' });
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.getByRole('heading', { name: 'Schéma de l’infidélité' })).toHaveFocus();
  });

  it('warns about an unknown concept id', () => {
    render(GlossaryScreen, { focus: 'nimporte' });
    expect(screen.getByRole('alert')).toHaveTextContent('Cette notion n’existe pas dans le glossaire.');
  });

  it('shows where each concept appears and links related cards', () => {
    render(GlossaryScreen, {});
    const rfm = screen.getByRole('article', { name: 'RFM' });
    expect(rfm).toHaveTextContent('Dans Fidélis :');
    expect(within(rfm).getByRole('link', { name: 'FRAT' })).toHaveAttribute('href', '#/glossary/frat');
  });

  it('reads in English', async () => {
    const user = userEvent.setup();
    await setLocale('en');
    render(GlossaryScreen, {});
    expect(screen.getByRole('heading', { level: 2, name: 'Glossary' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Customer lifecycle (cycle de vie)' })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox'), 'zzzz');
    expect(screen.getByRole('status').textContent).toBe('No cards');
  });
});
