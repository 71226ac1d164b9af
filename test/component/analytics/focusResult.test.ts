/**
 * QA self-learner #1 on the real-data screen: « Importer », « Calculer le RFM » and « Calculer le score »
 * are disabled while they work, which dropped the keyboard focus on the page body. The focus follows
 * what they produce: the import's summary, the RFM's and the score's status.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { inPageClient } from '../../../src/app/analytics/analyticsClient.ts';
import AnalyticsScreen from '../../../src/ui/analytics/AnalyticsScreen.svelte';

describe('focus after a real-data action', () => {
  it('goes to the import summary, then to the RFM result, then to the score result', async () => {
    const user = userEvent.setup();
    render(AnalyticsScreen, { client: inPageClient() });
    const lines = ['client,date,montant'];
    for (let c = 0; c < 30; c++) for (let m = 1; m <= 1 + (c % 4); m++) lines.push(`C${c},2024-0${m}-1${c % 9},${10 + c}`);
    await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([lines.join('\n') + '\n'], 'ventes.csv', { type: 'text/plain' }));
    const importButton = await screen.findByRole('button', { name: 'Importer' });
    importButton.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.querySelector('.imported')).toHaveFocus());

    const rfm = await screen.findByRole('button', { name: 'Calculer le RFM' });
    rfm.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByText(/clients/, { selector: 'section[aria-labelledby="analytics-rfm"] p[role="status"]' })).toHaveFocus());

    const score = screen.getByRole('button', { name: 'Calculer le score' });
    score.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement?.closest('section[aria-labelledby="analytics-score"], .failure, .busy')).not.toBeNull());
    await waitFor(() => expect(document.activeElement).not.toBe(score));
    expect(document.activeElement).not.toBe(document.body);
  });
});
