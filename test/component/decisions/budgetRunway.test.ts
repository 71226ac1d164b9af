import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { scenario, started } from './session.ts';

const club = { type: 'lienSocial', instrument: 'club', target: {} } as const;
/** A budget that pays the club on the whole (small) base a few periods, with no refill. */
const tight = { ...scenario, budget: { initial: 300, perTick: 0 } };

describe('how long the budget pays the programmes, before advancing', () => {
  it('warns that the club will be stopped for lack of budget, and the engine stops it where said', async () => {
    const { session, notices } = await started(tight);
    render(DecisionsScreen, { session, notices });
    const panel = screen.getByRole('region', { name: 'Coût estimé de la semaine' });
    expect(session.add(club)).toBe(true);
    const runway = await within(panel).findByTestId('budget-runway');
    await waitFor(() => expect(runway).toHaveTextContent(/le budget paiera « Lien social — Club clients \(à lancer la semaine 1\) » encore \d semaines?\. Dès la semaine \d, il ne le pourra plus/));
    expect(runway).toHaveTextContent('arrêt faute de budget');
    expect(runway).toHaveClass('warning');

    // advance until the panel says the next period cannot pay it: that period stops it
    for (let k = 0; k < 6 && !/semaine suivante/.test(within(panel).queryByTestId('budget-runway')?.textContent ?? ''); k++) {
      await session.advance(1);
      await waitFor(() => expect(within(panel).getByTestId('budget-runway')).toHaveTextContent(/semaine \d|prochaine/));
    }
    expect(within(panel).getByTestId('budget-runway')).toHaveTextContent('ne pourra pas payer « Lien social — Club clients (lancé la semaine 1) » la semaine suivante');
    const before = session.tick;
    expect(session.kpis.at(-1)!.programmes[0].endTick).toBeUndefined();
    await session.advance(1);
    expect(session.kpis.at(-1)!.programmes[0]).toMatchObject({ endTick: before, suspendedMembers: expect.any(Number) });
    await waitFor(() => expect(within(panel).queryByTestId('budget-runway')).toBeNull());
  });

  it('says nothing alarming when the refill pays the programmes', async () => {
    const { session, notices } = await started({ ...scenario, budget: { initial: 4000, perTick: 5000 } });
    render(DecisionsScreen, { session, notices });
    const panel = screen.getByRole('region', { name: 'Coût estimé de la semaine' });
    session.add(club);
    const runway = await within(panel).findByTestId('budget-runway');
    await waitFor(() => expect(runway).toHaveTextContent('couvre le coût des programmes'));
    expect(runway).not.toHaveClass('warning');
  });

  it('says, on the strategy form, how long the budget would pay the new programme, as the panel will once applied', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started(tight);
    render(DecisionsScreen, { session, notices });
    await waitFor(() => expect(screen.getByTestId('target-count')).toHaveTextContent(/\d+ clients correspondent/));
    await user.click(screen.getByRole('radio', { name: 'Lien social' }));
    const line = await screen.findByTestId('strategy-runway');
    const paid = Number(/environ (\d+) semaine/.exec(line.textContent!)![1]);
    expect(line).toHaveTextContent('avec le budget actuel, les programmes en cours et les décisions déjà prévues pour cette semaine, puis arrêté faute de budget');
    await user.click(screen.getByRole('button', { name: /Appliquer à la cible/ }));
    const panel = screen.getByRole('region', { name: 'Coût estimé de la semaine' });
    // the same number of periods paid, and the period that stops it is the one after them (Semaine 1 + paid)
    await waitFor(() => expect(within(panel).getByTestId('budget-runway')).toHaveTextContent(new RegExp(`encore ${paid} semaines?\\. Dès la semaine ${paid + 1},`)));
  });

  it('counts, on the strategy form, the decisions already queued this period, as the panel does (QA shops 3)', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started(tight);
    render(DecisionsScreen, { session, notices });
    await waitFor(() => expect(screen.getByTestId('target-count')).toHaveTextContent(/\d+ clients correspondent/));
    await user.click(screen.getByRole('radio', { name: 'Lien social' }));
    const alone = Number(/environ (\d+) semaine/.exec((await screen.findByTestId('strategy-runway')).textContent!)![1]);
    // a campaign queued first takes most of the budget: the club is paid fewer periods
    expect(session.add({ type: 'acquisition', channel: session.scenario!.acquisitionChannels[0], budget: 100 })).toBe(true);
    await waitFor(() => expect(Number(/environ (\d+) semaine/.exec(screen.getByTestId('strategy-runway').textContent!)?.[1])).toBeLessThan(alone));
    const paid = Number(/environ (\d+) semaine/.exec(screen.getByTestId('strategy-runway').textContent!)![1]);
    await user.click(screen.getByRole('button', { name: /Appliquer à la cible/ }));
    const panel = screen.getByRole('region', { name: 'Coût estimé de la semaine' });
    await waitFor(() => expect(within(panel).getByTestId('budget-runway')).toHaveTextContent(new RegExp(`encore ${paid} semaines?\\. Dès la semaine ${paid + 1},`)));
  });

  it('says what to do when the budget cannot pay the new programme at all (QA hqa3 F6)', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started({ ...scenario, budget: { initial: 1, perTick: 0 } });
    render(DecisionsScreen, { session, notices });
    await waitFor(() => expect(screen.getByTestId('target-count')).toHaveTextContent(/\d+ clients correspondent/));
    await user.click(screen.getByRole('radio', { name: 'Lien social' }));
    const line = await screen.findByTestId('strategy-runway');
    expect(line).toHaveTextContent('il serait refusé');
    // nothing runs: no « arrêtez d'abord un programme en cours » (QA qa19 F2)
    expect(line).toHaveTextContent('Réduisez la cible (« Nombre maximum de clients ») ou attendez que le budget remonte.');
    expect(line).not.toHaveTextContent('arrêtez');
  });

  it('gives the number that counts, 1,3 × its first period, and advises stopping a programme only while one runs (QA qa19 F2)', async () => {
    const user = userEvent.setup();
    // a budget that pays the club's first period (1,3 × its cost) but not a second club beside it
    const probe = (await started(tight)).session;
    expect(probe.add(club)).toBe(true);
    await probe.advance(1);
    const clubCost = probe.kpis.at(-1)!.programmes[0].costThisTick;
    const { session, notices } = await started({ ...scenario, budget: { initial: Math.round(2.5 * clubCost), perTick: 0 } });
    expect(session.add(club)).toBe(true);
    await session.advance(1);
    expect(session.runningProgrammes).toHaveLength(1);
    render(DecisionsScreen, { session, notices });
    await waitFor(() => expect(screen.getByTestId('target-count')).toHaveTextContent(/\d+ clients correspondent/));
    await user.click(screen.getByRole('radio', { name: 'Lien social' }));
    const line = await screen.findByTestId('strategy-runway');
    await waitFor(() => expect(line).toHaveTextContent('il serait refusé'));
    const text = line.textContent!.replace(/\s+/g, ' ');
    const perTick = /^(.+?) par semaine/.exec(screen.getByTestId('strategy-cost').textContent!.replace(/\s+/g, ' ').trim())![1];
    const euros = (s: string) => Number(s.replace(/\D/g, ''));
    const [, cost, needed] = /il lui faut 1,3 × (\d[\d ]*) € = (\d[\d ]*) € de budget disponible/.exec(text)!;
    expect(`${cost} €`).toBe(perTick);
    expect(euros(needed)).toBe(Math.round(1.3 * euros(cost)));
    expect(text).toContain('arrêtez d’abord un programme en cours');
  });
});
