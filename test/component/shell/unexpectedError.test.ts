/**
 * QA robust #11 and #12: an unexpected error's notice carried the browser's English text inside the
 * French sentence (« …s’est produite : A request was aborted… »): the text is French only, the
 * browser's text folded under « Détails techniques ». A full disk's advice fits a learner whose only
 * game is this one (no old game to delete).
 */
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import NoticesArea from '../../../src/ui/shell/NoticesArea.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { noticeOfError } from '../../../src/app/errors.ts';
import { translate } from '../../../src/i18n/translate.ts';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('error notices', () => {
  it('an unexpected error: a French sentence, the browser’s text in a technical details fold', () => {
    const notices = new Notices();
    const n = noticeOfError(new Error('A request was aborted, for example through a call to IDBTransaction.abort.'));
    notices.push('error', n.key, n.params, n.text);
    render(NoticesArea, { notices });
    const alert = screen.getByRole('alert');
    const sentence = within(alert).getByText(/^Une erreur inattendue s’est produite\./);
    expect(sentence.firstChild?.textContent).not.toMatch(/request was aborted/);
    const fold = alert.querySelector('details')!;
    expect(within(fold).getByText('Détails techniques')).toBeInTheDocument();
    expect(fold).toHaveTextContent('A request was aborted');
    expect(fold.open).toBe(false);
  });

  it('a full disk: advice for a learner with one game too', () => {
    expect(plain(translate('fr', 'db.quotaExceeded'))).toMatch(/si c’est votre seule partie, libérez de la place sur l’ordinateur .* ou demandez de l’aide à l’enseignant/);
    expect(plain(translate('fr', 'db.quotaImport'))).toMatch(/si vous n’en avez pas, libérez de la place sur l’ordinateur .* ou demandez de l’aide à l’enseignant/);
    expect(translate('en', 'db.quotaNewGame')).toMatch(/if you have none, free some space on the computer .* or ask the teacher for help/);
  });
});
