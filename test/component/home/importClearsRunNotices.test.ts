/**
 * A refused decision of the run played before stayed above the outcome of an import (QA F22, shot
 * 56-import-errors): another run comes in, the notices about the previous one go; the app's stay.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import HomeScreen from '../../../src/ui/home/HomeScreen.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

describe('importing a game file', () => {
  it('drops the notices about the run played before, keeps the app’s', async () => {
    const library: RunLibrary = {
      list: async () => [],
      rename: async () => {},
      remove: async () => {},
      exportRun: async () => ({ fileName: 'x.json', blob: new Blob(['{}']) }),
      importRun: async () => ({ id: 'r', name: 'Ma partie', copy: false, otherModel: false }),
    };
    const notices = new Notices();
    notices.push('warning', 'decisions.rejected', { action: 'vocabulary.actionType.collecteDonnees', reason: 'decisions.reason.cibleVide' }, undefined, { run: 'bakery' });
    notices.push('warning', 'db.inMemory');
    const user = userEvent.setup();
    render(HomeScreen, { scenarios: shippedScenarioList(), library, notices, busy: false, onstart: () => {}, onresume: () => {} });
    await user.upload(screen.getByLabelText('Fichier de partie (.json)'), new File(['{}'], 'partie.json', { type: 'application/json' }));
    await expect.poll(() => notices.list.map((n) => n.key)).toEqual(['db.inMemory']);
  });
});
