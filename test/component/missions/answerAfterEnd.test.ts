/**
 * QA qa28class55 F3: a hasty learner plays every period of mission 1 before answering. The hint said « dans Décisions,
 * cochez le segment », but Décisions has no target builder once the run is over, and the number is counted on the state
 * reached, not at the start. The hint names the period counted, and once the run is over points to the customer
 * database, whose count is the answer the mission accepts.
 */
import { configure, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import CustomersScreen from '../../../src/ui/customers/CustomersScreen.svelte';
import MissionBanner from '../../../src/ui/missions/MissionBanner.svelte';
import { sessionCustomerSource } from '../../../src/app/sessionCustomerSource.ts';
import { setLocale, t } from '../../../src/i18n/locale.svelte.ts';
import type { MessageKey } from '../../../src/i18n/translate.ts';
import { missionTab } from '../../fixtures/missionTab.ts';

configure({ asyncUtilTimeout: 10_000 });

/** The customer database's « N clients sur M » once filtered on `segment`. */
async function databaseCount(status: HTMLElement): Promise<number> {
  const started = Date.now();
  for (;;) {
    const m = /^([\d\s  ]+) clients? sur ([\d\s  ]+)$/.exec(status.textContent ?? '');
    const n = m ? Number(m[1].replace(/\D/g, '')) : NaN;
    if (m && n < Number(m[2].replace(/\D/g, ''))) return n;
    if (Date.now() - started > 10_000) throw new Error(`compte introuvable : ${status.textContent}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('mission 1 answered after the last period', () => {
  beforeEach(() => setLocale('fr'));

  it('the hint names the period counted, then the customer database once the run is over; its count is accepted', async () => {
    const user = userEvent.setup();
    const { session, missions, stop } = await missionTab();
    expect(await missions.start('optique-lumiere', 0, { name: 'm1' })).toBe(true);
    const check = missions.active!.mission.check;
    if (check.kind !== 'question') throw new Error('mission 1 is a question');
    const banner = render(MissionBanner, { missions, session }).container;
    expect(within(banner).getByText(/^Astuce\s:\sdans Décisions, cochez le segment/)).toHaveTextContent(/Le nombre attendu est celui du mois 1, où vous en êtes/);

    await session.advance(session.scenario!.durationTicks);
    expect(session.finished).toBe(true);
    const hint = within(banner).getByText(/^Astuce\s:/);
    expect(hint).not.toHaveTextContent(/Décisions, cochez/);
    expect(hint).toHaveTextContent(/la partie est terminée et Décisions n’a plus de cible\s:\sfiltrez la base clients/);
    expect(hint).toHaveTextContent(/celui de la fin du mois 4/);

    // what the hint points to is the answer the mission takes
    render(CustomersScreen, { scenario: session.scenario!, source: sessionCustomerSource(session) });
    const status = await screen.findByText(/^\d[\d\s  ]* clients sur /);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Segment' }), t(`vocabulary.segment.${check.segment}` as MessageKey));
    const shown = await databaseCount(status);
    expect(await missions.answer(shown)).toBe('right');
    stop();
  });
});
