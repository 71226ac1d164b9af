/**
 * The guided tour's first step on a mission link, in English (tourOnClassLink.test.ts has the others): it names no
 * teacher's tools to a student. In a file of its own: after another test's app in the same page, on a loaded machine,
 * that app's reading of its own link could end after this test had set its address (the full run, two cores).
 */
import { configure, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { firstVisit, freshAppPage } from '../../fixtures/appPage.ts';

// a mission link loads the mission code, its shops and paths: seconds when the whole suite shares two cores
configure({ asyncUtilTimeout: 30_000 });

const EN_COMMON = 'Nothing is sent over the Internet: everything stays in this browser.';

describe('the guided tour’s first step on a mission link', () => {
  freshAppPage();

  it('nor in English, on a mission link', async () => {
    history.replaceState(null, '', '/?shop=sport-et-cimes&mission=1&lang=en#/');
    await setLocale('en');
    firstVisit();
    await userEvent.click(screen.getByRole('button', { name: 'Guided tour' }));
    const welcome = screen.getByRole('dialog', { name: 'Welcome to Fidélis' });
    await screen.findByTestId('other-shops');
    expect(welcome).toHaveTextContent(EN_COMMON);
    expect(welcome).not.toHaveTextContent(/teacher/i);
  });

});
