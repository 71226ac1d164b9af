/**
 * Heading navigation on the home page: the shops are inside « Choisir un scénario », not its
 * siblings (a screen reader's list of headings mirrors the levels).
 */
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import HomeScreen from '../../../src/ui/home/HomeScreen.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

describe('home heading levels', () => {
  it('« Choisir un scénario » is an h3, each shop an h4 under it and its « Objectifs » an h5', () => {
    const scenarios = shippedScenarioList();
    render(HomeScreen, { scenarios, library: null, notices: new Notices(), busy: false, onstart: () => {}, onresume: () => {} });
    const section = screen.getByRole('heading', { level: 3, name: 'Choisir un scénario' }).closest('section')!;
    const card = within(section).getByRole('article', { name: 'Boulangerie du Marché' });
    expect(within(card).getByRole('heading', { name: 'Boulangerie du Marché' }).tagName).toBe('H4');
    expect(within(card).getByRole('heading', { name: 'Objectifs' }).tagName).toBe('H5');
    expect(within(section).getAllByRole('heading', { level: 4 })).toHaveLength(scenarios.length);
    expect(within(section).queryAllByRole('heading', { level: 3 })).toHaveLength(1);
  });
});
