/**
 * The shipped shops' cards on the home page, whose texts come one language at a time (src/scenario/shippedShops.ts):
 * in French at startup, in English once the learner switches, never the old language's words under the new one,
 * nor empty ones (locale.svelte.ts setLocale waits for the cards' texts too).
 */
import { flushSync } from 'svelte';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import HomeScreen from '../../../src/ui/home/HomeScreen.svelte';
import LanguageSwitch from '../../../src/ui/shell/LanguageSwitch.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { locale, setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shippedShops } from '../../../src/scenario/shippedShops.ts';
import { parseShippedFolder } from '../../../src/scenario/shippedBuild.ts';

const parsed = parseShippedFolder('scenarios').map(({ scenario }) => scenario);
/** A text as toHaveTextContent reads the page's: every space one ordinary space (French's non-breaking ones too). */
const plain = (text: string | undefined) => text!.replace(/\s+/g, ' ');

function home() {
  render(LanguageSwitch);
  render(HomeScreen, { scenarios: shippedShops(), library: null, notices: new Notices(), busy: false, onstart: () => {}, onresume: () => {} });
}

describe('the shipped shops’ cards, one language at a time', () => {
  afterEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });

  it('shows them in French, then in English once the learner switches, with no French left', async () => {
    await setLocale('fr'); // what the page's startup does (main.ts): the cards' French comes with it
    home();
    for (const scenario of parsed) {
      const card = screen.getByRole('article', { name: scenario.name.fr });
      expect(card).toHaveTextContent(plain(scenario.description.fr));
      expect(card).toHaveTextContent(plain(scenario.objectives[0].label.fr));
    }
    expect(shippedShops()[0].name.en).toBeNull(); // English not fetched for a French learner
    await userEvent.setup().click(screen.getByRole('button', { name: 'English' }));
    for (const scenario of parsed) {
      const card = await screen.findByRole('article', { name: scenario.name.en });
      expect(card).toHaveTextContent(plain(scenario.description.en));
      expect(within(card).getByRole('heading', { level: 4 })).toHaveTextContent(plain(scenario.name.en));
      expect(card).toHaveTextContent(plain(scenario.objectives[0].label.en));
    }
    expect(screen.queryByRole('article', { name: parsed[0].name.fr })).toBeNull();
  });

  it('the language changes only once the cards have their texts in it: no French card under English', async () => {
    await setLocale('fr');
    home();
    const switching = setLocale('en');
    flushSync();
    expect(locale.current).toBe('fr'); // still French while the English texts arrive
    await switching;
    flushSync();
    expect(locale.current).toBe('en');
    for (const scenario of parsed) expect(screen.getByRole('article', { name: scenario.name.en })).toHaveTextContent(plain(scenario.description.en));
  });
});
