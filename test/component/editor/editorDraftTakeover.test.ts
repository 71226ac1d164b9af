/**
 * The editor open in two tabs, the first one closing (or leaving the editor): the second one, which waited
 * for the lock, takes the draft over without a reload. It reads the draft the first one left (the latest
 * kept), keeps the draft from then on and says so where « ouvert dans un autre onglet » was; edits of its
 * own stay in its form, the other tab's draft being set aside. A tab writes the draft only once it holds
 * the lock; one that left the editor while waiting never takes it.
 */
import { fireEvent, render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { claimEditorDraft, prepareEditorDraft } from '../../../src/ui/editor/editorDraftLock.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { browserLocks } from '../../fixtures/webLocks.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

/** Lets the current task end (a screen closed lets the lock go then), and the tab waiting take it. */
const taskEnd = async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await tick();
};

const field = (container: HTMLElement, id: string) => container.querySelector(`[id="${id}"]`) as HTMLInputElement;
const otherTabNotice = (container: HTMLElement) => container.querySelector('[data-testid="editor-other-tab"]');
const tookOverNotice = (container: HTMLElement) => container.querySelector('[data-testid="editor-took-over"]');
const storedDraft = () => JSON.parse(localStorage.getItem('fidelis.editor.draft')!) as { draft: { name: { fr: string }; sector: string } };
const asideDraft = () => JSON.parse(localStorage.getItem('fidelis.editor.aside')!) as { draft: { name: { fr: string } } };

/** Opens the editor in one more tab of `browser` (its own page, sharing the browser's locks). */
async function openTab(browser: ReturnType<typeof browserLocks>, props: { initial?: ReturnType<typeof fixtureScenario> } = {}) {
  await prepareEditorDraft(browser.page());
  return render(ScenarioEditorScreen, props);
}

/** Closes a tab's editor and lets the tab waiting take the lock. */
async function closeTab(tab: { unmount(): void }) {
  tab.unmount();
  await taskEnd();
}

async function type(container: HTMLElement, id: string, value: string) {
  await fireEvent.input(field(container, id), { target: { value } });
  await tick();
}

/**
 * Tab A's edits set aside by a share link, A editing the link's scenario, tab B waiting with its own edits; A closes:
 * B declines the draft (one is already set aside) and keeps its own form. Returns B.
 */
async function declinedTakeover(browser: ReturnType<typeof browserLocks>) {
  const a = await openTab(browser);
  await type(a.container, 'ed-name-fr', 'Fleuriste (onglet A)');
  await a.rerender({ initial: fixtureScenario() });
  await tick();
  expect(asideDraft().draft.name.fr).toBe('Fleuriste (onglet A)');
  await type(a.container, 'ed-name-fr', 'Boulangerie (onglet A)');
  const b = await openTab(browser);
  await type(b.container, 'ed-name-fr', 'Librairie (onglet B)');
  await closeTab(a);
  return b;
}

describe('the second tab takes the editor’s draft over when the first one lets it go', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });

  it('reads the draft the first tab left, keeps it from then on and says so in place of « ouvert dans un autre onglet »', async () => {
    const browser = browserLocks();
    const a = await openTab(browser);
    await type(a.container, 'ed-name-fr', 'Fleuriste (onglet A)');

    const b = await openTab(browser);
    expect(otherTabNotice(b.container)).not.toBeNull();
    // tab A goes on after tab B opened: B takes its latest draft, not the one kept when B opened
    await type(a.container, 'ed-sector', 'fleuriste');
    await closeTab(a);

    expect(otherTabNotice(b.container)).toBeNull();
    expect(tookOverNotice(b.container)?.textContent?.trim()).toMatch(/^L’autre onglet a fermé l’éditeur\s:\svous pouvez reprendre le brouillon ici\.$/);
    expect(tookOverNotice(b.container)?.closest('[role="status"]')).not.toBeNull();
    expect(field(b.container, 'ed-name-fr').value).toBe('Fleuriste (onglet A)');
    expect(field(b.container, 'ed-sector').value).toBe('fleuriste');
    // from now on, tab B keeps the draft
    await type(b.container, 'ed-sector', 'fleuriste (onglet B)');
    expect(storedDraft().draft.sector).toBe('fleuriste (onglet B)');
    await closeTab(b);
  });

  it('keeps the second tab’s own edits, now kept, and sets the first tab’s draft aside to resume', async () => {
    const browser = browserLocks();
    const a = await openTab(browser);
    await type(a.container, 'ed-name-fr', 'Fleuriste (onglet A)');

    const b = await openTab(browser);
    await type(b.container, 'ed-name-fr', 'Librairie (onglet B)');
    // not written while tab A holds the lock
    expect(storedDraft().draft.name.fr).toBe('Fleuriste (onglet A)');
    await closeTab(a);

    expect(tookOverNotice(b.container)?.textContent?.trim()).toMatch(/^L’autre onglet a fermé l’éditeur\s:\sles modifications faites ici sont désormais gardées dans ce navigateur\.$/);
    expect(field(b.container, 'ed-name-fr').value).toBe('Librairie (onglet B)');
    expect(storedDraft().draft.name.fr).toBe('Librairie (onglet B)');
    expect(b.container.textContent).toMatch(/Brouillon de l’autre onglet mis de côté\s:\s«\sFleuriste \(onglet A\)\s» est gardé dans ce navigateur\./);
    const resume = [...b.container.querySelectorAll('button')].find((button) => button.textContent === 'Reprendre mon brouillon')!;
    await fireEvent.click(resume);
    // the form holds unsaved edits: replacing them asks first
    const confirm = [...document.querySelectorAll('button')].find((button) => button.textContent === 'Remplacer')!;
    await fireEvent.click(confirm);
    await tick();
    expect(field(b.container, 'ed-name-fr').value).toBe('Fleuriste (onglet A)');
    await closeTab(b);
  });

  it('keeps the scenario a share link opened in the waiting tab, the first tab’s draft set aside (review16 M1)', async () => {
    const browser = browserLocks();
    const a = await openTab(browser);
    await type(a.container, 'ed-name-fr', 'Fleuriste (onglet A)');

    const b = await openTab(browser, { initial: fixtureScenario() });
    expect(field(b.container, 'ed-name-fr').value).toBe('Boutique de test');
    await closeTab(a);

    // the link's scenario stays in the form, kept from now on; tab A's work is aside, to resume
    expect(field(b.container, 'ed-name-fr').value).toBe('Boutique de test');
    // nothing was changed here: no « modifications faites ici » to speak of
    expect(tookOverNotice(b.container)?.textContent?.trim()).toMatch(
      /^L’autre onglet a fermé l’éditeur\s:\sle scénario affiché ici reste à l’écran, et ce que vous y modifiez est désormais gardé dans ce navigateur\.$/,
    );
    expect(storedDraft().draft.name.fr).toBe('Boutique de test');
    expect(asideDraft().draft.name.fr).toBe('Fleuriste (onglet A)');
    expect(b.container.textContent).toMatch(/Brouillon de l’autre onglet mis de côté\s:\s«\sFleuriste \(onglet A\)\s»/);
    await closeTab(b);
  });

  it('never replaces a draft already set aside: the waiting tab then keeps nothing and says so (review16 m5)', async () => {
    // a share link opens over tab A's edits: they are set aside; tab A goes on editing the link's scenario
    const b = await declinedTakeover(browserLocks());

    expect(asideDraft().draft.name.fr).toBe('Fleuriste (onglet A)');
    expect(storedDraft().draft.name.fr).toBe('Boulangerie (onglet A)');
    expect(field(b.container, 'ed-name-fr').value).toBe('Librairie (onglet B)');
    expect(tookOverNotice(b.container)?.textContent).toMatch(/un brouillon est déjà mis de côté/);
    // tab B writes nothing afterwards either
    await type(b.container, 'ed-name-fr', 'Librairie (encore B)');
    expect(storedDraft().draft.name.fr).toBe('Boulangerie (onglet A)');
    await closeTab(b);
  });

  it('a tab that declined the draft asks for it again once the draft set aside is forgotten in another tab', async () => {
    const b = await declinedTakeover(browserLocks());
    expect(tookOverNotice(b.container)?.textContent).toMatch(/un brouillon est déjà mis de côté/);

    // another tab forgets the draft set aside: tab B takes the draft over, A's last draft set aside in its place
    localStorage.removeItem('fidelis.editor.aside');
    window.dispatchEvent(new StorageEvent('storage', { key: 'fidelis.editor.aside' }));
    await taskEnd();
    expect(tookOverNotice(b.container)?.textContent).not.toMatch(/un brouillon est déjà mis de côté/);
    expect(asideDraft().draft.name.fr).toBe('Boulangerie (onglet A)');
    await type(b.container, 'ed-name-fr', 'Librairie (encore B)');
    expect(storedDraft().draft.name.fr).toBe('Librairie (encore B)');
    await closeTab(b);
  });

  it('a tab that declined the draft takes it over once it resumes the draft set aside itself', async () => {
    const b = await declinedTakeover(browserLocks());
    await fireEvent.click([...b.container.querySelectorAll('button')].find((button) => button.textContent === 'Reprendre mon brouillon')!);
    await fireEvent.click([...document.querySelectorAll('button')].find((button) => button.textContent === 'Remplacer')!);
    await taskEnd();
    expect(field(b.container, 'ed-name-fr').value).toBe('Fleuriste (onglet A)');
    expect(tookOverNotice(b.container)?.textContent).not.toMatch(/un brouillon est déjà mis de côté/);
    await type(b.container, 'ed-name-fr', 'Fleuriste (repris dans B)');
    expect(storedDraft().draft.name.fr).toBe('Fleuriste (repris dans B)');
    // tab A's last draft is not lost: set aside in its turn
    expect(asideDraft().draft.name.fr).toBe('Boulangerie (onglet A)');
    await closeTab(b);
  });

  it('a tab still blocked after a change lets the lock go again: a tab opened next keeps the draft', async () => {
    const browser = browserLocks();
    const b = await declinedTakeover(browser);
    // a change that leaves the draft set aside as it was: still blocked, nothing written, the lock let go
    window.dispatchEvent(new StorageEvent('storage', { key: 'fidelis.editor.aside' }));
    await taskEnd();
    await taskEnd();
    expect(tookOverNotice(b.container)?.textContent).toMatch(/un brouillon est déjà mis de côté/);
    expect(asideDraft().draft.name.fr).toBe('Fleuriste (onglet A)');
    expect(storedDraft().draft.name.fr).toBe('Boulangerie (onglet A)');
    expect((await claimEditorDraft(browser.page())).owner).toBe(true);
    await closeTab(b);
  });

  it('does not offer to resume a draft when the first tab left none (site data cleared)', async () => {
    const browser = browserLocks();
    const a = await openTab(browser);
    const b = await openTab(browser);
    localStorage.clear();
    await closeTab(a);

    expect(tookOverNotice(b.container)?.textContent?.trim()).not.toMatch(/reprendre le brouillon/);
    expect(tookOverNotice(b.container)?.textContent?.trim()).not.toMatch(/modifications faites ici/);
    expect(tookOverNotice(b.container)?.textContent?.trim()).toMatch(/^L’autre onglet a fermé l’éditeur\s:\s/);
    await closeTab(b);
  });

  it('a tab that left the editor while waiting does not take the lock afterwards', async () => {
    const browser = browserLocks();
    const otherTab = await claimEditorDraft(browser.page());
    const page = browser.page();
    await prepareEditorDraft(page);
    const waiting = render(ScenarioEditorScreen);
    expect(otherTabNotice(waiting.container)).not.toBeNull();
    waiting.unmount();
    otherTab.release();
    await taskEnd();
    // a third tab opening the editor now keeps the draft
    expect((await claimEditorDraft(browser.page())).owner).toBe(true);
  });

  it('waits for nothing where the browser has no Web Locks: every tab keeps the draft, as before', async () => {
    const claim = await claimEditorDraft(null);
    expect(claim.owner).toBe(true);
    expect(claim.waitForOwner).toBeUndefined();
  });
});
