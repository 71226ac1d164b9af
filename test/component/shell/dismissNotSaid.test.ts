/**
 * The notices' « × » (« Fermer le message ») was inside their live region, so a screen reader could end each
 * announcement (« Décision annulée : … ») with the button's name (QA a11y F7). The button now lies beside the message,
 * outside the live region, and still closes its notice.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import NoticesArea from '../../../src/ui/shell/NoticesArea.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';

describe('the notices’ close button', () => {
  it('is not in the live region, and closes its notice', async () => {
    const user = userEvent.setup();
    const notices = new Notices();
    const { container } = render(NoticesArea, { notices });
    notices.push('warning', 'db.quotaExceeded');
    notices.push('error', 'db.quotaExceeded');
    const live = container.querySelector('[aria-live]:not([aria-live="off"])')!;
    await within(live as HTMLElement).findByRole('alert');
    expect(live).toHaveTextContent(/Attention/);
    // neither its name nor its « × » is in what the region says, and no button of it is there
    expect(live.textContent).not.toContain('Fermer le message');
    expect(live.textContent).not.toContain('×');
    expect(within(live as HTMLElement).queryByRole('button', { name: 'Fermer le message' })).toBeNull();
    expect(within(screen.getByRole('alert')).queryByRole('button')).toBeNull();

    const dismiss = screen.getAllByRole('button', { name: 'Fermer le message' });
    expect(dismiss).toHaveLength(2);
    await user.click(dismiss[1]);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(notices.list.map((n) => n.level)).toEqual(['warning']);
    await user.click(screen.getByRole('button', { name: 'Fermer le message' }));
    expect(notices.list).toEqual([]);
    expect(live.textContent!.trim()).toBe('');
  });
});
