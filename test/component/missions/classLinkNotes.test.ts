/** A mission class link says what the teacher chose, as the home page does, and fixes the shop it names. */
import { configure, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../../src/ui/App.svelte';
import { freshAppPage } from '../../fixtures/appPage.ts';
import { testServices } from '../../unit/app/testServices.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

configure({ asyncUtilTimeout: 10_000 });

describe('the mission path opened from a class link', () => {
  freshAppPage();

  it('names the teacher’s shop, seed, mode and locked tools, and the shop cannot be changed', async () => {
    history.replaceState(null, '', '/?shop=optique-lumiere&mission=1&seed=4242&mode=committed&lock=financier#/missions');
    render(App, { services: testServices() });
    const note = await screen.findByTestId('class-note');
    await waitFor(() => expect(note.textContent).toContain(frenchText`Graine fixée par le lien de classe : 4242`));
    expect(note.textContent).toContain('Commerce choisi par votre enseignant');
    expect(note.textContent).toContain(frenchText`Mode engagé : décisions définitives`);
    expect(note.textContent).toContain(frenchText`Outils verrouillés par votre enseignant : Avantage financier`);
    // the learner's list (the teacher's link builder below has its own)
    const shop = screen.getByRole('combobox', { name: 'Commerce du parcours de missions' }) as HTMLSelectElement;
    expect(shop.value).toBe('optique-lumiere');
    expect(shop).toBeDisabled();
  });

  it('without a class link: no note, any shop may be chosen', async () => {
    history.replaceState(null, '', '/#/missions');
    render(App, { services: testServices() });
    const shop = (await screen.findByRole('combobox', { name: 'Commerce du parcours de missions' })) as HTMLSelectElement;
    expect(shop).toBeEnabled();
    expect(screen.queryByTestId('class-note')).toBeNull();
  });
});
