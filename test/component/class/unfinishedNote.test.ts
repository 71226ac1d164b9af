/**
 * The note on games in progress (QA qa16 F9) said « dans le graphique, son nom porte « en cours » »,
 * but the chart leaves a game's unranked files out when that game has ranked ones (classChart.ts):
 * it now says the file is not in the chart then, and keeps « en cours » for a file the chart shows.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import type { ClassRow } from '../../../src/results/classComparison.ts';
import UnfinishedNote from '../../../src/ui/class/UnfinishedNote.svelte';
import { classRow } from '../../fixtures/classRow.ts';

const inGame = (row: ClassRow, key: string, index: number): ClassRow => ({ ...row, game: { key, index } });
/** handed in at 13 periods of 52, not ranked */
const inProgress = (learner: string, key: string, index: number): ClassRow => inGame({ ...classRow(learner, null, 1), ticks: 13, durationTicks: 52 }, key, index);
const finished = (learner: string, rank: number, key: string, index: number): ClassRow => inGame({ ...classRow(learner, rank, 2), ticks: 52, durationTicks: 52 }, key, index);

const note = () => screen.getByRole('note').textContent!.replace(/\s+/g, ' ');

describe('the note on games in progress says what the chart does with them', () => {
  afterEach(() => setLocale('fr'));

  it('its game has finished files: not in the chart (fr and en)', async () => {
    const rows = [finished('Léa', 1, 'a', 0), finished('Bruno', 2, 'a', 0), inProgress('Jules', 'a', 0)];
    render(UnfinishedNote, { rows });
    expect(note()).toMatch(/Il n’est pas classé avec les parties terminées\. Il n’est pas dans le graphique\.$/);
    expect(note()).not.toMatch(/en cours »/);
    await setLocale('en');
    await screen.findByText(/It is not in the chart\.$/);
    expect(note()).not.toMatch(/in progress”/);
  });

  it('nobody finished its game: charted, its name says « en cours »', async () => {
    render(UnfinishedNote, { rows: [inProgress('Jules', 'a', 0), inProgress('Driss', 'a', 0)] });
    expect(note()).toMatch(/Ils ne sont pas classés avec les parties terminées\. Dans le graphique, leur nom porte « en cours »\.$/);
    await setLocale('en');
    await screen.findByText(/In the chart their names say “in progress”\.$/);
  });

  it('some of each: says which are charted', async () => {
    render(UnfinishedNote, { rows: [finished('Léa', 1, 'a', 0), inProgress('Jules', 'a', 0), inProgress('Zoé', 'b', 1)] });
    expect(note()).toMatch(/^2 fichiers de parties en cours, .* Dans le graphique, seuls ceux d’une partie sans fichier classé figurent, leur nom portant « en cours » ; les autres n’y sont pas\.$/);
    await setLocale('en');
    await screen.findByText(/the others are not there\.$/);
  });
});
