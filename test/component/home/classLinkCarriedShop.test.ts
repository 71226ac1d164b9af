/**
 * A class link carrying a shop made in the editor (?shop=<its id>&seed=…&lock=…&scenario=…, QA qa30editor M1): the student
 * lands on the home page with that shop's card first and the link's settings, as for a shipped shop; not the editor, nor
 * its « reçu par lien … s'ouvre dans l'éditeur » notice, nor « paramètre ignoré » for its shop.
 */
import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../../../src/ui/App.svelte';
import { freshAppPage } from '../../fixtures/appPage.ts';
import { clickWhenEnabled } from '../../fixtures/clickWhenEnabled.ts';
import { shippedScenarioList, smallScenario, testServices } from '../../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { recordingRunStore } from '../../fixtures/recordingRunStore.ts';
import { encodeScenario } from '../../../src/scenario/link.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';

configure({ asyncUtilTimeout: 10_000 });

const bakery = smallScenario(shippedScenarioList().find((s) => s.id === 'boulangerie-du-marche')!);
const cave: Scenario = { ...bakery, id: 'cave-des-canuts', name: { fr: 'La Cave des Canuts' } };

describe('a class link carrying a shop made in the editor', () => {
  freshAppPage();

  it('opens the students’ home with that shop first and the link’s settings, and starts it with them', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', `/?shop=cave-des-canuts&seed=42&mode=committed&lock=enquete&scenario=${await encodeScenario(cave)}`);
    const store = recordingRunStore();
    render(App, { services: testServices({ transport: inProcessEngineTransport(), store }) });
    const chosen = await screen.findByText('Commerce choisi par votre enseignant');
    const cards = document.querySelectorAll<HTMLElement>('article[data-scenario]');
    expect(cards[0].dataset.scenario).toBe('cave-des-canuts');
    expect(chosen.closest('article')).toBe(cards[0]);
    const note = within(cards[0]).getByTestId('class-note');
    expect(note.textContent).toContain(frenchText`Graine fixée par le lien de classe : 42`);
    expect(note.textContent).toContain('Enquête de satisfaction');
    expect(screen.getByRole('heading', { level: 2, name: 'Accueil' })).toBeInTheDocument();
    expect(window.location.hash).toBe('');
    // the shop's code leaves the address, the settings stay; no editor's notice, no ignored parameter
    await waitFor(() => expect(window.location.search).toBe('?shop=cave-des-canuts&seed=42&mode=committed&lock=enquete'));
    expect(screen.queryByText(/Scénario reçu par lien/)).toBeNull();
    expect(screen.queryByText(/paramètres? ignorés?/)).toBeNull();
    await clickWhenEnabled(user, () => within(cards[0]).getByRole('button', { name: /^Commencer/ }));
    await waitFor(() => expect(store.created).toEqual([{ seed: 42, mode: 'committed', scenarioId: 'cave-des-canuts' }]));
  });
});
