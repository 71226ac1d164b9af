/**
 * « Commerce vide, à remplir » (QA qa31lesson m3): a teacher starting a shop of her own no longer cleans the
 * bakery: no template competitor, event, product type or objective is left behind, and the shop is valid as it opens.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { EditorController, BLANK_SOURCE } from '../../../src/ui/editor/editorController.svelte.ts';
import { ScenarioDraft } from '../../../src/ui/editor/scenarioDraft.svelte.ts';
import { shippedScenarios } from '../../../src/scenario/shipped.ts';
import { parseScenario } from '../../../src/scenario/load.ts';
import { ownLabelWarnings } from '../../../src/ui/editor/labelCheck.ts';
import { staleEnglishPaths, staleLabelWarnings } from '../../../src/ui/editor/reachCheck.ts';

const shipped = shippedScenarios().scenarios;
const templates = shipped.map((s) => s.scenario);
let cleanup: () => void = () => {};
afterEach(() => cleanup());

function controller() {
  let editor!: EditorController;
  cleanup = $effect.root(() => {
    editor = new EditorController({
      draft: new ScenarioDraft(structuredClone(shipped[0].scenario), () => 'fr'),
      storage: localStorage,
      shipped,
      locale: () => 'fr',
      href: () => 'https://ecole.example/fidelis/',
      copyText: async () => {},
      now: () => '2026-11-30T16:00:00.000Z',
    });
  });
  return editor;
}

describe('starting from an empty shop', () => {
  it('leaves none of a template’s competitors, events, product types or objectives, and is valid', () => {
    const editor = controller();
    editor.loadSource(BLANK_SOURCE);
    const parsed = parseScenario(editor.draft.snapshot());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const shop = parsed.scenario;
    expect(shop.id).toBe('mon-commerce');
    expect(shop.name).toEqual({ fr: 'Mon commerce' });
    expect(shop.description.en).toBeUndefined();
    expect(shop.competitors).toEqual([]);
    expect(shop.events).toEqual([]);
    expect(shop.economics.productTypes.map((p) => p.label)).toEqual([{ fr: 'Produits' }]);
    expect(shop.objectives).toHaveLength(1);
    const templateLabels = templates.flatMap((s) => s.objectives.map((o) => o.label.fr));
    expect(templateLabels).not.toContain(shop.objectives[0].label.fr);
    expect(templates.map((s) => s.id)).not.toContain(shop.id);
    // nothing of a template to clean: no remark on a label or an English text
    expect([...ownLabelWarnings(shop, templates), ...staleLabelWarnings(shop, templates), ...staleEnglishPaths(shop, templates)]).toEqual([]);
    // « Repartir de « Mon commerce » » goes back to the empty shop; the choice stays listed after a restore
    expect(editor.discardLabel).toMatch(/Mon commerce/);
    expect(editor.draft.errors).toEqual([]);
  });

  it('asks before replacing edits, like a template', () => {
    const editor = controller();
    editor.draft.set(['budget', 'initial'], 1234);
    editor.loadSource(BLANK_SOURCE);
    expect(editor.confirmation).not.toBeNull();
    expect(editor.draft.get(['competitors'])).not.toEqual([]);
    editor.confirmNow();
    expect(editor.draft.get(['competitors'])).toEqual([]);
  });
});
