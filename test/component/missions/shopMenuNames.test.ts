/**
 * QA teacher F13: the Missions page had two menus both named « Commerce » (« Shop ») for a screen reader, the mission
 * path's and the class link builder's. Each now says what it is for, in French and English; the builder's says it on screen
 * too (QA qa23 F9: both read « Commerce », and the builder's follows the path's shop at first).
 */
import { configure, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import App from '../../../src/ui/App.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { freshAppPage } from '../../fixtures/appPage.ts';
import { testServices } from '../../unit/app/testServices.ts';

configure({ asyncUtilTimeout: 10_000 });

describe('the Missions page’s two shop menus', () => {
  freshAppPage();
  afterEach(() => setLocale('fr'));

  it('French: the path’s menu and the class link’s menu have names of their own', async () => {
    history.replaceState(null, '', '/#/missions');
    render(App, { services: testServices() });
    const path = await screen.findByRole('combobox', { name: 'Commerce du parcours de missions' });
    const link = screen.getByRole('combobox', { name: 'Commerce du lien de classe' });
    expect(path).not.toBe(link);
    // the builder's menu says so on screen too, not « Commerce » as the path's (QA qa23 F9)
    expect(link.closest('label')?.firstChild?.textContent?.trim()).toBe('Commerce du lien de classe');
    // the builder's menu still offers « Au choix de l’élève », the path's does not
    expect(link.textContent).toContain('Au choix de l’élève');
    expect(path.textContent).not.toContain('Au choix de l’élève');
    expect(screen.queryAllByRole('combobox', { name: 'Commerce' })).toEqual([]);
  });

  it('English: the same two names, in English', async () => {
    history.replaceState(null, '', '/#/missions');
    await setLocale('en');
    render(App, { services: testServices() });
    const path = await screen.findByRole('combobox', { name: 'Shop of the mission path' });
    const link = screen.getByRole('combobox', { name: 'Shop for the class link' });
    expect(path).not.toBe(link);
    expect(link.closest('label')?.firstChild?.textContent?.trim()).toBe('Shop for the class link');
    expect(screen.queryAllByRole('combobox', { name: 'Shop' })).toEqual([]);
  });
});
