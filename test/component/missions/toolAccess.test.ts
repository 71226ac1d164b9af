/** The decisions screen under a class link: hidden tools are absent, locked tools shown disabled with a note. */
import { configure, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';

configure({ asyncUtilTimeout: 10_000 });

describe('decisions screen tool access', () => {
  it('hides and locks the tools the link names, leaves the others usable', async () => {
    const notices = new Notices();
    const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices });
    await session.start(smallScenario(shippedScenarioList()[0], 200), 3, 'test');
    render(DecisionsScreen, { session, notices, access: { locked: ['enquete', 'lienSocial'], hidden: ['acquisition', 'customisation'] } });

    expect(screen.queryByRole('heading', { name: /^Recrutement de nouveaux clients/ })).toBeNull();
    expect(screen.queryByRole('radio', { name: 'Customisation' })).toBeNull();
    expect(screen.getByRole('radio', { name: 'Lien social' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Avantage financier' })).toBeEnabled();

    const survey = screen.getByRole('heading', { name: /^Mesurer la satisfaction/ }).closest('fieldset[data-locked-tool]');
    expect(survey).toHaveAttribute('data-locked-tool', 'enquete');
    expect(survey).toBeDisabled();
    expect(screen.getByText(/Outil verrouillé par l’enseignant ou la mission/)).toBeInTheDocument();
    // a tool neither locked nor hidden is not wrapped
    expect(screen.getByRole('heading', { name: /^Politique de réclamations/ }).closest('fieldset[data-locked-tool]')).toBeNull();
  });
});
