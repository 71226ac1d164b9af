/**
 * A language switch re-renders the open screen's texts but does not mount it again: its local
 * state (a search typed, a half-built target, an open customer file) survives. The screen loaders
 * read the language (they fetch its strings with the chunk), so LazyScreen must not re-run them
 * when it changes.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import LazyScreen from '../../../src/ui/shell/LazyScreen.svelte';
import { screenLoader } from '../../../src/app/screens.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';

describe('LazyScreen and the language', () => {
  afterEach(() => setLocale('fr'));

  it('keeps the glossary search typed when the learner switches to English and back', async () => {
    const user = userEvent.setup();
    await setLocale('fr');
    let loads = 0;
    const load = screenLoader('glossary')!;
    render(LazyScreen, { loader: () => (loads++, load()) });
    const search = await screen.findByRole('searchbox');
    await user.type(search, 'RFM');
    expect(loads).toBe(1);

    await setLocale('en');
    // the screen's texts follow the language…
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Glossary'));
    // …in the same screen: the search is still there, the loader was not run again
    expect(screen.getByRole('searchbox')).toBe(search);
    expect(search).toHaveValue('RFM');
    await setLocale('fr');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Glossaire'));
    expect(screen.getByRole('searchbox')).toHaveValue('RFM');
    expect(loads).toBe(1);
  });
});
