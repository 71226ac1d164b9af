/**
 * QA qa4 #8, the strategy form: the month after a data collection on « Bon client », a personalised reminder on that very
 * target said « Pour le mesurer, lancez d’abord une collecte de données », as if the collection had been ignored. The line
 * now names the collection, its result and the next step (app/collectionAdvice.ts); before any collection, the old advice.
 * QA qa7: so does the blocking line when nobody in the target consented.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import StrategyPanel from '../../../src/ui/decisions/StrategyPanel.svelte';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';
import { optician } from '../../fixtures/opticianCollected.ts';
import type { Target } from '../../../src/engine/decisions.ts';
import './session.ts';

const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const bon: Target = { segments: ['bon'] };
/** the target at month 4 as the engine counted it (QA: 274 of 420 consented, 295 needed) */
const spend = { active: 413, withoutConsent: 163 };

async function opticianSession(): Promise<GameSession> {
  const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices: new Notices() });
  await session.start(optician, optician.defaultSeed, 'test');
  return session;
}

async function reminderLine(session: GameSession, target: object, targetSpend = spend): Promise<string> {
  const user = userEvent.setup();
  render(StrategyPanel, { props: { session, target, count: 420, spend: targetSpend, allowed: ['personnalisation'] } });
  await user.click(screen.getByRole('radio', { name: /Relance personnalisée/ }));
  return plain((await screen.findByTestId('enrolment')).textContent);
}

describe('strategy form: too few consented after a data collection on the target', () => {
  it('before any collection: collect first, as before', async () => {
    const session = await opticianSession();
    const text = await reminderLine(session, { ...bon });
    expect(text).toContain('seuls 250 clients sur les 413 de la cible ont donné leur consentement');
    expect(text).toContain('Pour le mesurer, lancez d’abord une collecte de données (décision « Collecte de données »)');
  });

  it('the month after one on this target: names it (month 3, accepted by N of M), another collection or an in-store tool', async () => {
    const session = await opticianSession();
    await session.advance(2);
    expect(session.add({ type: 'collecteDonnees', instrument: 'carteFidelite', target: { ...bon } })).toBe(true);
    await session.advance(1);
    const [collection] = session.kpis[2].dataCollections!;
    const text = await reminderLine(session, { ...bon });
    expect(text).toContain(
      `Une collecte de données a déjà été faite sur cette cible (le mois 3 : acceptée par ${collection.accepted} des ${collection.contacted} clients contactés). Une nouvelle collecte en convaincrait d’autres : chacune ne convainc qu’une partie des clients qu’elle contacte. Ou choisissez un outil en magasin.`,
    );
    expect(text).not.toContain('lancez d’abord');
  });

  it('nobody in the target consented after a collection on it: the blocking line names it, not « lancez d’abord une collecte » (QA qa7)', async () => {
    const session = await opticianSession();
    const nobody = { active: 413, withoutConsent: 413 };
    const before = await reminderLine(session, { ...bon }, nobody);
    expect(before).toContain('Aucun client de la cible n’a donné son consentement : un e-mail ou un SMS ne peut toucher personne. Lancez d’abord une collecte de données');
    document.body.innerHTML = '';
    await session.advance(2);
    expect(session.add({ type: 'collecteDonnees', instrument: 'carteFidelite', target: { ...bon } })).toBe(true);
    await session.advance(1);
    const [collection] = session.kpis[2].dataCollections!;
    const text = await reminderLine(session, { ...bon }, nobody);
    expect(text).toContain(
      `Aucun client de la cible n’a donné son consentement : un e-mail ou un SMS ne peut toucher personne. Une collecte de données a déjà été faite sur cette cible (le mois 3 : acceptée par ${collection.accepted} des ${collection.contacted} clients contactés). Une nouvelle collecte en convaincrait d’autres : chacune ne convainc qu’une partie des clients qu’elle contacte. Les clients qui acceptent pourront être inscrits le mois suivant. Ou choisissez un outil en magasin.`,
    );
    expect(text).not.toMatch(/lancez d’abord/i);
    // the blocked Apply button's description (aria-disabled: QA shops 13) says the same
    const apply = screen.getByRole('button', { name: /Appliquer à la cible/ });
    expect(apply).toHaveAttribute('aria-disabled', 'true');
    expect(apply).toHaveAccessibleDescription(/Une collecte de données a déjà été faite sur cette cible \(le mois 3/);
  });
});
