/**
 * The glossary cards' texts (i18n area glossaryCards) are not downloaded with the app (bench app-learner-js):
 * a « ? » pop-up fetches them when it first opens, and opens once they are there, complete, the focus going
 * from the button (busy meanwhile) to the card's title; a card whose texts could not come says so, never a raw key.
 * Each test starts from a fresh registry holding what a learner has mid-game (test/setup.ts registers whole languages in the shared one).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { plainSpaces } from '../../../src/i18n/frenchSpacing.ts';

/** Fresh modules: the strings a learner has on a game screen (the French learner part), no card text yet. */
async function freshGame() {
  vi.resetModules();
  const testing = await import('@testing-library/svelte');
  const { default: userEvent } = await import('@testing-library/user-event');
  const translate = await import('../../../src/i18n/translate.ts');
  const locale = await import('../../../src/i18n/locale.svelte.ts');
  const { flushSync } = await import('svelte');
  await locale.setLocale('fr');
  await locale.loadLocale('fr');
  expect(translate.hasMessages('fr', 'glossaryCards')).toBe(false);
  cleanup = testing.cleanup;
  return { ...testing, userEvent, flushSync, ...translate, ...locale };
}

let cleanup = () => {};
afterEach(() => cleanup()); // the fresh testing library's renders (the shared one cleans its own)

describe('the glossary cards’ texts, fetched when a card opens', () => {
  it('a « ? » pop-up fetches them, then opens complete with the focus on its title', async () => {
    const app = await freshGame();
    const { default: GlossaryLink } = await import('../../../src/ui/glossary/GlossaryLink.svelte');
    const user = app.userEvent.setup();
    app.render(GlossaryLink, { concept: 'rfm' });
    const button = app.screen.getByRole('button', { name: /RFM/ });
    await user.tab();
    expect(button).toHaveFocus();
    button.click(); // what Enter does on the focused button, without user-event's pauses (the texts would be there)
    app.flushSync();
    // while the texts come: no half-filled pop-up, the button busy and still focused
    expect(app.hasMessages('fr', 'glossaryCards')).toBe(false);
    expect(app.screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveFocus();
    const dialog = await app.screen.findByRole('dialog', { name: 'RFM' });
    expect(app.hasMessages('fr', 'glossaryCards')).toBe(true);
    expect(dialog).toHaveTextContent('Récence, Fréquence, Montant');
    expect(dialog).not.toHaveTextContent('glossaryCards.');
    expect(app.screen.getByRole('heading', { name: 'RFM' })).toHaveFocus();
    expect(button).toHaveAttribute('aria-busy', 'false');
    await user.keyboard('{Escape}');
    expect(button).toHaveFocus();
  });

  it('a card whose texts are not there says it is unavailable, with its title, never a raw key', async () => {
    const app = await freshGame();
    const { default: GlossaryCard } = await import('../../../src/ui/glossary/GlossaryCard.svelte');
    app.render(GlossaryCard, { id: 'rfm', headingId: 'card-rfm' });
    const card = app.screen.getByRole('article', { name: 'RFM' });
    expect(card).toHaveTextContent(plainSpaces(app.translate('fr', 'glossary.cardUnavailable')));
    expect(card).not.toHaveTextContent('glossaryCards.');
    // once they come (a later pop-up, the glossary screen), the card fills in
    await app.loadLocale('fr', 'glossaryCards');
    await app.waitFor(() => expect(card).toHaveTextContent('Récence, Fréquence, Montant'));
    expect(card).not.toHaveTextContent(plainSpaces(app.translate('fr', 'glossary.cardUnavailable')));
  });
});
