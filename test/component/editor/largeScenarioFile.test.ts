/**
 * A 20 MB scenario file took ~18 s to import with nothing said. A file far larger than any scenario
 * (MAX_SCENARIO_FILE_BYTES) is refused at once, with why, and never read; a scenario file is read then
 * checked with the status saying each step (role=status), the import button waiting meanwhile.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { MAX_SCENARIO_FILE_BYTES } from '../../../src/scenario/load.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();

function choose(file: File) {
  return fireEvent.change(document.querySelector<HTMLInputElement>('input[type=file]')!, { target: { files: [file] } });
}

/** Every text the page's status lines (role=status) showed, in order. */
function statusTexts(): string[] {
  const seen: string[] = [];
  const record = () => {
    for (const status of screen.queryAllByRole('status')) {
      const text = status.textContent?.trim() ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }
  };
  new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true });
  return seen;
}

describe('a large scenario file', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });

  it('far larger than any scenario: refused at once with why, never read, the draft unchanged', async () => {
    render(ScenarioEditorScreen, { initial: scenario });
    const file = new File(['{}'], 'export.json');
    Object.defineProperty(file, 'size', { value: 20_000_000 });
    const read = vi.spyOn(file, 'arrayBuffer');
    await choose(file);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      /^Le fichier export\.json n’a pas été importé : il pèse 20 Mo, quand un scénario en pèse quelques Ko \(au plus 1 Mo\)\. Ce n’est sans doute pas un fichier de scénario/,
    );
    expect(read).not.toHaveBeenCalled();
    expect(screen.getByLabelText('secteur d’activité')).toHaveValue(scenario.sector);
  });

  it('in English too', async () => {
    await setLocale('en');
    render(ScenarioEditorScreen, { initial: scenario });
    const file = new File(['{}'], 'export.json');
    Object.defineProperty(file, 'size', { value: 12_345_678 });
    await choose(file);
    expect(await screen.findByRole('alert')).toHaveTextContent(/^The file export\.json was not imported: it weighs 12\.3 MB, while a scenario weighs a few kB \(at most 1 MB\)\./);
  });

  it('a scenario file: « Lecture du fichier… », then « Vérification… », then imported; the import button waits meanwhile', async () => {
    render(ScenarioEditorScreen, { initial: scenario });
    const seen = statusTexts();
    const text = JSON.stringify({ ...scenario, sector: 'pâtisserie fine' });
    expect(text.length).toBeLessThan(MAX_SCENARIO_FILE_BYTES);
    const file = new File([text], 'grand.json');
    let release = () => {};
    const bytes = file.arrayBuffer();
    vi.spyOn(file, 'arrayBuffer').mockImplementation(() => new Promise((resolve) => (release = () => resolve(bytes))));
    const button = screen.getByRole('button', { name: 'Importer un fichier JSON' });
    await choose(file);
    expect((await screen.findByText('Lecture du fichier grand.json…')).closest('[role=status]')).not.toBeNull();
    expect(button).toBeDisabled();
    release();
    expect(await screen.findByText('Scénario importé depuis le fichier grand.json.')).toBeInTheDocument();
    expect(seen.filter((line) => line.includes('grand.json'))).toEqual(['Lecture du fichier grand.json…', 'Vérification du scénario du fichier grand.json…', 'Scénario importé depuis le fichier grand.json.']);
    expect(button).toBeEnabled();
    expect(screen.getByLabelText('secteur d’activité')).toHaveValue('pâtisserie fine');
  });
});
