/**
 * « Retirer » on the Décisions screen follows the what-if plan's rule (app/whatif/planRemoval.ts, issue #4):
 * in a branch that took up the original's later decisions, removing a queued launch removes its planned
 * stop too (the engine would refuse it: « programme inconnu ») and the status line says so; removing a
 * decision before a launch gives that launch's planned stop the programme's new id.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import PendingDecisions from '../../../src/ui/decisions/PendingDecisions.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import type { Action } from '../../../src/engine/decisions.ts';
import { started } from './session.ts';

const survey: Action = { type: 'enquete', instrument: 'questionnaire', sampleSize: 30 };
const club: Action = { type: 'lienSocial', instrument: 'club', target: { limit: 60 } };
const nbsp = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** week 1's queue: a survey, then the club (programme « 0:1 »), whose stop a branch plans for week 4 */
async function branchLike() {
  const { session, notices } = await started();
  expect(session.add(survey)).toBe(true);
  expect(session.add(club)).toBe(true);
  session.planned = [{ tick: 3, actions: [{ type: 'arreterProgramme', programmeId: '0:1' }] }];
  render(PendingDecisions, { session, notices });
  return { session, user: userEvent.setup() };
}

afterEach(() => setLocale('fr'));

describe('« Retirer » a queued decision', () => {
  it('takes the launch’s planned stop with it and says so', async () => {
    const { session, user } = await branchLike();
    await user.click(screen.getByRole('button', { name: /Retirer la décision 2/ }));
    expect(session.pending).toEqual([survey]);
    expect(session.planned).toEqual([]);
    expect(nbsp(screen.getByRole('status').textContent)).toMatch(
      /^Décision retirée : .*Club.*\. Retiré aussi : l’arrêt de ce programme prévu \(Semaine 4\) ; sans son lancement, le moteur l’aurait refusé\.$/,
    );
    // once the period is played, the line no longer speaks of this list
    await session.advance(1);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''));
  });

  it('keeps a later launch’s planned stop on its programme, now one place up', async () => {
    const { session, user } = await branchLike();
    await user.click(screen.getByRole('button', { name: /Retirer la décision 1/ }));
    expect(session.pending).toEqual([club]);
    expect(session.planned).toEqual([{ tick: 3, actions: [{ type: 'arreterProgramme', programmeId: '0:0' }] }]);
    expect(nbsp(screen.getByRole('status').textContent)).toMatch(/^Décision retirée : [^.]*enquête[^.]*\.$/i);
  });

  it('« Annuler la dernière décision » does the same, in English too', async () => {
    await setLocale('en');
    const { session, user } = await branchLike();
    await user.click(screen.getByRole('button', { name: 'Undo the last decision' }));
    expect(session.pending).toEqual([survey]);
    expect(session.planned).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe(
      'Also removed: the stop of this programme planned (Week 4); without its launch, the engine would have refused it.',
    );
  });

  it('is disabled while a period is computed, as « Annuler la dernière décision » (review2: a removal then was played anyway)', async () => {
    const { session } = await branchLike();
    const playing = session.advance(1);
    await waitFor(() => expect(session.busy).toBe(true));
    for (const remove of screen.getAllByRole('button', { name: /Retirer la décision/ })) expect(remove).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Annuler la dernière décision' })).toBeDisabled();
    await playing;
    await waitFor(() => expect(session.busy).toBe(false));
  });
});
