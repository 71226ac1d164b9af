/**
 * The event feed says what the learner's actions did (report QA3a A3, A7, B7, C9), from real engine
 * runs of the shipped cosmetics shop (Belle Nature: BeautéDiscount.fr copies a discount after 2
 * weeks; Saint-Valentin is a high season at week 7).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../src/engine/index.ts';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import { parseScenario } from '../../../src/scenario/load.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { tickItems, type FeedItem } from '../../../src/ui/dashboard/eventFeed.ts';
import { feedText } from '../../../src/ui/dashboard/feedText.ts';

function shipped(id: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(id);
  return parsed.scenario;
}

const cosmetics = shipped('cosmetiques-en-ligne');
const run = runSimulation(cosmetics, {
  seed: cosmetics.defaultSeed,
  customers: 2000,
  ticks: 9,
  decisions: decisionsLogSchema.parse([
    {
      tick: 1,
      actions: [
        { type: 'financier', instrument: 'coupon', discountRate: 0.2, target: { motives: ['argent'], stages: ['actif'] } },
        { type: 'collecteDonnees', instrument: 'carteFidelite', target: { limit: 300 } },
      ],
    },
    { tick: 8, actions: [{ type: 'arreterProgramme', programmeId: '1:0' }] },
  ]),
});
const kpis = run.reports.map((r) => r.kpis);
const items = (tick: number): FeedItem[] => tickItems(cosmetics, kpis[tick], kpis.slice(0, tick), run.reports[tick]);
const kinds = (tick: number) => items(tick).map((i) => i.kind);
/** the words with ordinary spaces (Intl puts no-break spaces in numbers and before %) */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const texts = (tick: number, locale: 'fr' | 'en' = 'fr') => items(tick).map((i) => plain(feedText(locale, i)));

describe('a 20 % coupon programme in the cosmetics shop', () => {
  const imitator = cosmetics.competitors.find((c) => c.id === 'beaute-discount')!;
  const copiedAt = 1 + imitator.imitationDelayTicks;

  it('is said copied by its competitor at the tick it happens, and only then', () => {
    expect(copiedAt).toBe(3);
    for (let t = 0; t < 9; t++) expect(kinds(t).includes('imitated'), `tick ${t}`).toBe(t === copiedAt);
    expect(texts(copiedAt)).toContain(
      'BeautéDiscount.fr imite votre avantage financier (Bons de réduction) : il perd 80 % de son effet (hausse des achats, protection contre la concurrence). Un avantage financier est facile à copier.',
    );
    expect(texts(copiedAt, 'en').some((t) => t.startsWith('BeautéDiscount.fr copies your financial advantage (Coupons)'))).toBe(true);
  });

  it('when stopped, says where the members’ reference price stands and what follows', () => {
    const ended = items(8);
    const back = ended.find((i) => i.kind === 'priceReturn');
    expect(back).toBeDefined();
    const text = plain(feedText('fr', back!));
    expect(text).toMatch(/^Fin de la remise \(Bons de réduction\) : \d[\d ]* membres paient de nouveau le prix normal, en moyenne \d+(,\d)? % au-dessus/);
    // the second sentence follows the engine's count of members beyond the tolerance
    if (back!.kind === 'priceReturn' && back!.beyondTolerance > 0) expect(text).toContain('dépasse 3 %');
    else expect(text).toContain('Pour aucun');
    // after the end line of the same programme
    expect(ended.findIndex((i) => i.kind === 'programmeEnded')).toBeLessThan(ended.indexOf(back!));
  });

  it('a data collection says how many were asked, accepted and refused, and the cost', () => {
    const d = items(1).find((i) => i.kind === 'dataCollection');
    expect(d).toBeDefined();
    if (d?.kind !== 'dataCollection') return;
    expect(d.accepted).toBeGreaterThan(0);
    expect(plain(feedText('fr', d))).toMatch(
      /^Collecte de données \(Carte de fidélité\) : \d[\d ]* clients sollicités, \d[\d ]* ont accepté \(consentement enregistré, données mieux connues\), \d[\d ]* ont refusé\. Coût : \d[\d ]* €\.$/,
    );
    expect(kinds(2)).not.toContain('dataCollection');
  });
});

describe('a shop event named by the scenario', () => {
  it('says what it is and what it does, not only its name', () => {
    const valentine = cosmetics.events.find((e) => e.label?.fr === 'Saint-Valentin')!;
    expect(valentine.tick).toBeLessThan(9);
    expect(texts(valentine.tick)).toContain('Saint-Valentin : haute saison, les clients achètent plus souvent (+40 % d’achats pendant 1 semaine).');
    expect(texts(valentine.tick, 'en')).toContain("Valentine's Day: high season, customers buy more often (+40% purchases for 1 week).");
  });
});

describe('a competitor’s scripted imitation (Glow Lab, week 33 of the cosmetics shop)', () => {
  const glow = cosmetics.competitors.find((c) => c.events.some((e) => e.kind === 'imitation'))!;
  const at = glow.events.find((e) => e.kind === 'imitation')!.tick;
  /** its French name (the shipped scenarios name competitors in both languages) */
  const name = typeof glow.name === 'string' ? glow.name : glow.name.fr;
  const lines = (decisions: unknown[]) => {
    const r = runSimulation(cosmetics, { seed: cosmetics.defaultSeed, customers: 500, ticks: at + 1, decisions: decisionsLogSchema.parse(decisions) });
    const ks = r.reports.map((x) => x.kpis);
    return tickItems(cosmetics, ks[at], ks.slice(at - 8, at), r.reports[at]).map((i) => plain(feedText('fr', i)));
  };

  it('says it changes nothing when no financial advantage is running', () => {
    const said = lines([]);
    expect(said.some((t) => t.startsWith(`${name} copie les avantages financiers de ses concurrents : vous n’en avez aucun en cours`))).toBe(true);
    expect(said.some((t) => t.includes('imite votre avantage financier'))).toBe(false);
  });

  it('names the advantage it copies when one is running and not yet copied', () => {
    // launched one week before: the delay-based imitations (2 and 4 weeks) have not come yet
    const said = lines([{ tick: at - 1, actions: [{ type: 'financier', instrument: 'points', discountRate: 0.05, target: {} }] }]);
    expect(said.some((t) => t.startsWith(`${name} imite votre avantage financier (Programme à points)`))).toBe(true);
    expect(said.some((t) => t.includes('copie les avantages financiers'))).toBe(false);
  });
});
