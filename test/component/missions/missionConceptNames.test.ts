/**
 * QA qa19 F11: in English, a mission's concepts listed « Customer segments (nouveau, bon, très bon, futur
 * non-client, inactif) », the glossary's title with the course's French names, where every other screen
 * says « New customer (RFM) », « Good customer ». The missions name the concept as the French title does.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import MissionBrief from '../../../src/ui/missions/MissionBrief.svelte';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';
import { loadLocale, setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

describe('a mission’s concepts', () => {
  afterEach(() => setLocale('fr'));

  it('name the customer segments without the French segment names in English, linked to the glossary card', async () => {
    const path = (await loadShippedMissionPaths()).find((p) => p.scenario === 'boulangerie-du-marche')!;
    const base = shippedScenarioList().find((s) => s.id === 'boulangerie-du-marche')!;
    expect(path.missions[0].concepts).toContain('segments');
    render(MissionBrief, { path, index: 0, base, canStart: true, played: false, busy: false, onstart: () => {} });
    expect(screen.getByRole('link', { name: 'Segments de clientèle' })).toHaveAttribute('href', expect.stringContaining('segments'));
    expect(screen.getByRole('link', { name: 'Base de données clients (BDD)' })).toBeInTheDocument();
    await loadLocale('en', 'missions');
    await setLocale('en');
    const link = await screen.findByRole('link', { name: 'Customer segments' });
    expect(link).toHaveAttribute('href', expect.stringContaining('segments'));
    expect(document.body).not.toHaveTextContent(/futur non-client|très bon/);
    // nor the French term the English card's title adds (QA qa21 F2: « Customer database (BDD) »)
    expect(screen.getByRole('link', { name: 'Customer database' })).toHaveAttribute('href', expect.stringContaining('bdd'));
  });
});
