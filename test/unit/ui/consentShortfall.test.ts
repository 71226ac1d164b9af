/**
 * After launch, every screen still knows who an e-mail or SMS programme could not contact for want
 * of consent (ProgrammeKpi.withoutConsent; QA4 F2) and tells « too few consented » from « target too
 * small » when it has no control group (F1): the feed's launch line from a real run, the programmes
 * table's texts (dashboard and Bilan), the comparison chart's note and the glass box.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, stepSimulation } from '../../../src/engine/index.ts';
import { actionSchema } from '../../../src/engine/decisions.ts';
import type { ProgrammeKpi, TickKpis } from '../../../src/engine/types.ts';
import { tickItems } from '../../../src/ui/dashboard/eventFeed.ts';
import { feedText } from '../../../src/ui/dashboard/feedText.ts';
import { notContactedText, programmeMarginText } from '../../../src/ui/dashboard/programmeEffectText.ts';
import { noControlGroupText } from '../../../src/ui/charts/programmeComparisonConfig.ts';
import { glassBox } from '../../../src/ui/glassBox/glassBoxFigures.ts';
import { glassSentence } from '../../../src/ui/glassBox/glassText.ts';
import { loadLocale } from '../../../src/i18n/locale.svelte.ts';
import { testScenario } from '../engine/fixtures.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const base = { type: 'lienSocial', strategy: 'lienSocial', startTick: 0, costThisTick: 10, costToDate: 30, roi: null, incrementalMarginToDate: null, incrementalMarginError: null } as const;
const event: ProgrammeKpi = { ...base, id: '0:0', instrument: 'evenementPrive', targeted: 235, controlGroup: 0, withoutConsent: 322 };
const small: ProgrammeKpi = { ...base, id: '0:1', instrument: 'club', targeted: 120, controlGroup: 0 };

describe('a programme whose target mostly did not consent', () => {
  it('the feed says at launch how many were contacted and how many were not for want of consent', async () => {
    await loadLocale('en');
    const scenario = testScenario();
    const state = createSimulation(scenario, { seed: 11 });
    state.customers.consent.fill(0);
    for (let i = 0; i < 300; i += 3) state.customers.consent[i] = 1;
    const reminder = actionSchema.parse({ type: 'personnalisation', instrument: 'relancePersonnalisee', target: { limit: 300 } });
    const report = stepSimulation(state, scenario, [reminder]);
    const p = report.kpis.programmes[0];
    expect(p.withoutConsent).toBeGreaterThan(100);
    const item = tickItems(scenario, report.kpis, [], report).find((i) => i.kind === 'programmeWithoutConsent');
    expect(item).toMatchObject({ contacted: p.targeted, withoutConsent: p.withoutConsent });
    expect(plain(feedText('fr', item!))).toBe(
      `Programme lancé : Personnalisation — Relance personnalisée, ${p.targeted} clients contactés. ${p.withoutConsent} clients de la cible sans consentement n’ont pas été contactés (RGPD) : une collecte de données peut le recueillir.`,
    );
    expect(plain(feedText('en', item!))).toContain(`${p.withoutConsent} customers of the target without consent were not contacted (GDPR)`);
    // the next period says nothing more
    const next = stepSimulation(state, scenario, []);
    expect(tickItems(scenario, next.kpis, [report.kpis], next).some((i) => i.kind === 'programmeWithoutConsent')).toBe(false);
  });

  it('the programmes table (dashboard, Bilan) says who was not contacted and why there is no control group', () => {
    expect(notContactedText('fr', event)).toBe('322 non contactés faute de consentement (RGPD)');
    expect(notContactedText('fr', { withoutConsent: 1 })).toBe('1 non contacté faute de consentement (RGPD)');
    expect(notContactedText('fr', small)).toBeNull();
    const note = plain(programmeMarginText('fr', event).note);
    expect(note).toContain('seuls 235 clients sur 557 avaient donné leur consentement');
    expect(note).toContain('collecte de données');
    expect(note).not.toContain('cible trop petite');
    expect(programmeMarginText('fr', small).note).toContain('cible trop petite');
  });

  it('the comparison chart says too few consented, not « la cible était trop petite »', () => {
    expect(plain(noControlGroupText('fr', event))).toContain('seuls 235 clients sur 557 avaient donné leur consentement');
    expect(plain(noControlGroupText('fr', small))).toContain('la cible était trop petite');
  });

  it('the glass box of the net margin says so too', () => {
    const kpis = [{ tick: 0, programmes: [event, small], grossMargin: 0, costs: 0 } as unknown as TickKpis];
    const lines = glassBox('netMargin', kpis, testScenario()).lines;
    const consent = lines.find((l) => l.key === 'roiUnmeasuredConsent')!;
    expect(plain(glassSentence('fr', 'line', consent, 'week'))).toContain('trop peu de consentements à un e-mail ou un SMS (RGPD) : 235 sur 557 clients de la cible');
    expect(lines.filter((l) => l.key === 'roiUnmeasured')).toHaveLength(1);
  });
});
