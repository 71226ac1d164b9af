/**
 * QA shops F8: a personalised reminder on « Very good customer » (307 with consent) showed cost, consent and set-up, nothing
 * on profile data; the Bilan then said « 0 of 307 had profile data … 0 % », « no proven effect », €5,896 spent. The strategy
 * form now says, for a personalisation, what the shop knows of the customers it would reach, and to collect first.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import StrategyPanel from '../../../src/ui/decisions/StrategyPanel.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { started } from './session.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
/** 400 still there, 93 without consent: the reminder reaches 307, none known; a personal shopper (« Conseiller personnel ») reaches 400, 20 known at 50 % */
const spend = { active: 400, withoutConsent: 93, data: { withData: 20, known: 10, consentedWithData: 0, consentedKnown: 0 } };

describe('the personalisation form says what the shop knows of its target', () => {
  afterEach(() => setLocale('fr'));

  it('for a reminder: the consenting customers, none known, with the hint to collect first; not under another strategy', async () => {
    const user = userEvent.setup();
    const { session } = await started();
    render(StrategyPanel, { props: { session, target: { segments: ['tresBon'] }, count: 420, spend, allowed: ['financier', 'personnalisation'] } });
    expect(screen.queryByTestId('data-known')).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Personnalisation' }));
    await user.click(screen.getByRole('radio', { name: /Relance personnalisée/ }));
    const box = norm(screen.getByTestId('data-known').textContent);
    // 307 consented, 31 of them held out as the control group: 276 reached
    expect(box).toContain('Données connues en moyenne : 0 % (276 clients sans aucune donnée, sur les 276 que le programme toucherait).');
    expect(box).toContain('Lancez d’abord une collecte de données sur cette cible');
    // a personal shopper reaches everyone still there but its control group: 360 of 400; 380 of the 400 unknown, 10 ÷ 400 = 2,5 % → 3 %;
    // who is held out is drawn at launch: about 380 × 360 ÷ 400 = 342 of the 360 unknown
    await user.click(screen.getByRole('radio', { name: /Conseiller personnel/ }));
    expect(norm(screen.getByTestId('data-known').textContent)).toContain(
      'Données connues en moyenne : 3 % (environ 342 clients sans aucune donnée, sur les 360 que le programme toucherait).',
    );
  });

  it('counts only the customers the programme would enrol, as the enrolment lines do, not its control group (QA qa23 F4)', async () => {
    const user = userEvent.setup();
    const { session } = await started();
    const none = { active: 574, withoutConsent: 0, data: { withData: 0, known: 0, consentedWithData: 0, consentedKnown: 0 } };
    render(StrategyPanel, { props: { session, target: {}, count: 574, spend: none, allowed: ['personnalisation'] } });
    await user.click(screen.getByRole('radio', { name: /Conseiller personnel/ }));
    expect(norm(screen.getByTestId('data-known').textContent)).toContain('Données connues en moyenne : 0 % (517 clients sans aucune donnée, sur les 517 que le programme toucherait).');
    const enrolment = norm(screen.getByTestId('enrolment').textContent);
    expect(enrolment).toContain('57 clients tirés au hasard forment le groupe témoin');
    expect(screen.getByRole('button', { name: /517 clients inscrits/ })).toBeInTheDocument();
  });

  it('one customer without data, everyone known, and in English', async () => {
    const user = userEvent.setup();
    const { session } = await started();
    const one = { active: 10, withoutConsent: 0, data: { withData: 9, known: 6, consentedWithData: 9, consentedKnown: 6 } };
    const first = render(StrategyPanel, { props: { session, target: {}, count: 10, spend: one, allowed: ['personnalisation'] } });
    expect(norm(screen.getByTestId('data-known').textContent)).toContain('Données connues en moyenne : 60 % (1 client sans aucune donnée, sur les 10 que le programme toucherait).');
    first.unmount();
    const all = { ...one, data: { withData: 10, known: 6, consentedWithData: 10, consentedKnown: 6 } };
    const second = render(StrategyPanel, { props: { session, target: {}, count: 10, spend: all, allowed: ['personnalisation'] } });
    expect(norm(screen.getByTestId('data-known').textContent).trim()).toBe('Données connues en moyenne : 60 % (chacun des 10 clients que le programme toucherait en a au moins une partie).');
    second.unmount();
    // 30 % known on average (the sports shop's dormant customers read 33 % after a loyalty-card collection): no « d’abord » (QA hqa3 F4)
    const third = { active: 10, withoutConsent: 0, data: { withData: 5, known: 3, consentedWithData: 5, consentedKnown: 3 } };
    const thirdView = render(StrategyPanel, { props: { session, target: {}, count: 10, spend: third, allowed: ['personnalisation'] } });
    expect(norm(screen.getByTestId('data-known').textContent)).toContain('Une collecte de données sur cette cible (décision « Collecte de données ») en apprendrait davantage');
    expect(norm(screen.getByTestId('data-known').textContent)).not.toContain('Lancez d’abord');
    thirdView.unmount();
    await setLocale('en');
    render(StrategyPanel, { props: { session, target: {}, count: 10, spend: { ...one, data: { ...one.data, withData: 5, consentedWithData: 5 } }, allowed: ['personnalisation'] } });
    await user.click(screen.getByRole('radio', { name: /Personal shopper/ }));
    const en = norm(screen.getByTestId('data-known').textContent);
    expect(en).toContain('Data known on average: 60% (5 customers with no data at all, out of the 10 the programme would reach).');
    // 60 % known on average (a collection already run): another one would help, not « first » (QA hqa3 F4)
    expect(en).toContain('A data collection on this target (“Data collection” decision) would teach the shop more');
    expect(en).not.toContain('First run');
  });
});
