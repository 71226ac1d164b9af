/**
 * QA qa22 F3: a screen whose code cannot be downloaded (offline before the app was stored, a new version on the server)
 * said « Une erreur inattendue s’est produite » with the browser's English error, and nothing helped but a reload
 * (Chromium keeps the failed import until then). It says the screen could not be downloaded and offers the reload.
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import LazyScreen from '../../../src/ui/shell/LazyScreen.svelte';

describe('LazyScreen whose code cannot be downloaded', () => {
  it('says so, offers « Recharger » and keeps the browser’s error folded', async () => {
    const failed = new TypeError('Failed to fetch dynamically imported module: http://x/assets/AnalyticsScreen-1.js');
    render(LazyScreen, { loader: () => Promise.reject(failed) });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Écran indisponible pour le moment : il n’a pas pu être téléchargé\. Rechargez la page une fois la connexion revenue\./);
    expect(alert).not.toHaveTextContent('Une erreur inattendue');
    expect(screen.getByRole('button', { name: 'Recharger' })).toBeInTheDocument();
    const details = alert.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details).toHaveTextContent('Détails techniques' + String(failed));
  });
});
