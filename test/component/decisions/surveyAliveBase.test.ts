/**
 * QA qa10 F4: the questionnaire's ceiling counted every customer ever in the base, the lost ones too
 * (« la base n’en compte (2 573) »), while the engine invites only the customers still there, about a
 * quarter of whom answer (survey.ts, SURVEY_RESPONSE_RATE): 2 000 answers ordered among about 2 000
 * customers still there showed « Coût estimé : 8 000 € » for about 500 answers paid. The ceiling is now
 * the customers still there, and an order beyond those willing to answer says the answers expected and
 * their cost, and what the budget must hold for the order (the engine's gate reserves it whole).
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import SurveyForm from '../../../src/ui/decisions/SurveyForm.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { formatMoney } from '../../../src/app/format.ts';
import { SURVEY_COST_PER_RESPONDENT, SURVEY_RESPONSE_RATE } from '../../../src/engine/params.ts';
import { started } from './session.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('the questionnaire’s ceiling and expected answers', () => {
  afterEach(() => setLocale('fr'));

  it.each([
    {
      lang: 'fr' as const,
      field: 'Taille de l’échantillon',
      over: (n: number) => `Un questionnaire ne peut pas interroger plus de clients que la base n’en compte encore (${n} clients encore là).`,
      fewer: (cost: string, answers: number, n: number, max: string) =>
        `Coût estimé : environ ${cost}, pour environ ${answers} réponses. Le budget doit pouvoir payer les ${n} demandées (${max}), sinon l’enquête est refusée.`,
      note: (rate: string, willing: number, alive: number) => `Environ ${rate} des clients encore là acceptent de répondre (les satisfaits un peu plus souvent), soit environ ${willing} sur ${alive} : en demander plus n’en donne pas plus, et vous ne payez que les réponses reçues.`,
    },
    {
      lang: 'en' as const,
      field: 'Sample size',
      over: (n: number) => `A questionnaire cannot ask more customers than the database still holds (${n} customers still there).`,
      fewer: (cost: string, answers: number, n: number, max: string) =>
        `Estimated cost: about ${cost}, for about ${answers} responses. The budget must be able to pay for the ${n} asked (${max}), or the survey is refused.`,
      note: (rate: string, willing: number, alive: number) => `About ${rate} of the customers still there agree to answer (satisfied ones a little more often), about ${willing} of ${alive}: asking for more gets no more, and you pay only for the responses received.`,
    },
  ])('counts the customers still there, and the answers about a quarter of them give, as the engine charges them ($lang)', async ({ lang, field, over, fewer, note }) => {
    await setLocale(lang);
    const user = userEvent.setup();
    const { session } = await started();
    // a period played: the ceiling comes from its KPIs, as the engine counts those still there
    await session.advance(1);
    const last = session.kpis.at(-1)!;
    const alive = (await session.selectTarget({}, 0)).spend.active;
    expect(alive).toBeLessThan(last.customersEver);
    // not the count before the first period (the decisions screen's estimate): a period's KPIs say
    const { container } = render(SurveyForm, { session, startAlive: null });
    const text = () => plain(container.textContent!.replace(/\s+/g, ' '));
    const sample = screen.getByRole('spinbutton', { name: field });

    // the engine invites the customers still there, about SURVEY_RESPONSE_RATE of whom answer
    const willing = Math.round(alive * SURVEY_RESPONSE_RATE);
    const rate = plain(new Intl.NumberFormat(lang, { style: 'percent' }).format(SURVEY_RESPONSE_RATE));
    expect(text()).toContain(note(rate, willing, alive));

    await user.clear(sample);
    await user.type(sample, String(alive + 1));
    await user.tab();
    expect(sample).toHaveAttribute('aria-invalid', 'true');
    expect(sample).toHaveAccessibleDescription(over(alive));

    // as many answers as customers still there: about a quarter come, and are what is paid
    await user.clear(sample);
    await user.type(sample, String(alive));
    const money = (euros: number) => plain(formatMoney(lang, euros));
    expect(text()).toContain(fewer(money(willing * SURVEY_COST_PER_RESPONDENT), willing, alive, money(alive * SURVEY_COST_PER_RESPONDENT)));

    // and the engine charges about that: the answers that came, each at its price, never the order
    await user.click(screen.getByRole('button', { name: lang === 'fr' ? 'Commander l’enquête' : 'Order the survey' }));
    await session.advance(1);
    const after = session.kpis.at(-1)!;
    const answered = after.satisfactionMeasured!.sampleSize;
    expect(after.costsByType.enquete).toBe(answered * SURVEY_COST_PER_RESPONDENT);
    expect(Math.abs(answered - willing)).toBeLessThanOrEqual(Math.max(10, 0.3 * willing));
  });
});
