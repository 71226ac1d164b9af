/** Past decisions name the programme a stop decision ends, from the log that started it (what-if history, team view). */
import { describe, expect, it } from 'vitest';
import { describeAction } from '../../../src/app/actionText.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { translate, type MessageKey, type Params } from '../../../src/i18n/translate.ts';
import { programmeNamesFromLog } from '../../../src/ui/decisions/programmeName.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const fr = (key: string, params?: Params) => translate('fr', key as MessageKey, params);
const log: DecisionsLog = [
  {
    tick: 2,
    actions: [
      { type: 'enquete', instrument: 'questionnaire', sampleSize: 100 },
      { type: 'lienSocial', instrument: 'club', target: {} },
    ],
  },
  { tick: 5, actions: [{ type: 'arreterProgramme', programmeId: '2:1' }] },
];

describe('programme names from a decisions log', () => {
  const names = programmeNamesFromLog(log, 'month', fr);

  it('names the action at « tick:index » with the period it started', () => {
    expect(names('2:1')).toBe('Lien social — Club clients (lancé le mois 3)');
  });

  it('knows nothing of ids the log does not start as a programme', () => {
    expect(names('2:0')).toBeUndefined();
    expect(names('4:0')).toBeUndefined();
    expect(names('nonsense')).toBeUndefined();
  });

  it('lets a stop decision say what it stops', () => {
    expect(describeAction(log[1].actions[0], fr, 'fr', 'month', names)).toBe(frenchText`Arrêt d’un programme : Lien social — Club clients (lancé le mois 3)`);
  });
});
