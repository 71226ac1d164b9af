/**
 * The Bilan's programmes table says who an e-mail or SMS programme could not contact for want of
 * consent (QA4 F2) and why it has no control group (too few consented, not « cible trop petite »:
 * F1); the costs section counts the unmeasured programmes with a real singular (« 1 programme »).
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DebriefProgrammes from '../../../src/ui/debrief/sections/DebriefProgrammes.svelte';
import DebriefCosts from '../../../src/ui/debrief/sections/DebriefCosts.svelte';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import type { ProgrammeKpi } from '../../../src/engine/types.ts';
import type { MoneySummary } from '../../../src/ui/debrief/moneySummary.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const event: ProgrammeKpi = {
  id: '0:0', type: 'lienSocial', strategy: 'lienSocial', instrument: 'evenementPrive', startTick: 0, costThisTick: 10, costToDate: 30, roi: null,
  incrementalMarginToDate: null, incrementalMarginError: null, targeted: 235, controlGroup: 0, withoutConsent: 322,
};

describe('Bilan: a programme whose target mostly did not consent', () => {
  it('says how many were not contacted and that too few consented', () => {
    render(DebriefProgrammes, { programmes: [{ programme: event }], format: debriefFormat('fr', 'week') });
    expect(norm(screen.getByTestId('not-contacted').textContent)).toBe('322 non contactés faute de consentement (RGPD)');
    // the explanation is the programme's note row, under its figures (QA tablet #11)
    const row = norm(screen.getByTestId('programme-note').textContent);
    expect(row).toContain('seuls 235 clients sur 557 avaient donné leur consentement');
    expect(row).not.toContain('cible trop petite');
    expect(norm(document.body.textContent)).toContain('trop peu de clients de la cible ayant consenti à un e-mail ou un SMS');
  });

  it('counts one unmeasured programme in the singular and names both causes', () => {
    const money = { costsByType: [], acquisitionByChannel: [], programmesUnmeasured: 1, programmeRoi: null } as unknown as MoneySummary;
    render(DebriefCosts, { money, format: debriefFormat('fr', 'week') });
    expect(norm(document.body.textContent)).toContain('1 programme sans groupe témoin (cible trop petite, ou trop peu de consentements à un e-mail ou un SMS) n’entre pas dans ce ROI');
  });
});
