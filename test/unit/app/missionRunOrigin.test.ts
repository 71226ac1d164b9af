/**
 * A mission's run keeps the mission's scenario (« Boulangerie du Marché — mission 3 : Réclamations et enquêtes »), but
 * its name holds the shop whose path it is (« Boulangerie du Marché — Mission 3 (1907) »): runOrigin reads that shop
 * back, in both languages, so that the name is shown in the reader's language (QA qa31phoneEn n6: it stayed French on
 * an English page), and a branch of it kept when its original is deleted is named « <shop> (<seed>) » as any kept branch
 * (review21 n7: « Boulangerie du Marché — mission 3 : Réclamations et enquêtes (42) »).
 */
import { describe, expect, it } from 'vitest';
import { runOrigin, shownRunName } from '../../../src/app/defaultRunName.ts';
import { keptRunName } from '../../../src/app/storedRun.ts';
import type { RunRecord } from '../../../src/db/schema.ts';
import { translate, type Locale, type MessageKey, type Params } from '../../../src/i18n/translate.ts';
import { missionShopName } from '../../../src/missions/missionName.ts';
import { missionScenario } from '../../../src/missions/missionScenario.ts';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';
import { shippedScenarioList } from './testServices.ts';

const tOf = (locale: Locale) => (key: MessageKey, params?: Params) => translate(locale, key, params);

async function missionScenarios() {
  const shops = shippedScenarioList();
  const paths = await loadShippedMissionPaths();
  expect(paths.length).toBeGreaterThan(0);
  return paths.flatMap((path) => {
    const base = shops.find((s) => s.id === path.scenario)!;
    return path.missions.map((mission, i) => ({ base, scenario: missionScenario(base, mission, i) }));
  });
}

describe('the shop of a mission’s run', () => {
  it('is read back from every shipped mission’s scenario, in both languages', async () => {
    for (const { base, scenario } of await missionScenarios()) {
      expect(missionShopName(scenario.id, scenario.name)).toEqual(base.name);
      expect(runOrigin(scenario.id, scenario.name, 42)).toEqual({ shop: base.name, seed: 42 });
    }
  });

  it('is the scenario’s own name for a free game, and a shop whose name holds « — mission n : » keeps it', () => {
    const free = { fr: 'Boulangerie du Marché', en: 'Market Square Bakery' };
    expect(runOrigin('boulangerie-du-marche', free, 7)).toEqual({ shop: free, seed: 7 });
    const odd = { fr: 'Atelier — mission 2 : réparer — mission 2 : Fidéliser', en: 'Workshop — mission 2: Loyalty' };
    expect(missionShopName('atelier-mission-2', odd)).toEqual({ fr: 'Atelier — mission 2 : réparer', en: 'Workshop' });
    // the id's number tells the mission's part: another number's is not cut
    expect(missionShopName('atelier-mission-3', odd)).toBeNull();
    expect(missionShopName('atelier-mission-2', { fr: 'Atelier — mission 2 : Fidéliser' })).toEqual({ fr: 'Atelier' });
  });

  it('shows a mission run’s name given in French in English, and back', async () => {
    const { scenario } = (await missionScenarios())[2];
    const origin = runOrigin(scenario.id, scenario.name, 1907);
    const fr = translate('fr', 'home.runName.mission', { shop: origin.shop.fr, n: 3, seed: 1907 });
    const en = translate('en', 'home.runName.mission', { shop: origin.shop.en!, n: 3, seed: 1907 });
    expect(en).not.toBe(fr);
    expect(shownRunName(tOf('en'), 'en', 'week', { name: fr }, origin)).toBe(en);
    expect(shownRunName(tOf('fr'), 'fr', 'week', { name: en }, origin)).toBe(fr);
  });

  it('names a mission run’s kept branch « <shop> (<seed>) », numbered when taken', async () => {
    const { base, scenario } = (await missionScenarios())[2];
    const kept = { id: 'b', scenarioId: scenario.id, scenario, seed: 42 } as unknown as RunRecord;
    expect(keptRunName(kept, [])).toBe(`${base.name.fr} (42)`);
    expect(keptRunName(kept, [`${base.name.fr} (42)`])).toBe(`${base.name.fr} (42) 2`);
    // the same name started in English is taken as well (shown alike in one language)
    expect(keptRunName(kept, [`${base.name.en} (42)`])).toBe(`${base.name.fr} (42) 2`);
    expect(shownRunName(tOf('en'), 'en', 'week', { name: keptRunName(kept, []) }, runOrigin(scenario.id, scenario.name, 42))).toBe(`${base.name.en} (42)`);
  });
});
