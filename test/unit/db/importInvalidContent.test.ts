/**
 * A run file the schema refuses without a problem the reader can name (review15 #8): the message read
 * « Fichier de partie invalide : . Il a sans doute été modifié… », an empty reason between its colon and full stop.
 * The reader is made to find nothing here; a real file takes that path only when the two disagree.
 */
import { describe, expect, it, vi } from 'vitest';
import { DbError } from '../../../src/db/errors.ts';
import { parseRunFile } from '../../../src/db/importRun.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

vi.mock('../../../src/scenario/validate.ts', async (original) => ({
  ...(await original<typeof import('../../../src/scenario/validate.ts')>()),
  checkFile: (_schema: unknown, input: unknown) => ({ ok: true, value: input }),
}));

describe('an invalid run file with no problem named', () => {
  it('says the file is not a run Fidélis exported, with no empty reason, in both languages', () => {
    let error: unknown;
    try {
      parseRunFile('{"format": "fidelis-run", "version": 1}');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DbError);
    const refused = error as DbError;
    expect(translate('fr', refused.messageKey, refused.params)).toBe(
      frenchText`Fichier de partie invalide : son contenu n’est pas celui d’une partie exportée par Fidélis. Il a sans doute été modifié ou abîmé : exportez de nouveau la partie depuis l’ordinateur et le navigateur où elle a été jouée.`,
    );
    expect(translate('en', refused.messageKey, refused.params)).toBe(
      'Invalid run file: its content is not that of a run exported by Fidélis. It was probably changed or damaged: export the run again from the computer and browser it was played in.',
    );
  });
});
