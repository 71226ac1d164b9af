import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import { parseDecisions } from '../../../src/scenario/loadDecisions.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const EXAMPLES = 'scenarios/examples';

describe('decisions files', () => {
  it('every example decisions file is a valid DecisionsLog without unknown fields', () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.decisions.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(`${EXAMPLES}/${file}`, 'utf8');
      const result = parseDecisions(text);
      expect(result.ok, file).toBe(true);
      if (result.ok) expect(result.warnings).toEqual([]);
      expect(decisionsLogSchema.safeParse(JSON.parse(text)).success).toBe(true);
    }
  });

  it('the boulangerie example launches coupons on futurNonClient, then a club for tresBon, then stops the coupons', () => {
    const result = parseDecisions(readFileSync(`${EXAMPLES}/boulangerie-coupons.decisions.json`, 'utf8'));
    if (!result.ok) throw new Error('invalid example');
    const all = result.decisions.flatMap((d) => d.actions.map((a, i) => ({ tick: d.tick, index: i, a })));
    const coupon = all.find(({ a }) => a.type === 'financier');
    const club = all.find(({ a }) => a.type === 'lienSocial');
    const stop = all.find(({ a }) => a.type === 'arreterProgramme');
    expect(coupon?.a).toMatchObject({ instrument: 'coupon', target: { segments: ['futurNonClient'] } });
    expect(club?.a).toMatchObject({ instrument: 'club', target: { segments: ['tresBon'] } });
    expect(club!.tick).toBeGreaterThan(coupon!.tick);
    expect(stop?.a).toMatchObject({ programmeId: `${coupon!.tick}:${coupon!.index}` });
  });

  it('an unknown action type names the action and lists the possible types', () => {
    const result = parseDecisions('[\n  { "tick": 0, "actions": [ { "type": "promo" } ] }\n]');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0].where).toBe('[0].actions[0].type');
      expect(result.errors[0].field).toBe('décision n° 1 › action n° 1 › type');
      expect(result.errors[0].message).toContain(frenchText`type d’action inconnu « promo »`);
      expect(result.errors[0].message).toContain('financier');
      expect(result.errors[0].line).toBe(2);
    }
  });

  it('a discount out of range gives the bounds', () => {
    const result = parseDecisions([{ tick: 3, actions: [{ type: 'financier', instrument: 'coupon', discountRate: 0.8 }] }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].text).toBe(frenchText`[0].actions[0].discountRate « décision n° 1 › action n° 1 › taux de remise » : doit être compris entre 0,01 et 0,5 (reçu : 0,8)`);
  });

  it('ticks must increase', () => {
    const result = parseDecisions([
      { tick: 5, actions: [] },
      { tick: 5, actions: [] },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].text).toContain('strictement croissantes');
  });

  it('a file that is not a list, or not JSON', () => {
    const notList = parseDecisions('{"tick": 0}');
    expect(notList.ok || notList.errors[0].message).toContain('liste JSON');
    const broken = parseDecisions('[{"tick": 0, "actions": []},]');
    expect(broken.ok || broken.errors[0].message).toContain('virgule en trop');
  });
});
