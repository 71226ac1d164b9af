/**
 * The scenario editor's actions without the screen: nothing replaced or overwritten without a
 * confirmation, failures said in French, saved scenarios listed as they change, a draft with errors
 * (or a shipped shop's id) saved as a draft and never offered for play.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EditorController } from '../../../src/ui/editor/editorController.svelte.ts';
import { ScenarioDraft } from '../../../src/ui/editor/scenarioDraft.svelte.ts';
import { shippedScenarios } from '../../../src/scenario/shipped.ts';
import { shippedIdProblems } from '../../../src/ui/editor/idCheck.ts';
import { playableShops } from '../../../src/scenario/localScenarios.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import type { JsonObject } from '../../../src/ui/editor/draftPath.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const shipped = shippedScenarios().scenarios;
let cleanup: () => void = () => {};

const shippedIds = shipped.map((s) => s.scenario.id);

function controller(storage: Storage | null = localStorage, copied: string[] = [], play?: (scenario: Scenario) => void, shown: 'fr' | 'en' = 'fr') {
  let editor!: EditorController;
  cleanup = $effect.root(() => {
    editor = new EditorController({
      draft: new ScenarioDraft(structuredClone(shipped[0].scenario), () => 'fr', (d) => shippedIdProblems(d.get(['id']), shippedIds)),
      storage,
      shipped,
      locale: () => shown,
      href: () => 'https://ecole.example/fidelis/',
      copyText: async (text) => void copied.push(text),
      now: () => '2026-11-30T16:00:00.000Z',
      ...(play ? { play } : {}),
    });
  });
  return editor;
}

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

describe('scenario editor actions', () => {
  it('saves under the scenario name, and asks before overwriting a saved one', () => {
    const editor = controller();
    editor.draft.set(['id'], 'boulangerie-du-lycee');
    editor.save();
    const name = shipped[0].scenario.name.fr;
    expect(editor.saved.map((s) => s.name)).toEqual([name]);
    expect(editor.status).toEqual({
      kind: 'info',
      text: frenchText`Commerce « ${name} » enregistré dans ce navigateur : il figure sur la page d’accueil, parmi les commerces, et peut être joué.`,
    });

    editor.draft.set(['budget', 'initial'], 1234);
    editor.save();
    expect(editor.confirmation?.label).toBe('Écraser');
    expect(editor.saved[0].draft).not.toMatchObject({ budget: { initial: 1234 } });
    editor.confirmNow();
    expect(editor.confirmation).toBeNull();
    expect(editor.saved[0].draft).toMatchObject({ budget: { initial: 1234 } });
  });

  it('asks before replacing unsaved edits, and keeps them when the teacher cancels', () => {
    const editor = controller();
    editor.draft.set(['budget', 'initial'], 999);
    editor.loadSource(`shipped:${shipped[1].file}`);
    expect(editor.confirmation).not.toBeNull();
    editor.cancel();
    expect(editor.draft.get(['budget', 'initial'])).toBe(999);
    editor.loadSource(`shipped:${shipped[1].file}`);
    editor.confirmNow();
    expect(editor.draft.get(['id'])).toBe(shipped[1].scenario.id);
    expect(editor.draft.dirty).toBe(false);
  });

  it('opens a scenario with mistakes in the form, every problem listed, and loads a valid one', () => {
    const editor = controller();
    // a scenario with mistakes: opened to be fixed in the form, each problem listed with its line (QA qa19 F9)
    editor.importText('cassé.json', JSON.stringify({ ...shipped[0].scenario, id: 'Pas Bon', durationTicks: 'long' }, null, 2));
    expect(editor.status?.kind).toBe('warning');
    expect(editor.status?.text).toBe(
      frenchText`Le fichier cassé.json est ouvert avec 2 erreurs, marquées dans le formulaire : corrigez-les pour pouvoir jouer, exporter ou partager ce scénario.`,
    );
    expect(editor.status?.details).toHaveLength(2);
    expect(editor.status?.details?.[0]).toMatch(/^id .*identifiant.*Pas Bon.*\[ligne 3, colonne 9\]$/);
    expect(editor.draft.get(['id'])).toBe('Pas Bon');
    expect(editor.draft.get(['durationTicks'])).toBe('long');
    expect(editor.draft.errors.map((e) => e.where)).toEqual(['id', 'durationTicks']);
    expect(editor.draft.dirty).toBe(false);
    // not playable nor exportable until fixed
    expect(editor.validScenario).toBeNull();
    expect(editor.exportable()).toBeNull();
    editor.importText('optique.json', JSON.stringify(shipped[3].scenario));
    // most of a scenario's sections missing: one sentence, no line per missing field (QA more M3)
    editor.importText('bout.json', '{"formatVersion": 1, "id": "Pas Bon"}');
    expect(editor.status?.text).toMatch(/^Le fichier bout\.json n’a pas été importé.*ce n’est pas un scénario Fidélis/);
    expect(editor.status?.details).toBeUndefined();
    editor.importText('illisible.json', null);
    expect(editor.status?.text).toContain('illisible.json');
    editor.importText('optique.json', JSON.stringify(shipped[3].scenario));
    expect(editor.draft.get(['id'])).toBe(shipped[3].scenario.id);
    expect(editor.status?.kind).toBe('info');
  });

  it('refuses, changing nothing, a file the form cannot hold: not JSON, a list, a CSV, a newer or no format, a main part of the wrong kind (QA qa19 F9)', () => {
    const editor = controller();
    editor.draft.set(['sector'], 'fleuriste');
    editor.draft.dirty = false;
    const bakery = shipped[0].scenario;
    const refused: [string, string][] = [
      ['tronqué.json', JSON.stringify(bakery).slice(0, 200)],
      ['liste.json', JSON.stringify([bakery])],
      ['classe.json', 'élève;score\nLéa;12\n'],
      ['futur.json', JSON.stringify({ ...bakery, formatVersion: 2 })],
      ['sans-version.json', JSON.stringify({ ...bakery, formatVersion: undefined, id: 'Pas Bon' })],
      ['clientele.json', JSON.stringify({ ...bakery, customers: 'beaucoup' })],
      ['objectifs.json', JSON.stringify({ ...bakery, objectives: { id: 'marge' } })],
      ['nom.json', JSON.stringify({ ...bakery, name: 'Boulangerie' })],
    ];
    for (const [file, text] of refused) {
      editor.importText(file, text);
      expect(editor.status?.kind, file).toBe('error');
      expect(editor.status?.text, file).toMatch(new RegExp(`^Le fichier ${file.replace('.', '\\.')} n’a pas été importé`));
      expect(editor.confirmation, file).toBeNull();
      expect(editor.draft.get(['sector']), file).toBe('fleuriste');
    }
    // the file's problems are still listed, with their line
    editor.importText('clientele.json', JSON.stringify({ ...bakery, customers: 'beaucoup' }, null, 2));
    expect(editor.status?.details?.join('\n')).toMatch(/customers.*\[ligne \d+, colonne \d+\]/);
  });

  it('opens a file with a text where a number goes, or a list missing, without a throw; names a non-text id or name safely when saving', () => {
    const editor = controller();
    // no objectives at all (undefined is left out of the JSON)
    editor.importText('trous.json', JSON.stringify({ ...shipped[0].scenario, objectives: undefined, id: 42, name: { fr: 7 }, economics: { marginRate: '30 %', productTypes: 'pain' } }));
    expect(editor.status?.kind).toBe('warning');
    expect(editor.draft.get(['economics', 'productTypes'])).toBe('pain');
    expect(editor.draft.errors.map((e) => e.where)).toEqual(expect.arrayContaining(['id', 'name.fr', 'economics.marginRate', 'economics.productTypes', 'objectives']));
    expect(editor.draftName).toBe('');
    editor.save();
    expect(editor.saved.map((s) => s.name)).toEqual(['scenario']);
    expect(editor.status?.kind).toBe('warning');
  });

  it('deletes a saved scenario only once confirmed, and says when the browser storage is full', () => {
    const editor = controller();
    editor.save();
    editor.deleteEntry(editor.saved[0]);
    expect(editor.saved).toHaveLength(1);
    editor.confirmNow();
    expect(editor.saved).toHaveLength(0);

    const full = Object.create(localStorage) as Storage;
    full.setItem = () => {
      throw new DOMException('plein', 'QuotaExceededError');
    };
    const blocked = controller(full);
    blocked.save();
    expect(blocked.status?.kind).toBe('error');
    expect(blocked.status?.text).toMatch(/plein|espace/i);
  });

  it('saves a draft with errors as a draft, counted, and never offers it for play', () => {
    const played: Scenario[] = [];
    const editor = controller(localStorage, [], (s) => void played.push(s));
    editor.draft.set(['durationTicks'], 2);
    editor.saveName = 'Brouillon';
    editor.save();
    const errors = editor.problemCount;
    // the duration and the shipped id
    expect(editor.draft.errors).toHaveLength(1);
    expect(editor.draft.toPlay).toHaveLength(1);
    expect(errors).toBe(2);
    // the message counts the errors, as the summary does; the shipped id is a note apart (QA qa19 F9); the saved entry keeps both
    expect(editor.status).toEqual({ kind: 'warning', text: frenchText`Brouillon « Brouillon » enregistré, 1 erreur à corriger avant de jouer.` });
    expect(editor.saved[0]).toMatchObject({ name: 'Brouillon', errors });
    expect(editor.saved[0].scenario).toBeUndefined();
    expect(playableShops(localStorage)).toEqual([]);
    expect(editor.canPlay).toBe(false);
    editor.play();
    expect(played).toEqual([]);
  });

  it('asks for another id than a shipped shop’s, then plays the saved shop until it is edited', () => {
    const played: Scenario[] = [];
    const editor = controller(localStorage, [], (s) => void played.push(s));
    expect(editor.draft.errorsAt(['id'])).toEqual([
      frenchText`l’identifiant « ${shipped[0].scenario.id} » est celui d’un commerce fourni : choisissez-en un autre, pour que votre commerce ait sa propre carte sur la page d’accueil`,
    ]);
    // still a valid file: it may be exported or shared
    expect(editor.validScenario).not.toBeNull();
    editor.save();
    // valid with a note: no « erreur » (QA qa19 F9)
    expect(editor.status).toEqual({
      kind: 'warning',
      text: frenchText`Brouillon « ${shipped[0].scenario.name.fr} » enregistré. Le scénario est valide ; changez ce qui est listé sous « À changer avant de jouer ce commerce » pour pouvoir le jouer.`,
    });
    expect(editor.canPlay).toBe(false);

    editor.draft.set(['id'], 'boulangerie-du-lycee');
    editor.draft.set(['name', 'fr'], 'Boulangerie du Lycée');
    expect(editor.canPlay).toBe(false);
    editor.save();
    expect(editor.confirmation).not.toBeNull();
    editor.confirmNow();
    expect(editor.canPlay).toBe(true);
    const shops = playableShops(localStorage);
    expect(shops.map((s) => [s.name, s.scenario.id, s.scenario.name.fr])).toEqual([[shipped[0].scenario.name.fr, 'boulangerie-du-lycee', 'Boulangerie du Lycée']]);
    editor.play();
    expect(played.map((s) => s.id)).toEqual(['boulangerie-du-lycee']);

    editor.draft.set(['budget', 'initial'], 1500);
    expect(editor.canPlay).toBe(false);
    editor.openSaved(editor.saved[0]);
    editor.confirmNow();
    expect(editor.canPlay).toBe(true);
  });

  it('offers no play button without a way to start a run', () => {
    const editor = controller();
    editor.draft.set(['id'], 'boulangerie-du-lycee');
    editor.save();
    expect(editor.playableScenario).not.toBeNull();
    expect(editor.canPlay).toBe(false);
  });

  it('refuses to export or share an invalid draft, and copies a valid one as a link', async () => {
    const copied: string[] = [];
    const editor = controller(localStorage, copied);
    await editor.makeLink();
    expect(copied).toHaveLength(1);
    expect(editor.link).toBe(copied[0]);
    expect(copied[0]).toMatch(/^https:\/\/ecole\.example\/fidelis\/\?/);
    // still the bakery's id: the students' home page would show it in the bakery's place
    expect(editor.status).toEqual({
      kind: 'warning',
      text: frenchText`Lien copié dans le presse-papiers. Attention : ce scénario garde l’identifiant de « ${shipped[0].scenario.name.fr} ». Chez l’élève qui ouvre le lien, il prendra la place de ce commerce sur la page d’accueil ; donnez-lui un identifiant à lui pour qu’il s’ajoute aux commerces fournis.`,
    });
    editor.draft.set(['id'], 'boulangerie-du-lycee');
    await editor.makeLink();
    expect(editor.status).toEqual({ kind: 'info', text: 'Lien copié dans le presse-papiers.' });
    editor.draft.set(['durationTicks'], -3);
    expect(editor.exportable()).toBeNull();
    expect(editor.status?.kind).toBe('error');
  });

  it('names the draft set aside by its French name when its English one is blank, as the rest of the editor does', () => {
    const editor = controller(localStorage, [], undefined, 'en');
    const aside = (name: JsonObject) => editor.setAside({ draft: { id: 'ma-boulangerie', name }, base: {}, kept: {}, saveName: '', source: '' });
    aside({ fr: 'Ma boulangerie', en: '  ' });
    expect(editor.asideName).toBe('Ma boulangerie');
    aside({ fr: 'Ma boulangerie', en: ' My bakery ' });
    expect(editor.asideName).toBe('My bakery');
    aside({ fr: ' ', en: '' });
    expect(editor.asideName).toBe('ma-boulangerie');
  });

  describe('taking the draft over from another tab that closed the editor', () => {
    const otherTabs = (name: string) => {
      const base = structuredClone(shipped[0].scenario) as unknown as JsonObject;
      return { draft: { ...base, name: { fr: name } }, base, kept: base, saveName: '', source: '' };
    };

    it('without edits of its own, opens the draft the other tab left, as restored', () => {
      const editor = controller();
      expect(editor.takeOver(otherTabs('Fleuriste (onglet A)'), 'default')).toBe('resumed');
      expect(editor.draft.get(['name', 'fr'])).toBe('Fleuriste (onglet A)');
      expect(editor.restored).toBe(true);
      expect(editor.aside).toBeNull();
    });

    it('with edits of its own, keeps them and sets the other tab’s draft aside, said as the other tab’s', () => {
      const editor = controller();
      editor.draft.set(['name', 'fr'], 'Librairie (onglet B)');
      expect(editor.takeOver(otherTabs('Fleuriste (onglet A)'), 'default')).toBe('kept');
      expect(editor.draft.get(['name', 'fr'])).toBe('Librairie (onglet B)');
      expect(editor.aside?.from).toBe('tab');
      expect(editor.asideName).toBe('Fleuriste (onglet A)');
      // an unedited draft left by the other tab holds no work: nothing set aside
      localStorage.clear();
      const again = controller();
      again.draft.set(['name', 'fr'], 'Librairie (onglet B)');
      expect(again.takeOver({ ...otherTabs('x'), draft: structuredClone(shipped[0].scenario) as unknown as JsonObject }, 'default')).toBe('kept');
      expect(again.aside).toBeNull();
    });

    it('with no edits of its own but a scenario loaded (a share link), keeps it: « shown », not « kept » (no changes made here)', () => {
      const editor = controller();
      editor.openLink(structuredClone(shipped[0].scenario));
      expect(editor.takeOver(otherTabs('Fleuriste (onglet A)'), 'handed')).toBe('shown');
      expect(editor.asideName).toBe('Fleuriste (onglet A)');
    });
  });
});
