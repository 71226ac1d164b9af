import { configure, render, screen, within, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import DecisionsScreen from '../../src/ui/decisions/DecisionsScreen.svelte';
import { GameSession } from '../../src/app/session.svelte.ts';
import { Notices } from '../../src/app/notices.svelte.ts';
import { EngineClient } from '../../src/app/engineClient.ts';
import { memoryRunStore } from '../../src/app/runStore.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { shippedScenarioList, smallScenario } from '../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../unit/app/engineTransport.ts';

// the real engine runs in these tests and the machine is shared: give asynchronous updates time
configure({ asyncUtilTimeout: 10_000 });

async function started(scenario: Scenario) {
  const notices = new Notices();
  const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices });
  await session.start(scenario, 5, 'test');
  return { session, notices };
}

function countText(): string {
  return screen.getByTestId('target-count').textContent ?? '';
}

function countOf(text: string): number {
  return Number(text.replace(/\D/g, ''));
}

describe('decisions screen', () => {
  const scenario = smallScenario(shippedScenarioList()[0], 300);

  it('updates the live target count and preview as criteria are ticked', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started(scenario);
    render(DecisionsScreen, { session, notices });
    await waitFor(() => expect(countText()).toMatch(/\d+ clients correspondent/));
    const everyone = countOf(countText());
    expect(everyone).toBeGreaterThan(0);
    expect(screen.getByRole('table', { name: 'Premiers clients de la cible' })).toBeInTheDocument();

    const segments = screen.getByRole('group', { name: /Segments RFM/ });
    await user.click(within(segments).getByRole('checkbox', { name: 'Très bon client' }));
    await waitFor(() => expect(countOf(countText())).toBeLessThan(everyone));
    const best = countOf(countText());
    await user.click(within(segments).getByRole('checkbox', { name: 'Inactif (RFM)' }));
    await waitFor(() => expect(countOf(countText())).toBeGreaterThanOrEqual(best));
    await user.click(screen.getByRole('button', { name: 'Effacer la cible' }));
    await waitFor(() => expect(countOf(countText())).toBe(everyone));

    const scores = screen.getByRole('group', { name: /Scores RFM/ });
    await user.selectOptions(within(scores).getAllByRole('combobox')[0], '4');
    await waitFor(() => expect(countOf(countText())).toBeLessThan(everyone));
    await user.type(screen.getByLabelText('Nombre maximum de clients (vide = tous)'), '5');
    await waitFor(() => expect(countText()).toBe('5 clients correspondent à la cible.'));
    expect(screen.getAllByRole('row')).toHaveLength(6);
  });

  it('says why a survey or a campaign cannot be ordered when its number is out of range', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started(scenario);
    render(DecisionsScreen, { session, notices });
    const sample = screen.getByRole('spinbutton', { name: 'Taille de l’échantillon' });
    const order = screen.getByRole('button', { name: 'Commander l’enquête' });
    expect(order).toBeEnabled();
    expect(screen.queryByText(/nombre entier de 5 à 5/)).toBeNull();
    await user.clear(sample);
    await user.type(sample, '3');
    expect(order).toBeDisabled();
    // judged once the field is left (QA tablet #16)
    await user.tab();
    expect(sample).toHaveAttribute('aria-invalid', 'true');
    expect(sample).toHaveAccessibleDescription('Indiquez un nombre entier de 5 à 5\u202f000 réponses.');
    await user.clear(sample);
    await user.type(sample, '40');
    expect(order).toBeEnabled();
    expect(sample).toHaveAttribute('aria-invalid', 'false');
    // a questionnaire is paid per answer and never gets more than asked: the form says so; a mystery shopper pays visits
    expect(screen.getByText(/Vous payez chaque réponse, jamais plus que le nombre demandé/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Client mystère' }));
    expect(screen.queryByText(/Vous payez chaque réponse/)).toBeNull();
    // and it scores the service, not the customers' satisfaction (QA teacher F2)
    expect(screen.getByText(/note le service du magasin \(accueil, attente, incidents\) ; vous payez chaque visite/)).toBeInTheDocument();
    expect(screen.getByText(/ce n’est pas la satisfaction de vos clients, que seul un questionnaire mesure/)).toBeInTheDocument();

    const budget = screen.getByRole('spinbutton', { name: 'Budget de la campagne (€)' });
    await user.clear(budget);
    await user.type(budget, '0');
    expect(screen.getByRole('button', { name: 'Lancer la campagne' })).toBeDisabled();
    expect(budget).toHaveAccessibleDescription(/de 1\u202f€ à 1\u202f000\u202f000\u202f€/);
  });

  it('applies a strategy to the target, shows it pending, undoes it, then advances', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started(scenario);
    render(DecisionsScreen, { session, notices });
    await waitFor(() => expect(countText()).toMatch(/\d+ clients/));
    await user.click(screen.getByRole('radio', { name: 'Lien social' }));
    expect(screen.getByText(/Difficile à imiter/)).toBeInTheDocument();
    expect(screen.getByTestId('strategy-cost')).toHaveTextContent(/par semaine/);
    await user.click(screen.getByRole('button', { name: /Appliquer à la cible/ }));
    const pending = screen.getByRole('region', { name: 'Décisions de la semaine' });
    expect(within(pending).getByText(/Lien social : Club clients/)).toBeInTheDocument();
    await user.click(within(pending).getByRole('button', { name: 'Annuler la dernière décision' }));
    expect(within(pending).getByText('Aucune décision pour cette semaine.')).toBeInTheDocument();
    expect(notices.list.at(-1)?.key).toBe('decisions.pending.undone');

    await user.click(screen.getByRole('button', { name: /Appliquer à la cible/ }));
    await user.click(screen.getByRole('button', { name: 'Avancer d’une semaine' }));
    await waitFor(() => expect(session.tick).toBe(1));
    expect(within(pending).getByText('Aucune décision pour cette semaine.')).toBeInTheDocument();
    const programmes = screen.getByRole('region', { name: 'Programmes en cours' });
    expect(within(programmes).getByRole('button', { name: /Arrêter le programme/ })).toBeInTheDocument();
  });

  it('disables the strategies the scenario does not allow and says why', async () => {
    const { session, notices } = await started({ ...scenario, strategies: ['lienSocial', 'personnalisation'] });
    render(DecisionsScreen, { session, notices });
    expect(screen.getByRole('radio', { name: 'Avantage financier' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Customisation' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Lien social' })).toBeChecked();
    expect(screen.getByText('Verrouillée par votre enseignant (lien de classe).')).toBeInTheDocument();
  });
});
