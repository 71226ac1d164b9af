/**
 * Mission 5 says « ciblez » while, on a narrow target, the strategy form says the control group is too small to prove
 * the effect and the mission bilan ends on « effet non démontré » (QA qa27missions m2). Every shop's mission says which
 * one wins here (the budget) and that the effect not proven on a small target is expected, in its brief and its recap.
 */
import { describe, expect, it } from 'vitest';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';

describe('mission 5 says the budget comes before the proof', () => {
  it('in every shop, French and English', async () => {
    const paths = await loadShippedMissionPaths();
    expect(paths).toHaveLength(4);
    for (const path of paths) {
      const mission = path.missions.find((m) => m.id === 'personnalisation')!;
      expect(mission.brief.fr, path.scenario).toMatch(/le budget passe avant la preuve : ciblez peu de clients.*groupe témoin est petit.*« effet non démontré »\. C’est attendu ici : la mission se juge sur le budget/);
      expect(mission.brief.en, path.scenario).toMatch(/the budget comes before the proof: target few customers.*control group is small.*“no proven effect”\. That is expected here: the mission is judged on the budget/);
      expect(mission.recap.fr, path.scenario).toMatch(/Sur une petite cible, son effet se démontre mal \(groupe témoin trop petit\)/);
      expect(mission.recap.en, path.scenario).toMatch(/On a small target its effect is hard to prove \(too small a control group\)/);
    }
  });
});
