/**
 * The Bilan before the end, in a what-if branch that took up the original's later decisions: the paragraph above
 * « Aller jusqu’à la fin » said « avec les décisions en vigueur : … aucune nouvelle décision n’est prise » while the
 * question under it said the planned decisions are played, each at its period (QA play 26 #3). The paragraph now
 * follows the question's rule (ui/decisions/endPlaysPlanned.ts) and its words, in French and in English.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import DebriefRoute from '../../../src/ui/shell/DebriefRoute.svelte';
import { branchFrom } from '../../../src/app/whatif/branching.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import type { Action } from '../../../src/engine/decisions.ts';
import { whatIfSession } from '../../fixtures/whatIfSession.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';

const survey: Action = { type: 'enquete', instrument: 'questionnaire', sampleSize: 30 };
const policy: Action = { type: 'politiqueReclamations', level: 'rapide' };
const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

/** Three weeks played (the policy and a survey in week 3), then a branch from week 2 that plans week 3's decisions. */
async function branchWithPlan() {
  const { session, notices, props } = await whatIfSession();
  await session.start(smallScenario(shippedScenarioList()[0], 300), 5, 'Ma partie', { mode: 'sandbox' });
  await session.advance(2);
  session.add(policy);
  session.add(survey);
  await session.advance(1);
  const branch = await branchFrom({ session, engine: props.engine, store: props.branches, notices }, 1, 'et si', { base: 'Ma partie', ticks: [1] }, 'original');
  expect(notices.list).toEqual([]);
  expect(branch).not.toBeNull();
  // nothing queued for the period to play: only the plan, which the paragraph did not mention
  expect(session.pending).toEqual([]);
  expect(session.planned).toEqual([{ tick: 2, actions: [policy, survey] }]);
  return session;
}

describe('the Bilan’s « Aller jusqu’à la fin » in a branch with planned decisions', () => {
  afterEach(() => setLocale('fr'));

  it('says they are played at their period, as its question does, until the plan is emptied', async () => {
    const user = userEvent.setup();
    const session = await branchWithPlan();
    render(DebriefRoute, { session });
    const section = () => norm(screen.getByRole('region', { name: 'Aller jusqu’à la fin' }).querySelector('p')!.textContent);
    expect(section()).toBe(
      'Joue d’un coup les 51 semaines restantes avec les décisions en vigueur et celles déjà prévues, chacune à sa semaine : les programmes lancés continuent, aucune autre décision n’est prise. Le bilan complet s’ouvre ensuite, avec le fichier de résultat de la partie terminée.',
    );
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    const question = norm((await screen.findByTestId('advance-end-confirm')).querySelector('p')!.textContent);
    expect(question).toMatch(/^Jouer d’un coup les 51 semaines restantes avec les décisions en vigueur et celles déjà prévues, chacune à sa semaine, sans autre décision \?/);
    await user.click(within(screen.getByTestId('advance-end-confirm')).getByRole('button', { name: 'Annuler' }));

    await setLocale('en');
    await waitFor(() =>
      expect(norm(screen.getByRole('region', { name: 'Go to the end' }).querySelector('p')!.textContent)).toBe(
        'Plays the 51 remaining weeks at once with the decisions in force and those already planned, each in its week: the programmes you launched go on, no other decision is taken. The full debrief then opens, with the result file of the finished game.',
      ),
    );
    await setLocale('fr');

    // the plan emptied: nothing planned, nothing queued, the paragraph says « aucune nouvelle décision » again, as the question
    session.removePlanned(2, 0);
    session.removePlanned(2, 0);
    expect(session.planned.every((d) => d.actions.length === 0)).toBe(true);
    await waitFor(() => expect(section()).toMatch(/^Joue d’un coup les 51 semaines restantes avec les décisions en vigueur : les programmes lancés continuent, aucune nouvelle décision n’est prise\./));
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    expect(norm((await screen.findByTestId('advance-end-confirm')).querySelector('p')!.textContent)).toMatch(/^Jouer d’un coup les 51 semaines restantes avec les décisions en vigueur, sans nouvelle décision \?/);
  });
});
