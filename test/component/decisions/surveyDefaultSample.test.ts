/**
 * Switching the survey to « Client mystère » kept the questionnaire's 100: « Coût estimé : 6 000 € »
 * (60 € a visit), one click from « Commander l’enquête » (QA F20). Each method has its own sample
 * until the learner types one (10 visits, 100 answers), and the cost stays in view.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { formatMoney } from '../../../src/app/format.ts';
import { MYSTERY_COST_PER_VISIT, SURVEY_COST_PER_RESPONDENT } from '../../../src/engine/params.ts';
import { started } from './session.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('the survey’s sample when the method changes', () => {
  afterEach(() => setLocale('fr'));

  it.each([
    { lang: 'fr' as const, field: 'Taille de l’échantillon', visits: 'Nombre de visites', mystery: 'Client mystère', questionnaire: 'Questionnaire', title: /Mesurer la satisfaction/, cost: 'Coût estimé', still: /des clients encore là acceptent/ },
    { lang: 'en' as const, field: 'Sample size', visits: 'Number of visits', mystery: 'Mystery shopper', questionnaire: 'Questionnaire', title: /Measure satisfaction/, cost: 'Estimated cost', still: /of the customers still there agree/ },
  ])('gives each method its own sample until the learner types one ($lang)', async ({ lang, field, visits, mystery, questionnaire, title, cost, still }) => {
    await setLocale(lang);
    const user = userEvent.setup();
    // a base where 100 answers are within the customers willing to answer (about a quarter of those still there): the
    // estimate is then the order's whole cost; the customers still there are asked from the engine first (QA qa10 F4)
    const { session, notices } = await started(smallScenario(shippedScenarioList()[0], 1000));
    render(DecisionsScreen, { session, notices });
    await screen.findByText(still);
    const form = screen.getByRole('heading', { name: title }).closest('form')!;
    const sample = screen.getByRole('spinbutton', { name: field });
    const says = (euros: number) => expect(plain(form.textContent!)).toContain(plain(`${cost}${lang === 'fr' ? ' : ' : ': '}${formatMoney(lang, euros)}`));

    expect(sample).toHaveValue(100);
    says(100 * SURVEY_COST_PER_RESPONDENT);
    await user.click(screen.getByRole('radio', { name: mystery }));
    expect(sample).toHaveValue(10);
    // a mystery shopper's sample is its visits (QA learner en 11)
    expect(sample).toHaveAccessibleName(visits);
    says(10 * MYSTERY_COST_PER_VISIT);
    await user.click(screen.getByRole('radio', { name: questionnaire }));
    expect(sample).toHaveValue(100);

    // a size the learner typed is theirs: kept, and priced for the other method
    await user.clear(sample);
    await user.type(sample, '30');
    await user.click(screen.getByRole('radio', { name: mystery }));
    expect(sample).toHaveValue(30);
    says(30 * MYSTERY_COST_PER_VISIT);
  });
});
