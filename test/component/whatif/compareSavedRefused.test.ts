/**
 * « Et si… ? » comparison of a SAVED timeline (QA qa4 #9): a branch whose survey the engine refused (budget), left for the
 * original (« Ouvrir »), was compared with « Ajouté dans A : Enquête de satisfaction » as if applied: the database keeps a
 * timeline's decisions, not its refusals, and only the timeline being played had them (33a7c0a). The controller now
 * replays a saved timeline (deterministic engine) and marks what it refused; when the replay does not give the stored
 * results back (another model), nothing is marked and the comparison says so. Real engine, IndexedDB in memory.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WhatIfScreen from '../../../src/ui/whatif/WhatIfScreen.svelte';
import { branchFrom, switchTo } from '../../../src/app/whatif/branching.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { whatIfSession } from '../../fixtures/whatIfSession.ts';

const scenario = smallScenario(shippedScenarioList()[0], 300);
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** the original played to week 4 with a coupon in week 3; a branch from week 3 took a survey of 5,000 answers there instead (refused: budget), then back to the original */
async function savedBranchWithRefusal() {
  const { session, notices, props } = await whatIfSession();
  await session.start(scenario, 5, 'Ma partie', { mode: 'sandbox' });
  const originalId = session.runId!;
  await session.advance(2);
  session.add({ type: 'financier', instrument: 'coupon', discountRate: 0.1, durationTicks: 4, target: {} });
  await session.advance(2);
  const deps = { session, engine: props.engine, store: props.branches, notices };
  expect(await branchFrom(deps, 2, 'Ma partie — et si…', { base: 'Ma partie', ticks: [2] })).not.toBeNull();
  session.add({ type: 'enquete', instrument: 'questionnaire', sampleSize: 5000 });
  await session.advance(1);
  // played, the branch knows its refusal
  expect(session.rejections).toEqual([{ tick: 2, rejected: [{ actionIndex: 0, reason: 'budgetInsuffisant' }] }]);
  expect(await switchTo(deps, originalId)).toBe(true);
  expect(session.rejections).toEqual([]);
  return { session, props };
}

async function decisionLines(): Promise<string> {
  const list = (await screen.findByRole('heading', { name: 'Décisions qui diffèrent' }, { timeout: 20_000 })).nextElementSibling as HTMLElement;
  return [...list.querySelectorAll('dd')].map((d) => plain(d.textContent)).join('\n');
}

describe('what-if comparison: a saved timeline keeps its refusals', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    return setLocale('fr');
  });

  it('marks the survey the saved branch had refused, not the coupon the original applied', async () => {
    const { props } = await savedBranchWithRefusal();
    render(WhatIfScreen, props);
    const lines = await decisionLines();
    // A is the saved branch, B the original being played
    expect(lines).toMatch(/^Ajouté dans A : Enquête de satisfaction : Questionnaire, 5 000 réponses demandées \(refusée : budget insuffisant\)$/m);
    expect(lines).toMatch(/^Retiré dans A : Avantage financier/m);
    expect(lines).not.toMatch(/réduction[^\n]*refusée/);
    expect(screen.queryByText(/sans dire lesquelles/)).toBeNull();
  }, 60_000);

  it('marks nothing and says so when the replay does not give the saved results back (another model)', async () => {
    const { props } = await savedBranchWithRefusal();
    const replay = props.engine.replay.bind(props.engine);
    vi.spyOn(props.engine, 'replay').mockImplementation(async (request) => {
      const out = await replay(request);
      return { ...out, kpis: out.kpis.map((k) => ({ ...k, turnover: k.turnover + 1 })) };
    });
    render(WhatIfScreen, props);
    const lines = await decisionLines();
    expect(lines).toMatch(/^Ajouté dans A : Enquête de satisfaction : Questionnaire, 5 000 réponses demandées$/m);
    expect(lines).not.toContain('refusée');
    expect(plain(screen.getByText(/sans dire lesquelles/).textContent)).toBe(
      'Les décisions de A sont listées sans dire lesquelles le simulateur a refusées : le rejeu de cette chronologie n’a pas redonné ses résultats enregistrés (calculés par une autre version du simulateur, par exemple). Ouvrez-la pour le savoir.',
    );
  }, 60_000);
});
