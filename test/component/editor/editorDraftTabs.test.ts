/**
 * The editor open in two tabs (QA qa25 M1): both wrote the one draft kept in the browser, the last to write won,
 * and the other tab's work came back after a reload as « your last visit ». Now the first tab keeps the draft;
 * the second neither takes nor replaces it, and says so.
 */
import { fireEvent, render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { claimEditorDraft, prepareEditorDraft } from '../../../src/ui/editor/editorDraftLock.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { browserLocks } from '../../fixtures/webLocks.ts';

/** Lets the current task end (a screen closed lets the lock go then). */
const taskEnd = () => new Promise((resolve) => setTimeout(resolve, 0));

const nameIn = (container: HTMLElement) => container.querySelector('[id="ed-name-fr"]') as HTMLInputElement;
const otherTabNotice = (container: HTMLElement) => container.querySelector('[data-testid="editor-other-tab"]');

async function typeName(container: HTMLElement, value: string) {
  await fireEvent.input(nameIn(container), { target: { value } });
  await tick();
}

describe('the editor in two tabs', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });

  it('leaves the first tab’s draft alone in the second, says so there, and the first finds its draft again', async () => {
    const browser = browserLocks();
    const pageA = browser.page();
    await prepareEditorDraft(pageA);
    const a = render(ScenarioEditorScreen);
    expect(otherTabNotice(a.container)).toBeNull();
    await typeName(a.container, 'Fleuriste (onglet A)');

    await prepareEditorDraft(browser.page());
    const b = render(ScenarioEditorScreen);
    expect(otherTabNotice(b.container)?.textContent).toMatch(/^\s*L’éditeur est déjà ouvert dans un autre onglet, qui garde votre brouillon/);
    // the second tab does not take the first one's draft as its own « last visit »
    expect(nameIn(b.container).value).toBe('Boulangerie du Marché');
    expect(b.container.textContent).not.toMatch(/Brouillon restauré/);
    await typeName(b.container, 'Librairie (onglet B)');
    expect(JSON.parse(localStorage.getItem('fidelis.editor.draft')!).draft.name.fr).toBe('Fleuriste (onglet A)');
    b.unmount();

    // the editor built again in tab A (a share link opened over it): still the one keeping the draft
    a.unmount();
    await prepareEditorDraft(pageA);
    const rebuilt = render(ScenarioEditorScreen);
    expect(otherTabNotice(rebuilt.container)).toBeNull();
    expect(nameIn(rebuilt.container).value).toBe('Fleuriste (onglet A)');
    rebuilt.unmount();

    // tab A reloaded (a new page): its own draft comes back
    await taskEnd();
    await prepareEditorDraft(browser.page());
    const again = render(ScenarioEditorScreen);
    expect(otherTabNotice(again.container)).toBeNull();
    expect(nameIn(again.container).value).toBe('Fleuriste (onglet A)');
    expect(again.container.textContent).toMatch(/Brouillon restauré/);
    again.unmount();
  });

  it('asks again for a screen that never opened: the other tab closed since, this one keeps the draft (review15 #3)', async () => {
    const browser = browserLocks();
    const otherTab = await claimEditorDraft(browser.page());
    const page = browser.page();
    // the editor asked for while another tab is on it, then the route changed before the screen was built
    await prepareEditorDraft(page);
    await taskEnd();
    // minutes later, the other tab has closed: the editor opened now keeps the draft and says nothing of another tab
    otherTab.release();
    await taskEnd();
    await prepareEditorDraft(page);
    const screen = render(ScenarioEditorScreen);
    expect(otherTabNotice(screen.container)).toBeNull();
    await typeName(screen.container, 'Fleuriste');
    expect(JSON.parse(localStorage.getItem('fidelis.editor.draft')!).draft.name.fr).toBe('Fleuriste');
    screen.unmount();
    await taskEnd();
  });

  it('lets the lock go when the screen it was claimed for never opened: another tab’s editor keeps the draft (review15 #3)', async () => {
    const browser = browserLocks();
    // this page holds the lock for an editor screen that is never built (the route changed while it loaded)
    await prepareEditorDraft(browser.page());
    await taskEnd();
    expect((await claimEditorDraft(browser.page())).owner).toBe(true);
  });

  it('keeps the draft in every tab where the browser has no Web Locks or refuses them, as before', async () => {
    expect((await claimEditorDraft(null)).owner).toBe(true);
    const refusing = { request: () => Promise.reject(new DOMException('denied', 'SecurityError')) } as unknown as LockManager;
    expect((await claimEditorDraft(refusing)).owner).toBe(true);
    const browser = browserLocks();
    const first = await claimEditorDraft(browser.page());
    expect([first.owner, (await claimEditorDraft(browser.page())).owner]).toEqual([true, false]);
    first.release();
    await taskEnd();
    expect((await claimEditorDraft(browser.page())).owner).toBe(true);
  });
});
