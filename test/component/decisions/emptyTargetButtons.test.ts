/**
 * QA shops 13: « Appliquer à la cible (0 client inscrit) » and « Collecter sur la cible (0 client) » were
 * disabled, so Tab skipped them and a keyboard user never heard why. With nobody to enrol or contact they
 * are aria-disabled: reached by Tab, described by the reason, and pressing them does nothing.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import StrategyPanel from '../../../src/ui/decisions/StrategyPanel.svelte';
import DataCollectionForm from '../../../src/ui/decisions/DataCollectionForm.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { started } from './session.ts';

async function tabTo(user: ReturnType<typeof userEvent.setup>, button: HTMLElement) {
  for (let k = 0; k < 40 && document.activeElement !== button; k++) await user.tab();
  expect(button).toHaveFocus();
}

describe('a button with nobody to act on keeps its Tab stop and says why', () => {
  afterEach(() => setLocale('fr'));

  it('strategy form on an empty target', async () => {
    const user = userEvent.setup();
    const { session } = await started();
    render(StrategyPanel, { props: { session, target: {}, count: 0, spend: { active: 0, withoutConsent: 0 }, allowed: ['lienSocial'] } });
    const apply = screen.getByRole('button', { name: /Appliquer à la cible/ });
    expect(apply).not.toBeDisabled();
    expect(apply).toHaveAttribute('aria-disabled', 'true');
    expect(apply).toHaveAccessibleDescription(/La cible est vide/);
    await tabTo(user, apply);
    await user.keyboard('{Enter}');
    await user.click(apply);
    expect(session.pending).toEqual([]);
  });

  it('data collection on an empty target, in both languages', async () => {
    const user = userEvent.setup();
    const { session } = await started();
    const first = render(DataCollectionForm, { props: { session, target: {}, count: 0, spend: { active: 0, withoutConsent: 0 } } });
    const collect = screen.getByRole('button', { name: /Collecter sur la cible \(0 client\)/ });
    expect(collect).not.toBeDisabled();
    expect(collect).toHaveAttribute('aria-disabled', 'true');
    expect(collect).toHaveAccessibleDescription(/La cible est vide\u00a0: élargissez-la avant de collecter des données/);
    await tabTo(user, collect);
    await user.keyboard('{Enter}');
    await user.click(collect);
    expect(session.pending).toEqual([]);
    first.unmount();
    await setLocale('en');
    render(DataCollectionForm, { props: { session, target: {}, count: 0, spend: { active: 0, withoutConsent: 0 } } });
    expect(screen.getByRole('button', { name: /Collect on the target/ })).toHaveAccessibleDescription('The target is empty: widen it before collecting data.');
  });
});
