/**
 * « Aller jusqu’à la fin » in a what-if branch that kept the original's later decisions asked « …avec les décisions en
 * vigueur, sans nouvelle décision ? » although those planned decisions are played at their period (QA play 26 #3): a
 * learner who kept them could cancel, or remove them as lost. With decisions queued or planned, the question says they
 * are played; without any, it keeps « sans nouvelle décision ».
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import AdvanceControls from '../../../src/ui/decisions/AdvanceControls.svelte';
import EndConfirm from '../../../src/ui/decisions/EndConfirm.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import type { Action } from '../../../src/engine/decisions.ts';
import { scenario, started } from './session.ts';

const survey: Action = { type: 'enquete', instrument: 'questionnaire', sampleSize: 30 };
const policy: Action = { type: 'politiqueReclamations', level: 'rapide' };
const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const question = () => norm(screen.getByTestId('advance-end-confirm').querySelector('p')!.textContent).trim();

describe('« Aller jusqu’à la fin » with decisions already planned', () => {
  afterEach(() => setLocale('fr'));

  it('says a what-if branch’s planned decisions are played at their period (fr, en)', async () => {
    const noop = () => {};
    const view = render(EndConfirm, { remaining: 5, onconfirm: noop, oncancel: noop, planned: [{ tick: 4, actions: [survey] }] });
    expect(question()).toBe('Jouer d’un coup les 5 semaines restantes avec les décisions en vigueur et celles déjà prévues, chacune à sa semaine, sans autre décision ?');
    await setLocale('en');
    await waitFor(() =>
      expect(question()).toBe('Play the 5 remaining weeks at once with the decisions in force and those already planned, each in its week, without any other decision?'),
    );
    // a plan emptied of its decisions: nothing new, nothing planned
    await view.rerender({ planned: [{ tick: 4, actions: [] }] });
    expect(question()).toBe('Play the 5 remaining weeks at once with the decisions in force, without any new decision?');
  });

  it('says so of a decision queued for the period, and no longer once it is taken back', async () => {
    const user = userEvent.setup();
    const { session } = await started({ ...scenario, durationTicks: 2 });
    render(AdvanceControls, { session });
    session.add(policy);
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    await screen.findByTestId('advance-end-confirm');
    expect(question()).toMatch(/^Jouer d’un coup les 2 semaines restantes avec les décisions en vigueur et celles déjà prévues, chacune à sa semaine, sans autre décision \?/);
    session.undo();
    await waitFor(() => expect(question()).toMatch(/^Jouer d’un coup les 2 semaines restantes avec les décisions en vigueur, sans nouvelle décision \?/));
  });
});
