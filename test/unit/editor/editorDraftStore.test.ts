/**
 * The scenario editor's draft kept in the browser: read back as written (with the « Partir du scénario »
 * choice), nothing on a broken or missing storage, key order ignored; a share link opened over an
 * edited draft opens and sets the draft aside, once per link in a page's life.
 */
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  draftOpening,
  firstHandOver,
  forgetAsideDraft,
  forgetEditorDraft,
  keepAsideFor,
  readAsideDraft,
  readEditorDraft,
  sameJson,
  writeAsideDraft,
  writeEditorDraft,
  type EditorDraftRecord,
} from '../../../src/ui/editor/editorDraftStore.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { parseScenario } from '../../../src/scenario/load.ts';
import type { JsonObject } from '../../../src/ui/editor/draftPath.ts';
import { memoryStorage } from '../../fixtures/memoryStorage.ts';

const base = { id: 'boutique', name: { fr: 'Boutique' }, duration: 52 };
const draft = { id: 'boutique', name: { fr: 'Boutique de Lucie' }, duration: 30 };

describe('editor draft store', () => {
  it('reads back the draft, its origin, what was last kept and the save name', () => {
    const storage = memoryStorage();
    expect(readEditorDraft(storage)).toBeNull();
    expect(writeEditorDraft(storage, { draft, base, kept: base, saveName: 'Séance 1', source: 'mine:Séance 1' })).toBe(true);
    expect(readEditorDraft(storage)).toEqual({ draft, base, kept: base, saveName: 'Séance 1', source: 'mine:Séance 1' });
    const exported = { ...draft, duration: 40 };
    writeEditorDraft(storage, { draft, base, kept: exported, saveName: '', source: '' });
    expect(readEditorDraft(storage)).toEqual({ draft, base, kept: exported, saveName: '', source: '' });
    forgetEditorDraft(storage);
    expect(readEditorDraft(storage)).toBeNull();
  });

  it('ignores what is not a draft of its own, and a storage that is missing, blocked or full', () => {
    const storage = memoryStorage();
    for (const text of ['{', 'null', '[]', '{"v":2,"draft":{},"base":{}}', '{"v":1,"draft":[],"base":{}}', '{"v":1,"draft":{}}']) {
      storage.setItem('fidelis.editor.draft', text);
      expect(readEditorDraft(storage)).toBeNull();
    }
    expect(readEditorDraft(null)).toBeNull();
    expect(writeEditorDraft(null, { draft, base, kept: base, saveName: '', source: '' })).toBe(false);
    const refusing = {
      ...memoryStorage(),
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as Storage;
    expect(readEditorDraft(refusing)).toBeNull();
    expect(writeEditorDraft(refusing, { draft, base, kept: base, saveName: '', source: '' })).toBe(false);
    expect(() => forgetEditorDraft(refusing)).not.toThrow();
  });

  it('compares drafts whatever the order their fields were typed in', () => {
    expect(sameJson({ a: 1, b: { c: [1, { d: 2, e: 3 }] } }, { b: { c: [1, { e: 3, d: 2 }] }, a: 1 })).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('reads a draft kept before the « Partir du scénario » choice was kept, with no choice', () => {
    const storage = memoryStorage();
    storage.setItem('fidelis.editor.draft', JSON.stringify({ v: 1, draft, base, kept: null, saveName: 'Séance 1' }));
    expect(readEditorDraft(storage)).toEqual({ draft, base, kept: base, saveName: 'Séance 1', source: '' });
  });

  it('keeps the draft set aside under its own key', () => {
    const storage = memoryStorage();
    const record: EditorDraftRecord = { draft, base, kept: base, saveName: '', source: 'shipped:opticien.json' };
    writeEditorDraft(storage, { ...record, draft: base });
    expect(writeAsideDraft(storage, record)).toBe(true);
    expect(readAsideDraft(storage)).toEqual(record);
    expect(readEditorDraft(storage)?.draft).toEqual(base);
    forgetAsideDraft(storage);
    expect(readAsideDraft(storage)).toBeNull();
    expect(readEditorDraft(storage)?.draft).toEqual(base);
    expect(writeAsideDraft(null, record)).toBe(false);
  });

  it('keeps, with a draft set aside, that it was another tab’s (its notice says so after a reload)', () => {
    const storage = memoryStorage();
    const record: EditorDraftRecord = { draft, base, kept: base, saveName: '', source: '', from: 'tab' };
    writeAsideDraft(storage, record);
    expect(readAsideDraft(storage)).toEqual(record);
  });

  describe('a share link opened over a draft', () => {
    const shop = fixtureScenario();
    const edited: EditorDraftRecord = { draft, base, kept: base, saveName: '', source: '' };
    const unedited: EditorDraftRecord = { draft: base, base, kept: base, saveName: '', source: '' };

    it('sets aside an edited draft, not an unedited one nor the link’s own scenario', () => {
      expect(keepAsideFor(edited, shop)).toBe(true);
      expect(keepAsideFor(unedited, shop)).toBe(false);
      expect(keepAsideFor(null, shop)).toBe(false);
      // the teacher's own link opened again: the same scenario, as written or once checked (defaults filled)
      expect(keepAsideFor({ ...edited, draft: { ...shop } }, shop)).toBe(false);
      const noStrategies = JSON.parse(JSON.stringify(shop)) as JsonObject;
      delete noStrategies.strategies;
      const checked = parseScenario(noStrategies);
      if (!checked.ok) throw new Error('fixture without strategies is a scenario');
      expect(sameJson(noStrategies, checked.scenario)).toBe(false);
      expect(keepAsideFor({ ...edited, draft: noStrategies }, checked.scenario)).toBe(false);
    });

    it('opens the link now, the edited draft aside; coming back later in the same page, the edited draft', () => {
      expect(draftOpening(edited, shop, true)).toEqual({ open: 'handed', aside: edited });
      expect(draftOpening(unedited, shop, true)).toEqual({ open: 'handed', aside: null });
      expect(draftOpening(null, shop, true)).toEqual({ open: 'handed', aside: null });
      expect(draftOpening(edited, shop, false)).toEqual({ open: 'draft', record: edited });
      expect(draftOpening(unedited, shop, false)).toEqual({ open: 'handed', aside: null });
      expect(draftOpening(edited, undefined, false)).toEqual({ open: 'draft', record: edited });
      expect(draftOpening(null, undefined, false)).toEqual({ open: 'default' });
    });

    it('counts a scenario object as handed over once', () => {
      const linked = fixtureScenario();
      expect(firstHandOver(linked)).toBe(true);
      expect(firstHandOver(linked)).toBe(false);
      expect(firstHandOver(fixtureScenario())).toBe(true);
    });
  });
});
