/**
 * A what-if branch whose original is no longer saved: kept as a game of its own when the original was deleted (« garder sa
 * branche »), or orphaned by a deletion made before that choice was asked (its parentRunId points at no run). Its Bilan, the
 * « Et si… ? » screen's mode note and the branch question said « rendez la partie d’origine », which no longer exists; the
 * saved runs' list offered the branch's comparison (« ouvrez Et si… ») and deleted an orphan as a branch of nothing.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import App from '../../../src/ui/App.svelte';
import { rememberRun } from '../../../src/app/preferences.ts';
import { testServices } from '../../unit/app/testServices.ts';
import WhatIfScreen from '../../../src/ui/whatif/WhatIfScreen.svelte';
import DebriefRoute from '../../../src/ui/shell/DebriefRoute.svelte';
import { dbServices } from '../../../src/app/dbRunStore.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { dbBranchStore } from '../../../src/app/whatif/dbBranchStore.ts';
import { openMemoryDb } from '../../../src/db/openDatabase.ts';
import { getRun } from '../../../src/db/runsRepository.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';

const norm = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

afterEach(() => setLocale('fr'));

/** « Ma partie » played 4 weeks, and its branch from week 3, being played; `original` is the original's id. */
async function branched() {
  const fdb = await openMemoryDb();
  const db = dbServices(fdb);
  const notices = new Notices();
  const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: db.store, notices });
  await session.start(smallScenario(shippedScenarioList()[0], 300), 5, 'Ma partie', { mode: 'sandbox' });
  await session.advance(4);
  const original = session.runId!;
  const props = { session, notices, engine: new EngineClient(inProcessEngineTransport()), branches: dbBranchStore(fdb) };
  const user = userEvent.setup();
  const whatIf = render(WhatIfScreen, props);
  await user.selectOptions(screen.getByRole('combobox', { name: 'Choisir une semaine' }), 'Semaine 3');
  await user.click(screen.getByRole('button', { name: frenchText`Et si… ? Rejouer la semaine 3 et la suite` }));
  await user.click(screen.getByRole('button', { name: 'Rejouer à partir de la semaine 3' }));
  await waitFor(() => expect(session.branchTick).toBe(2), { timeout: 20_000 });
  whatIf.unmount();
  return { fdb, db, session, props, original, branch: session.runId!, user };
}

const bilanNote = () => {
  const route = render(DebriefRoute, { session: current! });
  const text = norm(screen.getByTestId('debrief-branch').textContent);
  route.unmount();
  return text;
};
let current: GameSession | null = null;

describe('a branch whose original is gone', () => {
  it('kept when its original is deleted: its Bilan, mode note and branch question no longer send the learner to that original', async () => {
    const { db, session, props, original, branch, user } = await branched();
    current = session;
    // the original still saved: the Bilan says to hand it in
    expect(bilanNote()).toContain('Pour figurer au classement, rendez la partie d’origine.');
    await db.library.remove(original, { branches: 'keep' });
    expect(await session.resume(branch)).toBe(true);
    expect(session.branchOriginGone).toBe(true);
    const note = bilanNote();
    // no longer named after « Ma partie », a game no longer saved (QA qa31robust): a game of its own, named after its shop and seed
    expect(note).toContain('ce bilan est celui d’une branche rejouée à partir de la semaine 3');
    expect(note).not.toContain('Ma partie');
    expect(session.runBranchName).toBeNull();
    expect(session.runName).toMatch(/^Boulangerie du Marché \(5\)$/);
    expect(note).toContain('La partie d’origine a été supprimée : cette branche est gardée comme une partie à part, toujours une variante. Pour figurer au classement, rendez une partie qui n’est pas une branche.');
    expect(note).not.toContain('rendez la partie d’origine');
    await setLocale('en');
    expect(bilanNote()).toContain('The original game has been deleted: this branch is kept as a game of its own, still a variant. To appear in the ranking, hand in a game that is not a branch.');
    await setLocale('fr');

    render(WhatIfScreen, props);
    expect(norm(document.body.textContent)).toContain('Cette partie en est une, gardée à part quand sa partie d’origine a été supprimée : pour figurer au classement, rendez une partie qui n’est pas une branche.');
    expect(norm(document.body.textContent)).not.toContain('rendez la partie d’origine');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Choisir une semaine' }), 'Semaine 2');
    await user.click(screen.getByRole('button', { name: frenchText`Et si… ? Rejouer la semaine 2 et la suite` }));
    expect(norm(screen.getByRole('alertdialog').textContent)).toContain('Une branche n’est pas classée dans la vue classe, et votre partie actuelle non plus : c’est une branche dont la partie d’origine a été supprimée.');
    // listed as a game of its own: its export does not offer « Et si… ? » for a comparison with nothing
    expect((await db.library.list()).find((r) => r.id === branch)).not.toHaveProperty('branch');
  }, 60_000);

  it('orphaned by a deletion made before the choice (its original id points at no run): read as a kept branch', async () => {
    const { fdb, db, session, original, branch } = await branched();
    current = session;
    await fdb.db.delete('runs', original); // as deleteRun did before the branches were asked about: the branch left pointing at it
    expect((await getRun(fdb, branch)).parentRunId).toBe(original);
    expect(await session.resume(branch)).toBe(true);
    expect(session.branchOriginGone).toBe(true);
    expect(bilanNote()).toContain('La partie d’origine a été supprimée');
    const listed = (await db.library.list()).find((r) => r.id === branch)!;
    expect(listed).not.toHaveProperty('branch');
    expect(listed).not.toHaveProperty('parentId');
    // a branch of it, deleted with it as the list's dialog offers for a game with branches (it was refused: runChanged)
    await fdb.db.put('runs', { ...(await getRun(fdb, branch)), id: 'sous-branche', parentRunId: branch, branchTick: 3 });
    session.close();
    expect(new Set((await db.library.remove(branch, { branches: 'delete' })) ?? [])).toEqual(new Set([branch, 'sous-branche']));
    fdb.close();
  }, 60_000);

  it('deleted from the saved games while the branch is played: the app’s Bilan follows (App.svelte)', async () => {
    const { db, session, original, branch } = await branched();
    session.close();
    localStorage.setItem('fidelis.tourSeen', '1');
    rememberRun(branch);
    history.replaceState(null, '', '/#/home');
    render(App, { services: testServices({ transport: inProcessEngineTransport(), store: db.store, library: db.library }) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Supprimer «\u00a0Ma partie\u00a0»' }, { timeout: 15_000 }));
    await user.click(screen.getByRole('button', { name: 'Supprimer la partie, garder sa branche' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Supprimer «\u00a0Ma partie\u00a0»' })).toBeNull());
    expect((await db.library.list()).map((r) => r.id)).toEqual([branch]);
    expect(original).not.toBe(branch);
    window.location.hash = '#/debrief';
    await waitFor(() => expect(norm(screen.getByTestId('debrief-branch').textContent)).toContain('La partie d’origine a été supprimée'), { timeout: 15_000 });
    history.replaceState(null, '', '/');
  }, 60_000);
});
