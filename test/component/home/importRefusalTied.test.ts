/**
 * A refused game file is said under the field as an alert, read once (QA qa26a11y D1): a screen-reader user who came
 * back to the field heard only « Fichier de partie (.json) ». While the refusal shows, the field is invalid and
 * described by it; a good file chosen after it clears both.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import HomeScreen from '../../../src/ui/home/HomeScreen.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

/** refuses a file named resultat*.json (a result file handed in to the teacher), imports any other */
function library(): RunLibrary {
  return {
    list: async () => [],
    rename: async () => {},
    remove: async () => {},
    importRun: async (file) => {
      if (file.name.startsWith('resultat')) throw Object.assign(new Error('db.importResultFile'), { name: 'DbError', code: 'importResultFile', params: {} });
      return { id: 'imported', name: 'Partie importée', copy: false };
    },
  };
}

describe('the game file field after a refusal', () => {
  it('is invalid and described by the refusal while it shows, and no longer once a good file is chosen', async () => {
    const user = userEvent.setup();
    render(HomeScreen, { scenarios: shippedScenarioList(), library: library(), notices: new Notices(), busy: false, onstart: () => {}, onresume: () => {} });
    const section = await screen.findByRole('region', { name: 'Importer une partie' });
    const input = within(section).getByLabelText('Fichier de partie (.json)');
    expect(input).not.toHaveAttribute('aria-invalid', 'true');
    await user.upload(input, new File(['{}'], 'resultat-lea.json', { type: 'application/json' }));
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    expect(input).toHaveAccessibleDescription(/^Erreur\s*:\s*Ce fichier est un fichier de résultat\s*: il se remet à l’enseignant/);

    await user.upload(input, new File(['{}'], 'partie.json', { type: 'application/json' }));
    await expect.poll(() => within(section).getByRole('status').textContent).toMatch(/importée/);
    expect(input).not.toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('');
  });
});
