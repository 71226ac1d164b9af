/**
 * The column preview and the customers most at risk are wide tables (757 px at 390 px for the latter):
 * each scrolls in its own box, named and focusable, its title above it where it wraps to the screen
 * (QA qa7: the score table's caption was inside the scroller, cut at « … parmi c », nothing said it scrolled;
 * the preview's scroller had no name and could not be reached by the keyboard).
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { inPageClient } from '../../../src/app/analytics/analyticsClient.ts';
import AnalyticsScreen from '../../../src/ui/analytics/AnalyticsScreen.svelte';

/** 40 customers, each buying every `gap` days from a first day in January 1997 until a last one (CDNOW layout). */
function log(): string {
  const lines: string[] = [];
  for (let c = 1; c <= 40; c++) {
    const gap = 20 + ((c * 37) % 90);
    const stop = 60 + ((c * 53) % 500);
    for (let day = c % 30; day <= stop; day += gap) {
      const d = new Date(Date.UTC(1997, 0, 1 + day));
      const ymd = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
      lines.push(` ${String(c).padStart(5, '0')} ${ymd}  1   ${(10 + (c % 7) * 3).toFixed(2)}`);
    }
  }
  return lines.join('\n') + '\n';
}

function titledScroller(name: string | RegExp): { table: HTMLElement; region: HTMLElement } {
  const table = screen.getByRole('table', { name });
  const region = table.closest<HTMLElement>('[role="region"]');
  expect(region).not.toBeNull();
  return { table, region: region! };
}

describe('Données réelles: wide tables', () => {
  it('puts the preview and the customers most at risk in their own named scroller, their title outside it', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    render(AnalyticsScreen, { client: inPageClient() });
    await user.selectOptions(screen.getByLabelText('Type de fichier'), 'cdnow');
    await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([log()], 'achats.txt', { type: 'text/plain' }));
    await screen.findByRole('table', { name: 'Aperçu des premières lignes' });

    const preview = titledScroller('Aperçu des premières lignes');
    expect(preview.region).toHaveAccessibleName(/^Tableau\s: Aperçu des premières lignes$/);
    expect(preview.region).toHaveAttribute('tabindex', '0');
    expect(within(preview.region).queryByText('Aperçu des premières lignes')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Importer' }));
    await screen.findByText(/achats de 40 clients importés/);
    await user.clear(screen.getByLabelText('Fin de la période d’apprentissage'));
    await user.type(screen.getByLabelText('Fin de la période d’apprentissage'), '1997-09-30');
    await user.click(screen.getByRole('button', { name: 'Calculer le score' }));
    await screen.findByTestId('fitted-parameters', {}, { timeout: 30_000 });

    const riskiest = titledScroller(/^Les \d+ clients les plus à risque parmi ceux qui ont racheté$/);
    expect(riskiest.region).toHaveAccessibleName(/^Tableau\s: Les \d+ clients les plus à risque parmi ceux qui ont racheté$/);
    expect(riskiest.region).toHaveAttribute('tabindex', '0');
    expect(within(riskiest.region).queryByText(/clients les plus à risque/)).toBeNull();
    expect(within(riskiest.table).getAllByRole('row').length).toBeGreaterThan(1);
  });
});
