/**
 * Fidélis's measured satisfaction is the mean of the respondents' scores out of 100, written « 69,7 % »; the
 * course's « taux de satisfaction » is the share of respondents satisfied. Read as a share, « au moins 68 % »
 * became « 68 % des clients satisfaits » (QA qa25 F1): the card on measuring satisfaction tells the two apart,
 * and the shipped shops' satisfaction objectives and the missions' sentences say « moyenne ».
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossaryCards as fr } from '../../src/i18n/fr/glossaryCards.ts';
import { glossaryCards as en } from '../../src/i18n/en/glossaryCards.ts';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
/** every objective (shops) or check (missions) on the measured satisfaction, with its sentences */
function satisfactionTexts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) satisfactionTexts(n, out);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.metric === 'measuredSatisfaction') out.push(JSON.stringify(o.label ?? o));
    for (const v of Object.values(o)) satisfactionTexts(v, out);
  }
  return out;
}

describe('measured satisfaction is a mean score, not a taux de satisfaction', () => {
  it('the glossary card « Mesurer la satisfaction » tells the two apart, in French and in English', () => {
    expect(fr.mesureSatisfaction.body).toMatch(/taux de satisfaction est la part des répondants qui se disent satisfaits/);
    expect(fr.mesureSatisfaction.body).toMatch(/Fidélis mesure une satisfaction moyenne/);
    expect(en.mesureSatisfaction.body).toMatch(/satisfaction rate \(taux de satisfaction\) is the share of respondents/);
    expect(en.mesureSatisfaction.body).toMatch(/Fidélis measures mean satisfaction/);
  });

  it('the shipped shops’ satisfaction objectives ask for a mean satisfaction', () => {
    const labels = readdirSync('scenarios')
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => satisfactionTexts(json(`scenarios/${f}`).objectives));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/satisfaction moyenne.*mean satisfaction/);
  });

  it('the missions’ satisfaction sentences say « moyenne »', () => {
    const dir = 'scenarios/missions';
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
      .filter((text) => text.includes('measuredSatisfaction'));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).toContain('la satisfaction moyenne mesurée doit être connue');
      expect(text).toContain('measured mean satisfaction must be known');
    }
  });
});
