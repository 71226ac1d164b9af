import { configure, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import NoticesArea from '../../src/ui/shell/NoticesArea.svelte';
import { Notices } from '../../src/app/notices.svelte.ts';
import { setLocale } from '../../src/i18n/locale.svelte.ts';

// the real engine runs in these tests and the machine is shared: give asynchronous updates time
configure({ asyncUtilTimeout: 10_000 });

describe('notices area', () => {
  it('announces errors as alerts in French, follows the language, and can be dismissed', async () => {
    const user = userEvent.setup();
    const notices = new Notices();
    render(NoticesArea, { notices });
    // the live region is the messages' column, the « × » lie beside it (QA a11y F7)
    expect(screen.getByRole('region', { name: 'Messages' }).querySelector('[aria-live="polite"]')).not.toBeNull();
    notices.push('error', 'db.quotaExceeded');
    notices.push('warning', 'decisions.rejected', {
      action: 'vocabulary.actionType.acquisition',
      reason: 'decisions.reason.budgetInsuffisant',
      period: (t) => t('dashboard.periodIn.to.week', { n: 6 }),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Erreur :');
    // the period it was refused in: the notice stays until dismissed (QA hqa F2)
    expect(screen.getByText(/Action refusée par la simulation à la semaine 6 \(Recrutement\) : budget insuffisant/)).toBeInTheDocument();
    await setLocale('en');
    expect(await screen.findByText(/Action refused by the simulation in week 6 \(.+\): not enough budget/)).toBeInTheDocument();
    await setLocale('fr');
    const dismiss = await screen.findAllByRole('button', { name: 'Fermer le message' });
    expect(dismiss).toHaveLength(2);
    await user.click(dismiss[0]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(notices.list).toHaveLength(1);
  });
});
