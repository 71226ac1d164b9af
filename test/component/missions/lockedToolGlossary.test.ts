/**
 * QA qa20 F8: a tool locked by the mission or the teacher is a disabled fieldset, which disabled its glossary « ? » too:
 * nobody could read « Mesurer la satisfaction » there. In a locked tool each « ? » is a link to its card; elsewhere
 * it stays the pop-up button.
 */
import { configure, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';

configure({ asyncUtilTimeout: 10_000 });

describe('the glossary « ? » of a locked tool', () => {
  it('are links to their cards, usable; those of an open tool stay pop-up buttons', async () => {
    const notices = new Notices();
    const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices });
    await session.start(smallScenario(shippedScenarioList()[0], 200), 3, 'test');
    render(DecisionsScreen, { session, notices, access: { locked: ['enquete'], hidden: [] } });

    const survey = screen.getByRole('heading', { name: /^Mesurer la satisfaction/ }).closest<HTMLElement>('fieldset[data-locked-tool]')!;
    expect(survey).toBeDisabled();
    expect(within(survey).queryAllByRole('button', { name: /^Définition/ })).toEqual([]);
    const link = within(survey).getByRole('link', { name: /^Définition\s:\sMesurer la satisfaction$/ });
    expect(link).toHaveAttribute('href', '#/glossary/mesureSatisfaction');
    const satisfaction = within(survey).getByRole('link', { name: /^Définition\s:\sSatisfaction$/ });
    expect(satisfaction).toHaveAttribute('href', '#/glossary/satisfaction');
    // the sentence's two « ? » keep their names in a locked tool, as they show them in an open one (review8 #1: two bare « ? »)
    expect(satisfaction.textContent?.replace(/\s+/g, ' ').trim()).toBe('? Satisfaction');
    const levels = within(survey).getByRole('link', { name: /^Définition\s:\s.*niveaux/i });
    expect(levels.textContent).toMatch(/niveaux/i);

    const complaints = screen.getByRole('heading', { name: /^Politique de réclamations/ }).closest('form')!;
    const help = within(complaints).getByRole('button', { name: /^Définition\s:\sRéclamation$/ });
    expect(help).toBeEnabled();
    expect(help).toHaveAttribute('aria-haspopup', 'dialog');
  });
});
