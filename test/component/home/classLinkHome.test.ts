/**
 * A class link naming a shop without a mission (?shop=…&seed=42&mode=committed) opens the home
 * screen with that shop's card first and marked, the link's seed fixed in every card, and Start
 * creates the run with that seed and mode: the whole class plays the same run.
 */
import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../../../src/ui/App.svelte';
import { freshAppPage } from '../../fixtures/appPage.ts';
import { clickWhenEnabled } from '../../fixtures/clickWhenEnabled.ts';
import { testServices } from '../../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { recordingRunStore } from '../../fixtures/recordingRunStore.ts';

configure({ asyncUtilTimeout: 10_000 });

describe('a class link with a shop and no mission, on the home screen', () => {
  freshAppPage();

  it('puts the shop first, fixes the seed and starts the run with the link’s seed and mode', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', '/?shop=sport-et-cimes&seed=42&mode=committed');
    const store = recordingRunStore();
    render(App, { services: testServices({ transport: inProcessEngineTransport(), store }) });
    const chosen = await screen.findByText('Commerce choisi par votre enseignant');
    const note = chosen.closest<HTMLElement>('[data-testid="class-note"]')!;
    // stays on the home screen
    expect(window.location.hash).toBe('');
    expect(screen.getByRole('heading', { level: 2, name: 'Accueil' })).toBeInTheDocument();
    const cards = document.querySelectorAll<HTMLElement>('article[data-scenario]');
    expect(cards[0].dataset.scenario).toBe('sport-et-cimes');
    expect(note.closest('article')).toBe(cards[0]);
    expect(note.textContent).toContain(frenchText`Graine fixée par le lien de classe : 42`);
    expect(note.textContent).toContain(frenchText`Mode engagé : décisions définitives`);
    const seedInput = within(cards[0]).getByLabelText('Graine du hasard') as HTMLInputElement;
    expect(seedInput.value).toBe('42');
    expect(seedInput.readOnly).toBe(true);
    // the other shops are not marked as chosen, but play the class seed too
    expect(screen.getAllByText('Commerce choisi par votre enseignant')).toHaveLength(1);
    expect((within(cards[1]).getByLabelText('Graine du hasard') as HTMLInputElement).value).toBe('42');
    await clickWhenEnabled(user, () => within(cards[0]).getByRole('button', { name: /^Commencer/ }));
    await waitFor(() => expect(store.created).toEqual([{ seed: 42, mode: 'committed', scenarioId: 'sport-et-cimes' }]));
  });

  it('without a class link, cards keep their own default seed, editable, in file order', async () => {
    render(App, { services: testServices() });
    expect(await screen.findByRole('heading', { level: 2, name: 'Accueil' })).toBeInTheDocument();
    expect(screen.queryByTestId('class-note')).toBeNull();
    const first = document.querySelector<HTMLElement>('article[data-scenario]')!;
    const seedInput = within(first).getByLabelText('Graine du hasard') as HTMLInputElement;
    expect(seedInput.readOnly).toBe(false);
    expect(seedInput.value).not.toBe('');
  });
});
