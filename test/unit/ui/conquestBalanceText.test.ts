/**
 * Mission 6's arrivals against departures (QA qa27missions M4) count each figure with its own plural: a small teacher-made
 * shop can have one arrival or no departure, and « 1 nouveaux clients », « 0 départs » were wrong French (review17 m2).
 */
import { describe, expect, it } from 'vitest';
import { conquestBalanceText } from '../../../src/ui/missions/missionCaveats.ts';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('conquestBalanceText', () => {
  it('says one arrival, one recruit and no departure in the singular, in French and English', () => {
    expect(plain(conquestBalanceText('fr', 'missions.debrief.conquestCovered', { arrivals: 1, recruits: 1, departures: 0 }))).toBe(
      'Pendant la mission, 1 nouveau client (dont 1 recrue de vos campagnes) pour 0 départ.',
    );
    expect(conquestBalanceText('en', 'missions.debrief.conquestCovered', { arrivals: 1, recruits: 1, departures: 1 })).toBe(
      'During the mission, 1 new customer (including 1 recruit from your campaigns) for 1 departure.',
    );
  });

  it('keeps the plural for larger counts', () => {
    expect(plain(conquestBalanceText('fr', 'missions.debrief.caveatConquestShort', { arrivals: 1286, recruits: 41, departures: 2510 }))).toMatch(
      /^Pendant la mission, 1 286 nouveaux clients \(dont 41 recrues de vos campagnes\) contre 2 510 départs : la conquête seule/,
    );
  });
});
