/**
 * A colleague's nearly valid scenario opens in the editor's form to be fixed there (QA qa19 F9): the
 * form never throws on a part of the wrong kind (a text where a number goes, a list that is a text or
 * a number, an item that is no object), each field is marked, playing and exporting wait. And the
 * « à chaque période » box of each objective (`everyTick`), with its remark on a metric that only grows.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { readEditorDraft } from '../../../src/ui/editor/editorDraftStore.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();

async function importJson(json: unknown, name = 'collegue.json'): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
  await fireEvent.change(input, { target: { files: [new File([JSON.stringify(json, null, 2)], name)] } });
}

describe('a scenario file with mistakes, opened in the form', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows every part of the wrong kind without a throw, marked, and cannot be played until fixed', async () => {
    const user = userEvent.setup();
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => void errors.push(event.error);
    window.addEventListener('error', onError);
    render(ScenarioEditorScreen, { initial: scenario, onplay: () => {} });
    // no objectives at all: undefined is left out of the JSON
    const noObjectives = { ...scenario, objectives: undefined };
    // every field of the wrong kind the form must hold without crashing
    const wrongTypes = {
      ...noObjectives,
      id: 42,
      name: { fr: 7, en: ['x'] },
      difficulty: 'dur',
      tickUnit: { semaine: true },
      durationTicks: 'long',
      budget: { initial: 'beaucoup', perTick: null },
      economics: { marginRate: '30 %', productTypes: 'pain' },
      customers: { ...scenario.customers, motiveMix: 5, purchaseRate: [], spend: 'cher', initialSatisfaction: null },
      competitors: ['Leclerc', { id: 1, name: null, attractiveness: 'forte', events: 'souvent' }, null],
      events: [3, { tick: 'un', kind: 9, label: 'Soldes' }],
      strategies: [1, null],
      acquisitionChannels: [{}],
    };
    await importJson({ ...wrongTypes, hiddenStages: 'aucune' }).catch((error: unknown) => errors.push(error));
    // hiddenStages is a text: a main part of the wrong kind, refused, nothing changed
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/^Le fichier collegue\.json n’a pas été importé/));
    expect(document.getElementById('ed-id')).toHaveValue(scenario.id);

    await importJson(wrongTypes);
    await waitFor(() => expect(screen.getByText(/^Le fichier collegue\.json est ouvert avec \d+ erreurs, marquées dans le formulaire/)).toBeInTheDocument());
    expect(errors).toEqual([]);
    // every section is there, the wrong fields marked with their message
    for (const name of ['Informations générales', 'Économie du magasin', 'Clientèle de départ', 'Concurrents', 'Événements du magasin', 'Objectifs notés'])
      expect(screen.getByRole('heading', { name })).toBeInTheDocument();
    for (const id of ['ed-id', 'ed-name-fr', 'ed-difficulty', 'ed-tickUnit', 'ed-durationTicks', 'ed-budget-initial', 'ed-budget-perTick', 'ed-economics-marginRate', 'ed-competitors-1-attractiveness'])
      expect(document.getElementById(id), id).toHaveAttribute('aria-invalid', 'true');
    expect(document.getElementById('ed-id')).toHaveValue('42');
    expect(document.getElementById('ed-economics-marginRate')).toHaveValue('30 %');
    expect(document.getElementById('ed-budget-initial')).toHaveValue('beaucoup');
    // a list that is no list: its message, no item; an item that is no object: its fields, empty
    expect(document.getElementById('ed-economics-productTypes')).toHaveTextContent(/liste/);
    expect(document.getElementById('ed-competitors-0-id')).toHaveValue('');
    const summary = screen.getByRole('list', { name: /^\d+ erreurs à corriger/ });
    expect(within(summary).getByRole('link', { name: /^objectifs\u00a0: champ obligatoire manquant/ })).toBeInTheDocument();
    // the dated events, one line each, open without a throw
    await user.click(screen.getByRole('button', { name: /^événement n° 2 · semaine un/ }));
    expect(document.getElementById('ed-events-1-tick')).toHaveValue('un');
    expect(screen.queryByRole('button', { name: 'Jouer ce commerce' })).toBeNull();

    // fixed in the form: adding items replaces what was no list
    await user.click(screen.getByRole('button', { name: 'Ajouter un type de produit' }));
    await user.click(screen.getByRole('button', { name: 'Ajouter un objectif' }));
    expect(document.getElementById('ed-economics-productTypes-0-id')).toHaveValue('produit1');
    expect(document.getElementById('ed-objectives-0-id')).toHaveValue('objectif1');
    expect(errors).toEqual([]);
    window.removeEventListener('error', onError);
    // the work is kept in the browser like any draft
    expect(readEditorDraft(localStorage)?.draft.id).toBe(42);
  });

  it('shows « à chaque période » on each objective: ticked from the file, kept on export, removed when unticked, with its remark on a metric that only grows', async () => {
    const user = userEvent.setup();
    const texts: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      void (blob as Blob).text().then((text) => texts.push(text));
      return 'blob:x';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const objectives = [
      { ...scenario.objectives[0], id: 'ca', metric: 'cumulativeTurnover' as const, comparator: '>=' as const, target: 1000, everyTick: true },
      { ...scenario.objectives[0], id: 'budget', metric: 'budgetLeft' as const, comparator: '>=' as const, target: 100 },
    ];
    render(ScenarioEditorScreen, { initial: { ...scenario, objectives } });
    const boxes = screen.getAllByRole('checkbox', { name: 'chaque semaine' });
    expect(boxes).toHaveLength(2);
    expect(boxes[0]).toBeChecked();
    expect(boxes[1]).not.toBeChecked();
    expect(boxes[0]).toHaveAccessibleDescription(/La cible doit tenir après chaque semaine jusqu’à l’échéance.*la pire valeur qui compte/);
    // a remark, not an error: the scenario stays valid
    expect(screen.getByText('Le scénario est valide.')).toBeInTheDocument();
    const remark = screen.getByRole('link', { name: /^objectif n° 1 › chaque semaine\u00a0: «.Chiffre d’affaires cumulé.» ne fait que croître.*revient donc à ne vérifier que la semaine 1/ });
    await user.click(remark);
    expect(boxes[0]).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Exporter en fichier JSON' }));
    await waitFor(() => expect(texts).toHaveLength(1));
    expect(JSON.parse(texts[0]).objectives.map((o: { everyTick?: boolean }) => o.everyTick)).toEqual([true, undefined]);

    await user.click(boxes[0]);
    await user.click(boxes[1]);
    expect(screen.queryByText(/ne fait que croître/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Exporter en fichier JSON' }));
    await waitFor(() => expect(texts).toHaveLength(2));
    const exported = JSON.parse(texts[1]).objectives as Record<string, unknown>[];
    expect('everyTick' in exported[0]).toBe(false);
    expect(exported[1].everyTick).toBe(true);

    await setLocale('en');
    expect(await screen.findAllByRole('checkbox', { name: 'every week' })).toHaveLength(2);
  });
});
