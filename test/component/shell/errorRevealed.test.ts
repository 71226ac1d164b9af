/**
 * With the browser's storage full, « Appliquer », « Avancer » (sticky time bar) and « Commencer la mission N » met an
 * error the learner never saw: its alert was at the top of the page, 700 to 1 500 px above them (QA qa18 F5, F5 bis). An
 * error pushed with `reveal` (the game session's, each the outcome of the learner's action) is brought into view and
 * gets the focus; its « × » gives the focus back to where it was. Other notices leave the focus alone.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import NoticesArea from '../../../src/ui/shell/NoticesArea.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';

const scrollIntoView = Element.prototype.scrollIntoView;
afterEach(() => {
  Element.prototype.scrollIntoView = scrollIntoView;
  document.body.innerHTML = '';
});

describe('an error met by the learner’s action', () => {
  it('is scrolled into view and focused, and its « × » gives the focus back; other notices take no focus', async () => {
    const user = userEvent.setup();
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    const notices = new Notices();
    render(NoticesArea, { notices });
    const apply = document.createElement('button');
    apply.textContent = 'Appliquer';
    document.body.append(apply);
    apply.focus();

    notices.push('warning', 'decisions.notAllowed');
    notices.push('error', 'db.quotaExceeded');
    await screen.findByRole('alert');
    await tick();
    expect(document.activeElement).toBe(apply);
    expect(scrolled).toEqual([]);

    notices.push('error', 'db.quotaDecision', undefined, undefined, { reveal: true });
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    const alert = screen.getAllByRole('alert')[1];
    expect(alert).toHaveTextContent(/^Erreur\s?: Votre décision n’a pas pu être enregistrée/);
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(alert).toHaveAttribute('tabindex', '-1');
    expect(scrolled).toEqual([alert]);

    // the list changing otherwise (a confirmation, a language's strings) moves nothing
    apply.focus();
    notices.push('info', 'home.importDone', { name: 'x' });
    await tick();
    expect(document.activeElement).toBe(apply);

    // the same error again (« Avancer » pressed twice): said again where the learner is
    notices.push('error', 'db.quotaDecision', undefined, undefined, { reveal: true });
    await waitFor(() => expect(document.activeElement).toHaveTextContent(/Votre décision n’a pas pu être enregistrée/));
    const closers = screen.getAllByRole('button', { name: 'Fermer le message' });
    await user.click(closers[closers.length - 1]);
    expect(document.activeElement).toBe(apply);
  });

  it('its « × » gives the focus to the page when the element it came from is gone or disabled (review2)', async () => {
    const user = userEvent.setup();
    Element.prototype.scrollIntoView = () => {};
    const main = document.createElement('main');
    main.id = 'main';
    main.tabIndex = -1;
    document.body.append(main);
    const notices = new Notices();
    render(NoticesArea, { notices });
    const advance = document.createElement('button');
    advance.textContent = 'Avancer';
    main.append(advance);
    advance.focus();
    notices.push('error', 'db.quotaDecision', undefined, undefined, { reveal: true });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('alert')));
    advance.disabled = true;
    await user.click(screen.getByRole('button', { name: 'Fermer le message' }));
    await waitFor(() => expect(document.activeElement).toBe(main));

    advance.disabled = false;
    advance.focus();
    notices.push('error', 'db.quotaDecision', undefined, undefined, { reveal: true });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('alert')));
    advance.remove();
    await user.click(screen.getByRole('button', { name: 'Fermer le message' }));
    await waitFor(() => expect(document.activeElement).toBe(main));
  });
});
