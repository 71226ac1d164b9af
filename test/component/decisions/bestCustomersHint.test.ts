/**
 * QA self-learner finding 20: target « Très bon client » + a financial advantage showed no remark; the
 * course advises recognition, not discounts, for very good customers. The strategy form now says it.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import StrategyPanel from '../../../src/ui/decisions/StrategyPanel.svelte';
import { discountsBestCustomers } from '../../../src/app/bestCustomersHint.ts';
import { started } from './session.ts';

const last = { segments: { nouveau: 100, tresBon: 80, bon: 300, futurNonClient: 200, inactif: 400 } };

describe('a discount aimed mostly at very good customers', () => {
  it('is told when very good customers are half or more of the target, for a financial advantage only', () => {
    expect(discountsBestCustomers('financier', { segments: ['tresBon'] }, last)).toBe(true);
    expect(discountsBestCustomers('financier', { segments: ['tresBon', 'nouveau'] }, last)).toBe(false);
    expect(discountsBestCustomers('financier', { segments: ['tresBon', 'bon'] }, last)).toBe(false);
    expect(discountsBestCustomers('lienSocial', { segments: ['tresBon'] }, last)).toBe(false);
    expect(discountsBestCustomers('financier', {}, last)).toBe(false);
    // before any period: the target names them alone
    expect(discountsBestCustomers('financier', { segments: ['tresBon'] }, undefined)).toBe(true);
  });

  it('the strategy form shows the hint under a financial advantage on very good customers, not under a club', async () => {
    const user = userEvent.setup();
    const { session } = await started();
    render(StrategyPanel, {
      props: { session, target: { segments: ['tresBon'] }, count: 10, spend: { active: 10, withoutConsent: 0 }, allowed: ['financier', 'lienSocial'] },
    });
    expect(screen.getByTestId('best-customers-hint')).toHaveTextContent(/surtout faite de très bons clients/);
    await user.click(screen.getByRole('radio', { name: 'Lien social' }));
    expect(screen.queryByTestId('best-customers-hint')).toBeNull();
  });
});
