/**
 * The Bilan's personalisation finding said « Aucune collecte de données avant son lancement : elle n’a pu
 * s’appuyer que sur ce que le magasin savait déjà de ses membres » without saying how much that was (QA
 * expert F5: 288 of 595 members held card data, the relance worked). With the engine's record of the
 * members' profile data at the launch (ProgrammeKpi.membersWithData, membersDataKnown), it counts them.
 */
import { describe, expect, it } from 'vitest';
import { findingClauses } from '../../../src/ui/debrief/findingText.ts';

const plain = (s: string | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('Bilan, personalisation without a collection before: what the shop knew of its members', () => {
  it('counts the members with profile data and the mean share known, in both languages', () => {
    const params = { instrument: 'relancePersonnalisee', tick: 0, count: 595, cost: 4134, collected: 0, withData: 288, dataKnown: 0.283 };
    expect(plain(findingClauses('fr', params).data)).toBe(
      'Aucune collecte de données avant ni pendant le programme : elle n’a pu s’appuyer que sur ce que le magasin savait déjà de ses membres : 288 sur 595 avaient des données de profil, par leur carte de fidélité, et il en savait en moyenne 28 % de ce qui lui serait utile. ',
    );
    expect(plain(findingClauses('en', params).data)).toContain(
      '288 of 595 had profile data, through their loyalty card, and it knew on average 28% of what would be useful',
    );
  });

  it('keeps the earlier sentence for a run saved before the record, and the collection’s for a collection', () => {
    expect(plain(findingClauses('fr', { count: 595, collected: 0 }).data)).toBe(
      'Aucune collecte de données avant ni pendant le programme : elle n’a pu s’appuyer que sur ce que le magasin savait déjà de ses membres, par leur carte de fidélité quand ils en ont une. ',
    );
    expect(plain(findingClauses('fr', { count: 595, collected: 120, withData: 300, dataKnown: 0.4 }).data)).toMatch(
      /^Avant son lancement, les collectes de données avaient recueilli les données de 120 clients/,
    );
  });
});
