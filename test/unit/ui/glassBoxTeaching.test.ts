/**
 * Glass-box rules a course expert read (QA teacher): TARP shares are « after a service incident » and for
 * minor problems (F14: read alone, 63 % of those who do not complain left); the acquisition channel is
 * « prospectus », not « flyers » (F15); « insatisfaction » departures include ordinary dropouts of clearly
 * less satisfied customers, not only those under 0,5 (F23, churn.ts); and the churn / retention glass
 * boxes put incidents next to complaints since the start (F9: most dissatisfied customers never complain).
 */
import { describe, expect, it } from 'vitest';
import { glassBox } from '../../../src/ui/glassBox/glassBoxFigures.ts';
import { glassSentence } from '../../../src/ui/glassBox/glassText.ts';
import { shippedScenarios } from '../../../src/scenario/shipped.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const kpis = makeKpiSeries(2, (k) => (k.tick === 0 ? { ...k, incidents: 800, complaints: 90 } : { ...k, incidents: 839, complaints: 92 }));
// a real weekly shop: the costs in the rules come from its basket since 02/12/2026 (unitCosts.ts)
const { scenario } = shippedScenarios().scenarios.find((s) => s.file === 'boulangerie-du-marche.json')!;
const rule = (id: 'churn' | 'retention' | 'acquisitions', key: string, locale: 'fr' | 'en' = 'fr') =>
  plain(glassSentence(locale, 'rule', glassBox(id, kpis, scenario).rules.find((l) => l.key === key)!, 'week'));
const lineOf = (id: 'churn' | 'retention', key: string, locale: 'fr' | 'en' = 'fr') =>
  plain(glassSentence(locale, 'line', glassBox(id, kpis, scenario).lines.find((l) => l.key === key)!, 'week'));

describe('glass-box rules as the course says them', () => {
  it('TARP: after a service incident, minor problems (F14)', () => {
    expect(rule('churn', 'tarp')).toMatch(/^Réclamations \(TARP, problèmes mineurs\) : après un incident de service, restent fidèles 37 % de ceux qui ne se plaignent pas/);
    expect(rule('churn', 'tarp', 'en')).toMatch(/^Complaints \(TARP, minor problems\): after a service incident, 37% of those who do not complain stay loyal/);
  });
  it('calls the channel « prospectus » in French (F15)', () => {
    expect(rule('acquisitions', 'acquisition')).toContain('(prospectus 36,90 €,');
    expect(rule('acquisitions', 'acquisition')).not.toContain('flyers');
  });
  it('English: « 1 × the shop’s reference basket », the channel as Decisions names it, the referrer (QA qa21 F3)', () => {
    const en = rule('acquisitions', 'acquisition', 'en');
    expect(en).toMatch(/, social media €[\d.]+, .*the welcome offer, 1 × the shop’s reference basket, i\.e\. /);
    expect(en).toContain(' to the referrer and as much to the referred friend');
    expect(en).not.toMatch(/sponsor|social networks/);
  });
  it('says which departures count as « insatisfaction »: under 0,5, or a clearly less satisfied customer’s ordinary dropout (F23)', () => {
    // churn.ts: exp(4 × (ref − S)) > 1,5 ⇔ S more than ln(1,5) ÷ 4 ≈ 0,1 below the starting mean
    expect(rule('churn', 'churn')).toContain(
      'l’insatisfaction (satisfaction sous 0,5 ; ou bien un abandon ordinaire, après un achat, d’un client nettement moins satisfait que la moyenne de départ du magasin : plus de 0,1 en dessous)',
    );
    expect(rule('churn', 'churn', 'en')).toContain('more than 0.1 below it');
  });
  it('puts incidents next to complaints since the start in the churn and retention glass boxes (F9)', () => {
    for (const id of ['churn', 'retention'] as const)
      expect(lineOf(id, 'complaintsSilent')).toBe(
        'Depuis le début : 1 639 incidents de service, 182 réclamations, soit 11,1 % : la plupart des clients mécontents ne se plaignent pas, le magasin ne connaît que ceux qui réclament.',
      );
    expect(lineOf('churn', 'complaintsSilent', 'en')).toMatch(/^Since the start: 1,639 service incidents, 182 complaints, i\.e\. 11\.1%/);
  });
});
