/**
 * The glossary cards that name « Données réelles » and the scoring lab as where they apply (rfm, segments,
 * scoring, valeurClient) are one « ? » away there: the screen linked only the RFM grid's card, and the lab
 * none (QA qa7).
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { inPageClient } from '../../../src/app/analytics/analyticsClient.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import { GameSession } from '../../../src/app/session.svelte.ts';
import AnalyticsScreen from '../../../src/ui/analytics/AnalyticsScreen.svelte';
import ScoringLabScreen from '../../../src/ui/scoringLab/ScoringLabScreen.svelte';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';

const SAMPLE_LINES = [
  ' 00001 19970101  1   11.77',
  ' 00001 19970315  2   20.00',
  ' 00001 19971020  1   15.00',
  ' 00002 19970112  1   12.00',
  ' 00002 19970301  5   77.00',
  ' 00003 19970102  2   20.76',
  ' 00003 19970330  2   20.76',
  ' 00003 19970402  2   19.54',
  ' 00003 19971115  5   57.45',
  ' 00004 19970201  1   9.99',
  ' 00004 19980110  1   14.99',
  ' 00005 19970220  3   30.00',
];

describe('glossary links on the real-data screens', () => {
  it('Données réelles: RFM and segments beside the RFM, scoring beside the score, customer value beside its formula', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    render(AnalyticsScreen, { client: inPageClient() });
    await user.selectOptions(screen.getByLabelText('Type de fichier'), 'cdnow');
    await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([SAMPLE_LINES.join('\n') + '\n'], 'achats.txt', { type: 'text/plain' }));
    await user.click(await screen.findByRole('button', { name: 'Importer' }));
    await screen.findByText(/achats de 5 clients importés/);
    await user.click(screen.getByRole('button', { name: 'Calculer le RFM' }));
    await screen.findByRole('table', { name: 'Les cinq segments du cours' });
    const rfmSection = screen.getByRole('region', { name: '3. Le RFM à une date' });
    for (const name of [/^Définition\s: RFM$/, /^Définition\s: Segments de clientèle$/]) {
      expect(rfmSection.contains(screen.getAllByRole('button', { name })[0])).toBe(true);
    }
    await user.click(screen.getByRole('button', { name: 'Calculer le score' }));
    await screen.findByTestId('fitted-parameters', {}, { timeout: 30_000 });
    const scoreSection = screen.getByRole('region', { name: '4. Le score de risque de départ' });
    expect(scoreSection.contains(screen.getByRole('button', { name: /^Définition\s: Scoring$/ }))).toBe(true);
    expect(scoreSection.contains(screen.getByRole('button', { name: /^Définition\s: Valeur client \(CLV\)$/ }))).toBe(true);
  });

  it('Labo de scoring: scoring from its introduction', async () => {
    const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices: new Notices() });
    await session.start(smallScenario(shippedScenarioList()[0], 100), 5, 'lab');
    render(ScoringLabScreen, { session });
    expect(screen.getByRole('button', { name: /^Définition\s: Scoring$/ })).toBeInTheDocument();
  });
});
