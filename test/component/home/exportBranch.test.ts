/**
 * Exporting a what-if branch's run file tells the learner it goes alone (QA teacher #11): the file
 * does not carry the original timeline, so imported elsewhere the comparison is lost. A run that is
 * not a branch exports without a word.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import SavedRuns from '../../../src/ui/home/SavedRuns.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import { savedRun } from '../../fixtures/runSummary.ts';

function library(): RunLibrary {
  return {
    list: async () => [savedRun({ id: 'r1', name: 'Ma partie' }), savedRun({ id: 'r2', name: 'Ma partie — et si… (la semaine 2)', branch: true })],
    rename: async () => {},
    remove: async () => {},
    exportRun: vi.fn(async () => ({ fileName: 'x.json', blob: new Blob(['{}']) })),
  };
}

describe('exporting a what-if branch', () => {
  it('says the branch’s file holds it alone, and nothing for a run that is not a branch', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:run');
    URL.revokeObjectURL = vi.fn();
    const user = userEvent.setup();
    const notices = new Notices();
    render(SavedRuns, { library: library(), notices, version: 0, busy: false, onresume: () => {} });
    const [original, branch] = await screen.findAllByRole('button', { name: /^Exporter «/ });
    await user.click(original);
    expect(notices.list).toEqual([]);
    await user.click(branch);
    expect(notices.list.map((n) => [n.key, n.params])).toEqual([['savedRuns.exportBranchAlone', { name: 'Ma partie — et si… (la semaine 2)' }]]);
  });
});
