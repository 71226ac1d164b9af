import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { formatMoney } from '../../../src/app/format.ts';
import { surveyCost } from '../../../src/app/costEstimate.ts';
import { scenario, started } from './session.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { noticeText } from '../../../src/app/noticeText.ts';
import { t } from '../../../src/i18n/locale.svelte.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

// as testing-library reads text: any run of spaces (the narrow no-break ones of French numbers too) as one space
const money = (v: number) => formatMoney('fr', v).replace(/\s+/g, ' ');

describe('the estimated cost of the period, before advancing', () => {
  it('warns when the pending decisions cost more than the budget available, and stops warning once removed', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    const available = session.budgetLeft + session.scenario!.budget.perTick;
    const panel = screen.getByRole('region', { name: 'Coût estimé de la semaine' });
    await waitFor(() => expect(within(panel).getByText(new RegExp(`^${money(available)} \\(budget restant`))).toBeInTheDocument());
    expect(within(panel).queryByRole('alert')).toBeNull();

    // a mystery shopper of 200 visits: more than the budget can pay
    await user.click(screen.getByRole('radio', { name: 'Client mystère' }));
    const sample = screen.getByRole('spinbutton', { name: 'Nombre de visites' });
    await user.clear(sample);
    await user.type(sample, '200');
    await user.click(screen.getByRole('button', { name: 'Commander l’enquête' }));
    const cost = surveyCost('clientMystere', 200);
    expect(cost).toBeGreaterThan(available);
    const alert = await within(panel).findByRole('alert');
    // the engine's rule refuses the survey (QA shops 2), and the total is said over the budget
    expect(alert).toHaveTextContent('la simulation refusera la décision 1 (Enquête de satisfaction)');
    expect(within(panel).getByTestId('budget-over')).toHaveTextContent(`le coût estimé (${money(cost)}) dépasse le budget disponible (${money(available)})`);
    // said once, in the refusal's warning, not again under it (QA qa27missions m11)
    expect(within(panel).getByTestId('budget-over')).not.toHaveTextContent('Retirez ou réduisez');
    expect(alert).toHaveTextContent('Retirez ou réduisez des décisions avant d’avancer.');
    expect(screen.getByTestId('advance-over-budget')).toHaveTextContent(`Coût estimé (${money(cost)}) supérieur au budget disponible`);

    const pending = screen.getByRole('region', { name: 'Décisions de la semaine' });
    await user.click(within(pending).getByRole('button', { name: /^Retirer la décision 1\s:\s.+/ }));
    await waitFor(() => expect(within(panel).queryByRole('alert')).toBeNull());
    expect(screen.queryByTestId('advance-over-budget')).toBeNull();
  });

  it.each(['Lien social', 'Avantage financier'])('prices %s on its target, as its form does', async (strategy) => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    await waitFor(() => expect(screen.getByTestId('target-count')).toHaveTextContent(/\d+ clients correspondent/));
    await user.click(screen.getByRole('radio', { name: strategy }));
    const shown = /^(.+?) par semaine/.exec(screen.getByTestId('strategy-cost').textContent!.replace(/\s+/g, ' ').trim())![1];
    await user.click(screen.getByRole('button', { name: /Appliquer à la cible/ }));
    const panel = screen.getByRole('region', { name: 'Coût estimé de la semaine' });
    await waitFor(() => expect(within(panel).getByText('Décisions de la semaine').nextElementSibling).toHaveTextContent(shown));
  });
});

describe('the period after a personalisation is launched (QA shops 1)', () => {
  it('counts the running personalisation at its per-period cost, its one-off set-up left out', async () => {
    const { session, notices } = await started();
    expect(session.add({ type: 'personnalisation', instrument: 'personalShopper', target: {} })).toBe(true);
    await session.advance(1);
    const relance = session.runningProgrammes.find((p) => p.type === 'personnalisation')!;
    expect(relance.setupCost).toBeGreaterThan(0);
    render(DecisionsScreen, { session, notices });
    const panel = screen.getByRole('region', { name: 'Coût estimé de la semaine' });
    const running = await within(panel).findByText('Programmes en cours');
    await waitFor(() => expect(running.nextElementSibling).toHaveTextContent(money(relance.costThisTick - relance.setupCost!)));
    expect(within(panel).queryByRole('alert')).toBeNull();
  });
});

const UNITS = [
  { unit: 'week', ofTick: 'de la semaine', fr: 'cette semaine', en: 'this week', at: 'à la semaine 1', atEn: 'in week 1' },
  { unit: 'month', ofTick: 'du mois', fr: 'ce mois', en: 'this month', at: 'au mois 1', atEn: 'in month 1' },
] as const;

describe('a decision the engine will refuse although the estimate fits the budget (QA shops 2)', () => {
  it.each(UNITS)('warns of it by the engine’s rule, and the refusal says what was reserved before it ($unit)', async (u) => {
    const { session, notices } = await started({ ...scenario, tickUnit: u.unit });
    render(DecisionsScreen, { session, notices });
    const panel = screen.getByRole('region', { name: `Coût estimé ${u.ofTick}` });
    expect(session.add({ type: 'personnalisation', instrument: 'personalShopper', target: { limit: 60 } })).toBe(true);
    const shopper = await waitFor(() => {
      const value = within(panel).getByText(`Décisions ${u.ofTick}`).nextElementSibling!.textContent!;
      expect(value).toMatch(/\d/);
      return Number(value.replace(/\D/g, ''));
    });
    const available = session.budgetLeft + session.scenario!.budget.perTick;
    // fits what the programme's estimate leaves, not what its reserve (x 1,3) leaves
    const budget = Math.round(available - shopper * 1.15);
    expect(session.add({ type: 'acquisition', channel: session.scenario!.acquisitionChannels[0], budget })).toBe(true);
    const alert = await within(panel).findByTestId('budget-refused');
    expect(alert).toHaveTextContent('la simulation refusera la décision 2 (Recrutement) (« budget insuffisant »)');
    expect(alert).toHaveTextContent(`met de côté 1,3 fois le coût prévu`);
    expect(alert).toHaveTextContent(`${money(Math.round(shopper * 1.3))} pour les programmes lancés ${u.fr}`);
    // the sum that counts against what is left (QA qa19 F2)
    expect(alert).toHaveTextContent(`alors qu’il lui faut ${money(budget)}.`);
    const left = /il ne resterait que (.+?) pour elle/.exec(alert.textContent!)![1];
    expect(screen.getByTestId('advance-over-budget')).toHaveTextContent('Une décision sera refusée faute de budget');

    await session.advance(1);
    expect(session.rejections.at(-1)?.rejected).toEqual([{ actionIndex: 1, reason: 'budgetInsuffisant' }]);
    const notice = notices.list.find((n) => n.key === 'decisions.rejectedReserved');
    expect(notice).toBeDefined();
    expect(noticeText(t, notice!, 'fr')).toBe(
      // « à la semaine 1 »: the period it was refused in (QA hqa F2), and the reserve's, not « cette semaine », by then the
      // week to play (review23 m1), never « période »
      frenchText`Action refusée par la simulation ${u.at} (Recrutement) : budget insuffisant. Avant elle, la simulation avait mis de côté, ${u.at}, 1,3 fois le coût prévu des programmes : ${formatMoney('fr', 0)} pour les programmes en cours et ${formatMoney('fr', Math.round(shopper * 1.3))} pour les programmes lancés ${u.at}. Il ne restait que ${left} pour elle, alors qu’il lui fallait ${formatMoney('fr', budget)}.`,
    );
    const english = noticeText((key: never, params) => translate('en', key, params), notice!, 'en');
    expect(english).toContain(`Action refused by the simulation ${u.atEn} (Recruitment): not enough budget. Before it, the simulation had set aside, ${u.atEn}, 1.3 times the programmes’ expected cost: `);
    expect(english).toContain(`for the programmes launched ${u.atEn}. Only`);
    expect(english).not.toMatch(/this (week|month)/);
    expect(english).not.toMatch(/period/);
  });
});
