/**
 * A home card's class link texts (the note « Commerce choisi par votre enseignant… », an objective's lock note, a fixed
 * seed's help) are the class link's part of the strings (i18n/areas.ts PRESETS_AREAS), not the first screen's home area:
 * a free game's card never asks for that part, and a class link's card shows them once the part is there (fetched with
 * the link's reading, ClassPresets.svelte), never a raw key before.
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ScenarioCard from '../../../src/ui/home/ScenarioCard.svelte';
import type { Scenario } from '../../../src/scenario/schema.ts';
import type { Part } from '../../../src/i18n/areas.ts';
import bakery from '../../../scenarios/boulangerie-du-marche.json';

const parts = vi.hoisted(() => ({ asked: [] as string[], shown: false }));
vi.mock('../../../src/i18n/locale.svelte.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/i18n/locale.svelte.ts')>();
  return {
    ...original,
    // whether the part is there, as the test says; each question noted
    partShown: (part: Part) => {
      parts.asked.push(part);
      return parts.shown;
    },
  };
});

const scenario = bakery as unknown as Scenario;
const free = { scenario, chosen: false, seed: scenario.defaultSeed, seedFixed: false, mode: null, locked: [], closed: [] };
const linked = { scenario, chosen: true, seed: 42, seedFixed: true, mode: 'committed' as const, locked: ['enquete' as const], closed: ['enquete' as const] };

describe('a home card’s class link texts', () => {
  it('are never asked for by a free game’s card', () => {
    parts.asked = [];
    parts.shown = false;
    const { container } = render(ScenarioCard, { card: free, busy: false, onstart: () => {} });
    expect(parts.asked).toEqual([]);
    expect(screen.getByText('Même scénario, même graine et mêmes décisions donnent exactement le même résultat.')).toBeInTheDocument();
    expect(container).not.toHaveTextContent('presets.');
  });

  it('wait for their part under a class link: no note, no raw key, the seed’s ordinary help', () => {
    parts.asked = [];
    parts.shown = false;
    const { container } = render(ScenarioCard, { card: linked, busy: false, onstart: () => {} });
    expect(parts.asked).toContain('presets');
    expect(screen.queryByTestId('class-note')).toBeNull();
    expect(container.querySelector('.lock-note')).toBeNull();
    expect(container).not.toHaveTextContent('presets.');
    expect(screen.getByText('Même scénario, même graine et mêmes décisions donnent exactement le même résultat.')).toBeInTheDocument();
  });

  it('show under a class link once their part is there', () => {
    parts.shown = true;
    const { container } = render(ScenarioCard, { card: linked, busy: false, onstart: () => {} });
    expect(screen.getByTestId('class-note')).toHaveTextContent('Commerce choisi par votre enseignant');
    expect(screen.getByTestId('class-note')).toHaveTextContent(/Graine fixée par le lien de classe : 42/);
    expect(container.querySelector('.lock-note')).toHaveTextContent(/Impossible à atteindre avec le lien de votre enseignant/);
    expect(screen.getByText(/toute la classe joue la même partie/)).toBeInTheDocument();
  });
});
