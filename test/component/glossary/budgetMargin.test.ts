/**
 * QA qa26doc m7: the budget card said each running programme reserves « son coût attendu de la période »; the
 * engine reserves it × BUDGET_PRUDENCE_MARGIN (budgetGate.ts, programmes.ts). The card says the margin, read from params.ts.
 */
import { render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import GlossaryCard from '../../../src/ui/glossary/GlossaryCard.svelte';
import { conceptText } from '../../../src/ui/glossary/glossarySearch.ts';
import { BUDGET_PRUDENCE_MARGIN } from '../../../src/engine/params.ts';
import { formatNumber } from '../../../src/app/format.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { plainSpaces } from '../../../src/i18n/frenchSpacing.ts';

describe('the budget card’s prudence margin', () => {
  afterEach(() => setLocale('fr'));

  it.each([
    ['fr', 'réserve son coût attendu de la période, avec une marge de prudence (×'],
    ['en', 'reserves its expected cost for the period, with a safety margin (×'],
  ] as const)('says the reserve is the expected cost × the engine’s margin (%s)', async (lang, text) => {
    await setLocale(lang);
    const { container } = render(GlossaryCard, { id: 'budget' });
    const body = plainSpaces(container.textContent ?? '');
    expect(body).toContain(`${text}${formatNumber(lang, BUDGET_PRUDENCE_MARGIN, 2)})`);
    expect(body).not.toContain('{{');
    expect(conceptText(lang, 'budget')).not.toContain('margin}}');
  });
});
