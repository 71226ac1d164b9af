/**
 * QA robust #5: a scenario saved as Windows-1252 (old Notepad, some Windows tools) was imported as UTF-8,
 * every accent turned into « � » under « Scénario importé ». It is read as the CSV import reads files
 * (src/import/decodeText.ts), with its accents, and the status says which encoding was read.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import ScenarioEditorScreen from '../../../src/ui/editor/ScenarioEditorScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();

describe('scenario file encodings', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setLocale('fr');
  });

  it('reads a Windows-1252 file with its accents and says so', async () => {
    render(ScenarioEditorScreen, { initial: scenario });
    const bytes = Buffer.from(JSON.stringify({ ...scenario, sector: 'pâtisserie fine' }), 'latin1');
    await fireEvent.change(document.querySelector<HTMLInputElement>('input[type=file]')!, { target: { files: [new File([bytes], 'cp1252.json')] } });
    expect(await screen.findByText(/Ce fichier n’est pas en UTF-8 : il a été lu en Windows-1252/)).toHaveTextContent(/^Scénario importé depuis le fichier cp1252\.json\./);
    expect(screen.getByLabelText('secteur d’activité')).toHaveValue('pâtisserie fine');
  });

  it('a UTF-8 file says nothing about its encoding', async () => {
    render(ScenarioEditorScreen, { initial: scenario });
    const file = new File([JSON.stringify({ ...scenario, sector: 'pâtisserie fine' })], 'utf8.json');
    await fireEvent.change(document.querySelector<HTMLInputElement>('input[type=file]')!, { target: { files: [file] } });
    expect(await screen.findByText('Scénario importé depuis le fichier utf8.json.')).toBeInTheDocument();
    expect(screen.getByLabelText('secteur d’activité')).toHaveValue('pâtisserie fine');
  });
});
