/**
 * The editor's reach warnings: a template whose starting base was cut in half keeps objectives it
 * cannot meet (said, with the estimate); the shipped shops are not flagged; the English name left
 * as the template's is said. Warnings only: the scenario stays valid and playable.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shippedScenarios } from '../../../src/scenario/shipped.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { englishNameWarnings, englishTextWarnings, everyTickWarnings, reachEstimate, reachWarnings, staleEnglishPaths, staleLabelWarnings } from '../../../src/ui/editor/reachCheck.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { CAMPAIGN_ONE_OFF_SHARE, REFERRAL_CAMPAIGN_PARTICIPATION, REFERRAL_CONVERSION } from '../../../src/engine/params.ts';
import { recruitUnitCost, referralUnitCost, scenarioBasket } from '../../../src/engine/unitCosts.ts';

const shipped = shippedScenarios().scenarios.map((s) => s.scenario);
const bakery = shipped.find((s) => s.id === 'boulangerie-du-marche')!;
const withBase = (s: Scenario, initial: number): Scenario => ({ ...s, customers: { ...s.customers, initial } });

describe('reach warnings', () => {
  afterEach(() => setLocale('fr'));

  it('the shipped shops are not flagged', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(4);
    for (const s of shipped) expect(reachWarnings(s), s.id).toEqual([]);
  });

  it('the bakery with 1 500 customers instead of 3 000: its active customers and margin objectives are out of reach', () => {
    const half = withBase(bakery, 1500);
    // survivors of the 1 500 plus walk-ins and the recruits who stay of half the budget: under 2 330
    const estimate = reachEstimate(half);
    expect(estimate.survivors + estimate.recruits).toBeLessThan(2330);
    expect((estimate.marginPerTick - bakery.economics.fixedCostsPerTick) * 52 * 1.2).toBeLessThan(152_000);
    const warnings = reachWarnings(half);
    expect(warnings.map((w) => w.path)).toEqual([
      ['objectives', 0, 'target'],
      ['objectives', 1, 'target'],
    ]);
    expect(warnings.every((w) => w.severity === 'warning')).toBe(true);
    expect(warnings[0].text).toMatch(/^objectif n° 1 › valeur à atteindre\u00a0: Objectif sans doute hors d’atteinte\. La cible demande 2\s330 clients actifs, alors que les 1\s500 clients du départ/);
    expect(warnings[1].text).toMatch(/^objectif n° 2 › valeur à atteindre\u00a0: Objectif sans doute hors d’atteinte\. La cible demande 152\s000 € de marge nette cumulée/);
  });

  it('an objective on the cumulative net margin: what the starting base makes once the fixed costs are paid', () => {
    const netGoal = (s: Scenario, target: number): Scenario => ({
      ...s,
      objectives: [{ id: 'nette', label: { fr: 'nette' }, metric: 'cumulativeNetMargin', comparator: '>=', target, points: 1 }],
    });
    const e = reachEstimate(bakery);
    const net = (e.marginPerTick - bakery.economics.fixedCostsPerTick) * bakery.durationTicks;
    expect(reachWarnings(netGoal(bakery, net))).toEqual([]);
    const [far] = reachWarnings(netGoal(bakery, net * 1.3));
    expect(far.text).toMatch(/de marge nette cumulée, alors qu’une estimation grossière \(la partie sans action n’a pas pu être jouée\) donne au plus environ .* frais fixes déduits/);
  });

  it('says so in English too', async () => {
    await setLocale('en');
    const [active] = reachWarnings(withBase(bakery, 1500));
    expect(active.text).toMatch(/: Objective probably out of reach\. The target asks for 2,330 active customers, while the 1,500 starting customers/);
  });

  it('counts only the campaign recruits who stay: most of a paid campaign\'s leave after their next purchase (engine README « Acquisition »)', () => {
    const withChannels = (channels: Scenario['acquisitionChannels'], initial: number): Scenario => ({ ...bakery, acquisitionChannels: channels, budget: { initial, perTick: 0 } });
    const walkIns = reachEstimate(withChannels(['flyers'], 0)).recruits;
    // a recruit costs the contact plus a welcome offer of one bakery basket (unitCosts.ts; 30 € flat before 02/12/2026): 36,90 € in flyers
    const basket = scenarioBasket(bakery);
    // 60 000 € in flyers: half of it buys 30 000 ÷ 36,90 € recruits, of whom 15 % stay (CAMPAIGN_ONE_OFF_SHARE 0,85)
    const flyers = reachEstimate(withChannels(['flyers'], 60_000)).recruits - walkIns;
    expect(flyers).toBeCloseTo((30_000 / recruitUnitCost('flyers', basket)) * (1 - CAMPAIGN_ONE_OFF_SHARE), 6);
    // a referral campaign's recruits are referred customers: they stay, each paying the invitations it takes and both rewards
    const referral = reachEstimate(withChannels(['parrainage'], 6_000)).recruits - walkIns;
    expect(referral).toBeCloseTo(3_000 / referralUnitCost(basket), 6);
    // but no more than the starting customers' referrals in a year (every one counted satisfied: 30 % refer, 13 % of referrals come)
    const capped = reachEstimate(withChannels(['parrainage'], 600_000)).recruits - walkIns;
    expect(capped).toBeCloseTo(bakery.customers.initial * REFERRAL_CAMPAIGN_PARTICIPATION * REFERRAL_CONVERSION, 6);
    expect(reachWarnings(withBase(bakery, 1500))[0].message).toMatch(/les nouveaux clients qui restent .*la plupart des recrues d’une campagne payée repartent après leur achat suivant/);
  });

  it('warns when the fixed costs exceed the gross margin the starting base produces', () => {
    const e = reachEstimate(bakery);
    const costly: Scenario = { ...bakery, economics: { ...bakery.economics, fixedCostsPerTick: Math.ceil(e.startMarginPerTick) + 1 } };
    // the net-margin objective is out of reach too, the fixed costs eating the whole margin
    expect(reachWarnings(costly).map((w) => w.path)).toEqual([
      ['objectives', 1, 'target'],
      ['economics', 'fixedCostsPerTick'],
    ]);
    expect(reachWarnings(costly)[1].message).toMatch(/^Les charges fixes \(.* € par semaine\) dépassent la marge brute que la clientèle de départ produit/);
  });
});

describe('English name left as the template’s', () => {
  it('is said when the French name changed and the English one is still a shipped shop’s', () => {
    const renamed: Scenario = { ...bakery, name: { fr: 'Fleuriste des Lilas', en: 'Market Square Bakery' } };
    const [warning] = englishNameWarnings(renamed, shipped);
    expect(warning).toMatchObject({ severity: 'warning', path: ['name', 'en'] });
    expect(warning.message).toBe(frenchText`Le nom anglais est encore « Market Square Bakery », celui de « Boulangerie du Marché » : les élèves qui jouent en anglais verront ce nom. Traduisez le nouveau nom.`);
  });

  it('is not said for the shipped shop itself, a translated name or no English name', () => {
    expect(englishNameWarnings(bakery, shipped)).toEqual([]);
    expect(englishNameWarnings({ ...bakery, name: { fr: 'Fleuriste des Lilas', en: 'Lilac Florist' } }, shipped)).toEqual([]);
    expect(englishNameWarnings({ ...bakery, name: { fr: 'Fleuriste des Lilas' } }, shipped)).toEqual([]);
  });
});

describe('« à chaque période » on a metric that only grows (QA qa19 F9)', () => {
  afterEach(() => setLocale('fr'));

  it('is a remark on the box: the first period only for « au moins », nothing for « au plus »', async () => {
    const objectives = bakery.objectives.map((o, i) =>
      i === 0 ? { ...o, metric: 'cumulativeTurnover' as const, comparator: '>=' as const, everyTick: true } : i === 1 ? { ...o, metric: 'acquisitions' as const, comparator: '<=' as const, everyTick: true } : o,
    );
    const warnings = everyTickWarnings({ ...bakery, objectives });
    expect(warnings.map((w) => [w.severity, w.path])).toEqual([
      ['warning', ['objectives', 0, 'everyTick']],
      ['warning', ['objectives', 1, 'everyTick']],
    ]);
    expect(warnings[0].text).toBe(
      frenchText`objectif n° 1 › à chaque période : « Chiffre d’affaires cumulé » ne fait que croître au fil de la partie : sa plus basse valeur est celle de la semaine 1. Cocher la case revient donc à ne vérifier que la semaine 1. Décochez la case pour vérifier la valeur à l’échéance.`,
    );
    expect(warnings[1].message).toMatch(/^«.Clients recrutés.» ne fait que croître .*sa plus haute valeur est celle de l’échéance\..*ne change donc rien/);
    await setLocale('en');
    expect(everyTickWarnings({ ...bakery, objectives })[0].text).toMatch(/^objective 1 › at every period: “Cumulative turnover” only grows over the game: .*amounts to checking the first week only/);
  });

  it('is not said of a level metric, the gross or net margin, a box left unticked, or the shipped shops', () => {
    const objectives = [...bakery.objectives, { ...bakery.objectives[0], id: 'marge', metric: 'cumulativeMargin' as const }].map((o) => ({ ...o, everyTick: o.metric !== 'cumulativeTurnover' && o.metric !== 'acquisitions' }));
    expect(objectives.some((o) => o.everyTick)).toBe(true);
    expect(everyTickWarnings({ ...bakery, objectives })).toEqual([]);
    for (const s of shipped) expect(everyTickWarnings(s), s.id).toEqual([]);
  });
});

describe('English description and objective labels left as the template’s (QA qa31lesson M3)', () => {
  const cheese: Scenario = {
    ...bakery,
    name: { fr: 'Fromagerie des Halles' },
    description: { ...bakery.description, fr: 'Une fromagerie de halle couverte.' },
    objectives: bakery.objectives.map((o, i) => (i === 0 ? { ...o, label: { ...o.label, fr: 'Garder ses clients' } } : o)),
  };

  it('are said when their French was changed, and listed to clear', () => {
    expect(staleEnglishPaths(cheese, shipped)).toEqual([
      ['description', 'en'],
      ['objectives', 0, 'label', 'en'],
    ]);
    const warnings = englishTextWarnings(cheese, shipped);
    expect(warnings.map((w) => w.path)).toEqual([
      ['description', 'en'],
      ['objectives', 0, 'label', 'en'],
    ]);
    expect(warnings[0].message).toMatch(/^La description anglaise est encore celle du modèle/);
    expect(warnings[1].text).toMatch(/^objectif n° 1 › libellé › texte anglais\s: Le libellé anglais est encore celui du modèle/);
  });

  it('are not said for the shipped shop, a translated text or an English text left out (shown in French)', () => {
    for (const s of shipped) expect(staleEnglishPaths(s, shipped), s.id).toEqual([]);
    const translated: Scenario = { ...cheese, description: { fr: cheese.description.fr, en: 'A covered-market cheese shop.' }, objectives: cheese.objectives.map((o) => ({ ...o, label: { fr: o.label.fr } })) };
    expect(staleEnglishPaths(translated, shipped)).toEqual([]);
  });
});

describe('a template’s objective label kept for another metric or target (QA qa31lesson m3)', () => {
  it('is said when the metric changed, not for the shipped shops', async () => {
    for (const s of shipped) expect(staleLabelWarnings(s, shipped), s.id).toEqual([]);
    const churn: Scenario = { ...bakery, objectives: bakery.objectives.map((o, i) => (i === 0 ? { ...o, metric: 'churnRate', comparator: '<=', target: 0.008 } : o)) };
    const [w] = staleLabelWarnings(churn, shipped);
    expect(w.path).toEqual(['objectives', 0, 'label', 'fr']);
    expect(w.message).toMatch(/^Le libellé «\s?Avoir au moins 2\s330 clients actifs à la fin de l’année\s?» est celui d’un objectif du modèle \(«\s?Clients actifs\s?» au moins \(≥\) 2\s330\), mais cet objectif est maintenant «\s?Taux d’attrition\s?» au plus \(≤\) 0,008\s?: les élèves liraient un objectif qui n’est pas celui noté\. Réécrivez le libellé\.$/);
    // a new target is as misleading: the label says the template's figure
    expect(staleLabelWarnings({ ...bakery, objectives: bakery.objectives.map((o, i) => (i === 0 ? { ...o, target: 1500 } : o)) }, shipped)).toHaveLength(1);
    // a rewritten label: nothing to say
    expect(staleLabelWarnings({ ...churn, objectives: churn.objectives.map((o, i) => (i === 0 ? { ...o, label: { fr: 'Au plus 0,8 % d’attrition' } } : o)) }, shipped)).toEqual([]);
    await setLocale('en');
    expect(staleLabelWarnings(churn, shipped)[0].message).toMatch(/^The label “.*” is a template objective’s \(“Active customers” at least \(≥\) 2,330\), but this objective is now “Churn rate” at most \(≤\) 0\.008/);
    await setLocale('fr');
  });
});
