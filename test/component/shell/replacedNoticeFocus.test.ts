/**
 * A notice's button had the focus when its notice was replaced by another of the same cause: the run's « Reprendre ici »
 * when the other tab deletes the run (« Partie introuvable » in its place, said by the live region), or when it is clicked
 * while that tab still holds it. The focus fell on the page's body; it goes to the notice that replaced it. A notice
 * that goes with nothing in its place, or the focus elsewhere, is left as it was.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import NoticesArea from '../../../src/ui/shell/NoticesArea.svelte';
import { Notices, type NoticeAction } from '../../../src/app/notices.svelte.ts';

const takeOver: NoticeAction = { label: 'db.takeOverHere', run: () => {} };

describe('a notice replaced while its button has the focus', () => {
  it('hands the focus to the notice that replaced it, not to the page’s body', async () => {
    const notices = new Notices();
    render(NoticesArea, { notices });
    notices.push('warning', 'db.otherTabClosed', undefined, undefined, { cause: 'runLock', action: takeOver });
    (await screen.findByRole('button', { name: 'Reprendre ici' })).focus();
    const id = notices.push('warning', 'db.runNotFound', undefined, undefined, { cause: 'runLock' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Reprendre ici' })).toBeNull());
    await waitFor(() => expect(document.querySelector(`[data-notice="${id}"]`)).toHaveFocus());
    expect(document.activeElement).toHaveTextContent(/Partie introuvable/);
  });

  it('leaves the focus alone when the notice goes with none in its place, or when it is elsewhere', async () => {
    const notices = new Notices();
    render(NoticesArea, { notices });
    const outside = document.body.appendChild(document.createElement('button'));
    notices.push('warning', 'db.otherTabClosed', undefined, undefined, { cause: 'runLock', action: takeOver });
    (await screen.findByRole('button', { name: 'Reprendre ici' })).focus();
    notices.withdraw('runLock');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Reprendre ici' })).toBeNull());
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement).toBe(document.body);

    notices.push('warning', 'db.otherTabClosed', undefined, undefined, { cause: 'runLock', action: takeOver });
    await screen.findByRole('button', { name: 'Reprendre ici' });
    outside.focus();
    notices.push('warning', 'db.runNotFound', undefined, undefined, { cause: 'runLock' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Reprendre ici' })).toBeNull());
    await new Promise((r) => setTimeout(r, 0));
    expect(outside).toHaveFocus();
    outside.remove();
  });
});
