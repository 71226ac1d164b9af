/**
 * « Et si… ? » offers to take up the later decisions (issue #4): the dialog asks, with radios a
 * keyboard chooses, whether the branch starts from scratch or plans the original's decisions; the
 * planned decisions are listed per period, each with « Retirer ».
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import WhatIfScreen from '../../../src/ui/whatif/WhatIfScreen.svelte';
import { whatIfSession } from '../../fixtures/whatIfSession.ts';
import { clickWhenEnabled } from '../../fixtures/clickWhenEnabled.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import type { Action } from '../../../src/engine/decisions.ts';

const survey: Action = { type: 'enquete', instrument: 'questionnaire', sampleSize: 30 };
const policy: Action = { type: 'politiqueReclamations', level: 'rapide' };
const club: Action = { type: 'lienSocial', instrument: 'club', target: { limit: 60 } };

/** Three weeks played: a survey in week 2, the complaint policy and a survey in week 3. */
async function played() {
  const all = await whatIfSession();
  await all.session.start(smallScenario(shippedScenarioList()[0], 300), 5, 'Ma partie', { mode: 'sandbox' });
  await all.session.advance(1);
  all.session.add(survey);
  await all.session.advance(1);
  all.session.add(policy);
  all.session.add(survey);
  await all.session.advance(1);
  return all;
}

async function openDialog(user: ReturnType<typeof userEvent.setup>, period: string) {
  await user.selectOptions(screen.getByRole('combobox', { name: 'Choisir une semaine' }), period);
  await user.click(await screen.findByRole('button', { name: frenchText`Et si… ? Rejouer la ${period.toLowerCase()} et la suite` }));
  return screen.getByRole('alertdialog', { name: frenchText`Rejouer à partir de la ${period.toLowerCase()} ?` });
}

describe('« Et si… ? » with the original’s later decisions', () => {
  afterEach(() => setLocale('fr'));

  it('is chosen with the keyboard, lists the planned decisions per period, and removes one', async () => {
    const user = userEvent.setup();
    const { session, notices, props } = await played();
    const original = session.runId;
    render(WhatIfScreen, props);

    const dialog = await openDialog(user, 'Semaine 2');
    const group = within(dialog).getByRole('group', { name: 'Vos décisions à partir de la semaine 2' });
    const scratch = within(group).getByRole('radio', { name: 'Partir de zéro' });
    const original2 = within(group).getByRole('radio', { name: 'Reprendre les décisions suivantes de l’original' });
    expect(scratch).toBeChecked();
    expect(scratch).toHaveFocus();
    expect(original2).toHaveAccessibleDescription(/à partir de la semaine 2 sont prévues semaine par semaine/);
    await user.keyboard('{ArrowDown}');
    expect(original2).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Rejouer à partir de la semaine 2' }));

    await waitFor(() => expect(session.runId).not.toBe(original));
    await waitFor(() => expect(session.tick).toBe(1));
    expect(session.pending).toEqual([survey]);
    expect(session.planned).toEqual([{ tick: 2, actions: [policy, survey] }]);
    await waitFor(() => expect(screen.getByTestId('whatif-status')).toHaveTextContent(/avec les décisions suivantes de l’original/));

    const plan = screen.getByRole('region', { name: 'Décisions prévues' });
    expect(within(plan).getByText('Semaine 2 (à jouer maintenant)')).toBeInTheDocument();
    expect(within(plan).getByText('Semaine 3')).toBeInTheDocument();
    const removes = within(plan).getAllByRole('button', { name: /^Retirer/ });
    expect(removes).toHaveLength(3);
    // the complaint policy of week 3
    const policyButton = within(plan).getByRole('button', { name: /^Retirer «\s*Politique de réclamations.*\(Semaine 3\)$/ });
    await user.click(policyButton);
    expect(session.planned).toEqual([{ tick: 2, actions: [survey] }]);
    expect(within(plan).getAllByRole('button', { name: /^Retirer/ })).toHaveLength(2);
    // the focus goes to the button now in its place
    expect(within(plan).getAllByRole('button', { name: /^Retirer/ })[1]).toHaveFocus();
    // week 2's, the period to play: the queue, as on the Décisions screen
    await user.click(within(plan).getAllByRole('button', { name: /^Retirer/ })[0]);
    expect(session.pending).toEqual([]);
    expect(notices.list).toEqual([]);
  });

  it('is not offered when the timeline decided nothing from that period on, and starts from scratch by default', async () => {
    const user = userEvent.setup();
    const { session, props } = await played();
    await session.advance(1);
    render(WhatIfScreen, props);
    const dialog = await openDialog(user, 'Semaine 4');
    expect(within(dialog).queryByRole('radio')).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Annuler' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Rejouer à partir de la semaine 4' }));
    await waitFor(() => expect(session.tick).toBe(3));
    expect(session.planned).toEqual([]);
    expect(screen.queryByRole('region', { name: 'Décisions prévues' })).toBeNull();
  });

  it('removes a launch with its planned stop, says so in the status, and keeps the focus in the list', async () => {
    const user = userEvent.setup();
    const all = await whatIfSession();
    const { session, notices, props } = all;
    // week 2: a survey and the club (programme « 1:1 »), stopped in week 4
    await all.session.start(smallScenario(shippedScenarioList()[0], 300), 5, 'Ma partie', { mode: 'sandbox' });
    await session.advance(1);
    session.add(survey);
    session.add(club);
    await session.advance(2);
    expect(session.add({ type: 'arreterProgramme', programmeId: '1:1' })).toBe(true);
    await session.advance(1);
    expect(notices.list).toEqual([]);
    render(WhatIfScreen, props);

    const dialog = await openDialog(user, 'Semaine 2');
    await user.click(within(dialog).getByRole('radio', { name: 'Reprendre les décisions suivantes de l’original' }));
    await user.click(within(dialog).getByRole('button', { name: 'Rejouer à partir de la semaine 2' }));
    await waitFor(() => expect(session.tick).toBe(1));
    expect(session.planned).toEqual([{ tick: 3, actions: [{ type: 'arreterProgramme', programmeId: '1:1' }] }]);

    const plan = screen.getByRole('region', { name: 'Décisions prévues' });
    expect(within(plan).getByText('Semaine 4')).toBeInTheDocument();
    const status = within(plan).getByRole('status');
    expect(status.textContent?.trim()).toBe('');
    // with the keyboard: to the club's « Retirer », Enter
    const clubButton = within(plan).getByRole('button', { name: /^Retirer «\s*Lien social\s:\sClub clients.*\(Semaine 2\)$/ });
    await waitFor(() => expect(clubButton).toBeEnabled());
    clubButton.focus();
    await user.keyboard('{Enter}');
    expect(session.pending).toEqual([survey]);
    expect(session.planned).toEqual([]);
    expect(within(plan).queryByText('Semaine 4')).toBeNull();
    expect(within(plan).getAllByRole('button', { name: /^Retirer/ })).toHaveLength(1);
    expect(status).toHaveTextContent(
      /^Retiré\s:\s«\s*Lien social\s:\sClub clients.*\(Semaine 2\)\. L’arrêt de ce programme prévu à la semaine 4 a aussi été retiré\s:\ssans son lancement, le moteur l’aurait refusé\.$/,
    );
    expect(within(plan).getByRole('button', { name: /^Retirer «\s*Enquête/ })).toHaveFocus();

    // a decision that launches nothing: only itself
    await user.keyboard('{Enter}');
    expect(session.pending).toEqual([]);
    expect(status).toHaveTextContent(/^Retiré\s:\s«\s*Enquête.*\(Semaine 2\)\.$/);
    expect(notices.list).toEqual([]);
  });

  it('says in English what went with a removed launch', async () => {
    await setLocale('en');
    const user = userEvent.setup();
    const all = await whatIfSession();
    const { session, props } = all;
    await session.start(smallScenario(shippedScenarioList()[0], 300), 5, 'My game', { mode: 'sandbox' });
    await session.advance(1);
    session.add(club);
    await session.advance(1);
    expect(session.add({ type: 'arreterProgramme', programmeId: '1:0' })).toBe(true);
    await session.advance(1);
    render(WhatIfScreen, props);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Choose a week' }), 'Week 2');
    await user.click(await screen.findByRole('button', { name: /^What if…\? Replay from week 2/ }));
    await user.click(screen.getByRole('radio', { name: /original/ }));
    await user.click(screen.getByRole('button', { name: /^Replay from week 2/ }));
    await waitFor(() => expect(session.tick).toBe(1));
    const plan = screen.getByRole('region', { name: 'Planned decisions' });
    await clickWhenEnabled(user, () => within(plan).getByRole('button', { name: /^Remove “Social bonding: Customer club/ }));
    expect(within(plan).getByRole('status')).toHaveTextContent(
      /^Removed: “Social bonding: Customer club.*\(Week 2\)\. The stop of this programme planned for week 3 was removed too: without its launch, the engine would have refused it\.$/,
    );
  });
});
