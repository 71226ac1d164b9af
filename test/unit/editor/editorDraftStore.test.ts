/** The scenario editor's draft kept in the browser: read back as written, nothing on a broken or missing storage, key order ignored. */
import { describe, expect, it } from 'vitest';
import { canonicalJson, forgetEditorDraft, readEditorDraft, sameJson, writeEditorDraft } from '../../../src/ui/editor/editorDraftStore.ts';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

const base = { id: 'boutique', name: { fr: 'Boutique' }, duration: 52 };
const draft = { id: 'boutique', name: { fr: 'Boutique de Lucie' }, duration: 30 };

describe('editor draft store', () => {
  it('reads back the draft, its origin, what was last kept and the save name', () => {
    const storage = memoryStorage();
    expect(readEditorDraft(storage)).toBeNull();
    expect(writeEditorDraft(storage, { draft, base, kept: base, saveName: 'Séance 1' })).toBe(true);
    expect(readEditorDraft(storage)).toEqual({ draft, base, kept: base, saveName: 'Séance 1' });
    const exported = { ...draft, duration: 40 };
    writeEditorDraft(storage, { draft, base, kept: exported, saveName: '' });
    expect(readEditorDraft(storage)).toEqual({ draft, base, kept: exported, saveName: '' });
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
    expect(writeEditorDraft(null, { draft, base, kept: base, saveName: '' })).toBe(false);
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
    expect(writeEditorDraft(refusing, { draft, base, kept: base, saveName: '' })).toBe(false);
    expect(() => forgetEditorDraft(refusing)).not.toThrow();
  });

  it('compares drafts whatever the order their fields were typed in', () => {
    expect(sameJson({ a: 1, b: { c: [1, { d: 2, e: 3 }] } }, { b: { c: [1, { e: 3, d: 2 }] }, a: 1 })).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
});
