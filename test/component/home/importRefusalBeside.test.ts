/**
 * A refused game file (a result file handed in to the teacher, a frequent mix-up) said why in the notices at the
 * top of the home page, 2 700 px above the import field, and the focus went to <body>: the student saw nothing
 * happen (QA12 F3). The reason now shows under the input, as an alert, and the input has the focus back.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import HomeScreen from '../../../src/ui/home/HomeScreen.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

function refusing(code: string): RunLibrary {
  return {
    list: async () => [],
    rename: async () => {},
    remove: async () => {},
    exportRun: async () => ({ fileName: 'x.json', blob: new Blob(['{}']) }),
    importRun: async () => {
      throw Object.assign(new Error(`db.${code}`), { name: 'DbError', code, params: {} });
    },
  };
}

describe('a refused game file', () => {
  it('says why under the import field (role=alert) and gives the focus back to the field', async () => {
    const notices = new Notices();
    const user = userEvent.setup();
    render(HomeScreen, { scenarios: shippedScenarioList(), library: refusing('importResultFile'), notices, busy: false, onstart: () => {}, onresume: () => {} });
    const section = await screen.findByRole('region', { name: 'Importer une partie' });
    const input = within(section).getByLabelText('Fichier de partie (.json)');
    await user.upload(input, new File(['{}'], 'resultat-lea.json', { type: 'application/json' }));
    const alert = await within(section).findByRole('alert');
    await expect.poll(() => alert.textContent).toMatch(/^Erreur\s*:\s*Ce fichier est un fichier de résultat\s*: il se remet à l’enseignant/);
    expect(input).toHaveFocus();
    // not said a second time at the top of the page
    expect(notices.list).toEqual([]);
  });
});
