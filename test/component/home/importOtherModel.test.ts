/**
 * QA robust #9: a run file from another model version (or naming none) is imported unchecked and its
 * figures are recalculated at resume; the learner was told nothing. The import says so.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ImportRun from '../../../src/ui/home/ImportRun.svelte';
import { translate } from '../../../src/i18n/translate.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';

function library(otherModel: boolean): RunLibrary {
  return { importRun: async () => ({ id: 'r1', name: 'Boulangerie (1907)', otherModel }) } as unknown as RunLibrary;
}

async function importWith(otherModel: boolean) {
  const notices = new Notices();
  render(ImportRun, { library: library(otherModel), notices, onimported: () => {} });
  await fireEvent.change(screen.getByLabelText('Fichier de partie (.json)'), { target: { files: [new File(['{}'], 'partie.json')] } });
  return notices;
}

describe('importing a run file from another model', () => {
  it('says that its figures will be recalculated at resume', async () => {
    const notices = await importWith(true);
    await expect.poll(() => notices.list.map((n) => n.key)).toEqual(['db.importOtherModel']);
    const warning = notices.list[0];
    expect(warning).toMatchObject({ level: 'warning', params: { name: 'Boulangerie (1907)' } });
    expect(translate('fr', 'db.importOtherModel', { name: 'Boulangerie (1907)' }).replace(/[\u00a0\u202f]/g, ' ')).toMatch(/^La partie « Boulangerie \(1907\) » vient d’une autre version de Fidélis .* recalculés avec la version actuelle quand vous la reprendrez/);
    expect(translate('en', 'db.importOtherModel', { name: 'Boulangerie (1907)' })).toMatch(/comes from another version of Fidélis/);
  });

  it('says nothing more for a file of this model', async () => {
    const notices = await importWith(false);
    // the success is said beside the field (role=status), not in the notices
    await screen.findByText(/importée/);
    expect(notices.list).toEqual([]);
  });
});
