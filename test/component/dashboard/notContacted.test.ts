/**
 * After launch, the programmes table still says who an e-mail or SMS programme could not contact
 * for want of consent (RGPD, ProgrammeKpi.withoutConsent; QA4 F2), and why it has no control group:
 * too few consented out of a big enough target, not « cible trop petite » (F1).
 */
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ProgrammesTable from '../../../src/ui/dashboard/ProgrammesTable.svelte';
import type { ProgrammeKpi } from '../../../src/engine/types.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const base = { type: 'lienSocial', strategy: 'lienSocial', startTick: 0, costThisTick: 10, costToDate: 30, roi: null, incrementalMarginToDate: null, incrementalMarginError: null } as const;
const event: ProgrammeKpi = { ...base, id: '0:0', instrument: 'evenementPrive', targeted: 235, controlGroup: 0, withoutConsent: 322 };
const club: ProgrammeKpi = { ...base, id: '0:1', instrument: 'club', targeted: 120, controlGroup: 0 };

describe('programmes table: customers not contacted for want of consent', () => {
  it('says how many were not contacted and that too few consented, with the way forward', () => {
    render(ProgrammesTable, { programmes: [event, club], tickUnit: 'week' });
    const row = screen.getByRole('row', { name: /Événement privé/ });
    expect(norm(within(row).getByTestId('not-contacted').textContent)).toBe('322 non contactés faute de consentement (RGPD)');
    const text = norm(row.textContent);
    expect(text).toContain('seuls 235 clients sur 557 avaient donné leur consentement');
    expect(text).toContain('lancez d’abord une collecte de données');
    expect(text).not.toContain('cible trop petite');
  });

  it('an in-store programme too small for a control group still says « cible trop petite », and nothing about consent', () => {
    render(ProgrammesTable, { programmes: [club], tickUnit: 'week' });
    const row = screen.getByRole('row', { name: /Club/ });
    expect(within(row).queryByTestId('not-contacted')).toBeNull();
    expect(row).toHaveTextContent('cible trop petite');
  });
});
