/**
 * The result file's making and download are fetched on the first « Télécharger » (ui/verify/resultFileDownload.ts, with
 * buildResultFile.ts), not with the Bilan. When that fetch fails (offline before the app was stored for offline use), the
 * section says the file could not be prepared, as for any other failure, and the button can be pressed again.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import ExportResult from '../../../src/ui/verify/ExportResult.svelte';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

// the network gone when the file's code is first fetched (vitest words the failure its own way: only the start is checked)
vi.mock('../../../src/ui/verify/resultFileDownload.ts', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('the result file’s code fetched on the first download', () => {
  beforeEach(() => localStorage.removeItem('fidelis.learnerName'));

  it('says the file could not be prepared when that fetch fails, saves nothing and lets the learner try again', async () => {
    const user = userEvent.setup();
    const save = vi.fn();
    const stateHash = vi.fn(async () => 'x');
    render(ExportResult, { scenario: fixtureScenario(), seed: 5, decisions: [], kpis: makeKpiSeries(3), stateHash, save });
    await user.type(screen.getByLabelText(/^Votre nom/), 'Léa');
    const button = screen.getByRole('button', { name: 'Télécharger le fichier de résultat' });
    await user.click(button);
    expect(await screen.findByText(/^Le fichier de résultat n’a pas pu être préparé : /)).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
    expect(stateHash).not.toHaveBeenCalled();
    // not left busy: the learner can press again
    expect(button).toBeEnabled();
    expect(localStorage.getItem('fidelis.learnerName')).toBeNull();
  });
});
