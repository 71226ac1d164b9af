/**
 * QA expert F5: « Vous avez lancé la personnalisation sans avoir collecté de données… » checked only that
 * no collection came first, while the members a relance reaches (those who consented) often hold a
 * loyalty card, whose data the shop already has: the relance worked. The engine now records, at a
 * personalisation's launch, how many members the shop held profile data on and how much it knew of them
 * (ProgrammeKpi.membersWithData, membersDataKnown: a record, not hashed), and the mission's caveat counts them.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import MissionDebrief from '../../../src/ui/missions/MissionDebrief.svelte';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';
import { evaluateMission } from '../../../src/missions/evaluate.ts';
import { missionScenario } from '../../../src/missions/missionScenario.ts';
import { runSimulation } from '../../../src/engine/index.ts';
import { actionSchema, type ActionInput, type DecisionsLog } from '../../../src/engine/decisions.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { missionCaveats } from '../../../src/ui/missions/missionCaveats.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

const play = (actions: ActionInput[]) => playLog([{ tick: 0, actions }]);

async function playLog(log: { tick: number; actions: ActionInput[] }[]) {
  const path = (await loadShippedMissionPaths()).find((p) => p.scenario === 'boulangerie-du-marche')!;
  const base = shippedScenarioList().find((s) => s.id === 'boulangerie-du-marche')!;
  const index = path.missions.findIndex((m) => m.id === 'personnalisation');
  const mission = path.missions[index];
  const scenario = missionScenario(base, mission, index);
  const decisions: DecisionsLog = log.map((d) => ({ tick: d.tick, actions: d.actions.map((a) => actionSchema.parse(a)) }));
  const run = runSimulation(scenario, { seed: 42, ticks: scenario.durationTicks, decisions });
  const kpis = run.reports.map((r) => r.kpis);
  const show = (k: TickKpis[]) =>
    render(MissionDebrief, {
      view: { path, mission, index, base },
      status: evaluateMission(mission, scenario, k, decisions),
      decisions,
      kpis: k,
      answer: null,
      tries: 0,
      seed: 42,
      mode: 'committed',
      finished: true,
      onretry: () => {},
    });
  return { run, kpis, decisions, show };
}

const relance: ActionInput = { type: 'personnalisation', instrument: 'relancePersonnalisee', target: { segments: ['bon', 'tresBon'] } };

describe('the personalisation caveat counts the members’ profile data', () => {
  afterEach(() => setLocale('fr'));

  it('records at the launch how many members the shop held data on, and how much it knew (engine)', async () => {
    const { run, kpis } = await play([relance]);
    const p = kpis.at(-1)!.programmes.find((x) => x.type === 'personnalisation')!;
    const prog = run.state.programmes.find((x) => x.id === p.id)!;
    const c = run.state.customers;
    // no collection: the only data is the loyalty card's (INITIAL_CARD_DATA), and no one got a card during the run
    const cardHolders = Array.from(prog.members).filter((i) => c.loyaltyCard[i] !== 0).length;
    expect(p.membersWithData).toBe(cardHolders);
    expect(p.membersWithData).toBeGreaterThan(0);
    expect(p.membersWithData).toBeLessThan(p.targeted);
    expect(p.membersDataKnown).toBeGreaterThan(0);
    expect(p.membersDataKnown).toBeLessThan(1);
    // a record only: the financial programmes have none
    const coupon = await play([{ type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { segments: ['bon'] } }]);
    expect(coupon.kpis.at(-1)!.programmes[0].membersWithData).toBeUndefined();
  });

  it('says how many members already had profile data, through their card, and how much the shop knew', async () => {
    const { kpis, show } = await play([relance]);
    const p = kpis.at(-1)!.programmes.find((x) => x.type === 'personnalisation')!;
    show(kpis);
    const text = norm(screen.getByRole('article').textContent).replace(/(\d) (\d{3})/g, '$1$2');
    const known = Math.round(p.membersDataKnown! * 100);
    expect(text).toContain(
      `Vous avez lancé la personnalisation sans avoir collecté de données de profil avant : ${p.membersWithData} de vos ${p.targeted} membres en avaient déjà, par leur carte de fidélité, et le magasin savait en moyenne ${known} % de ce qui lui serait utile sur un membre.`,
    );
    expect(text).not.toContain('elle n’a pu s’appuyer que sur ce que le magasin savait déjà');
  });

  it('says none when no member had any, in English too', async () => {
    const { kpis, show } = await play([relance]);
    const none = kpis.map((k) => ({
      ...k,
      programmes: k.programmes.map((p) => (p.type === 'personnalisation' ? { ...p, membersWithData: 0, membersDataKnown: 0 } : p)),
    }));
    expect(missionCaveats(none, [{ tick: 0, actions: [actionSchema.parse(relance)] }]).find((c) => c.key === 'personalisationNoData')?.params).toMatchObject({
      withData: 0,
    });
    await setLocale('en');
    show(none);
    expect(norm(screen.getByRole('article').textContent)).toMatch(
      /You launched personalisation without collecting any profile data first, and the shop held none on any of its [\d,]+ members/,
    );
  });

  it('counts the members, not the shop-wide collections: one on other customers before the launch left them without data (QA)', async () => {
    // a prize draw among the new customers, then a relance of the good ones without a card: none of its members has data
    const elsewhere: ActionInput = { type: 'collecteDonnees', instrument: 'jeuConcours', target: { segments: ['nouveau'] } };
    const noCard: ActionInput = { ...relance, target: { segments: ['bon', 'tresBon'], loyaltyCard: false } };
    const { kpis, show } = await playLog([
      { tick: 0, actions: [elsewhere] },
      { tick: 1, actions: [noCard] },
    ]);
    const collected = kpis.flatMap((k) => k.dataCollections ?? []).reduce((sum, c) => sum + c.accepted, 0);
    expect(collected).toBeGreaterThan(0);
    const p = kpis.at(-1)!.programmes.find((x) => x.type === 'personnalisation')!;
    expect(p.membersWithData).toBe(0);
    expect(p.targeted).toBeGreaterThan(1);
    show(kpis);
    const text = norm(screen.getByRole('article').textContent).replace(/(\d) (\d{3})/g, '$1$2');
    expect(text).toContain(
      `Vous avez lancé la personnalisation alors que le magasin n’avait de données de profil sur aucun de ses ${p.targeted} membres : les collectes de données faites avant son lancement n’avaient recueilli celles d’aucun d’eux.`,
    );
    // not « sans avoir collecté »: a collection was run
    expect(text).not.toContain('sans avoir collecté');
  });

  it('in English too, and a collection on the programme’s own target that reached members says nothing', async () => {
    const elsewhere: ActionInput = { type: 'collecteDonnees', instrument: 'jeuConcours', target: { segments: ['nouveau'] } };
    const noCard: ActionInput = { ...relance, target: { segments: ['bon', 'tresBon'], loyaltyCard: false } };
    const missed = await playLog([
      { tick: 0, actions: [elsewhere] },
      { tick: 1, actions: [noCard] },
    ]);
    await setLocale('en');
    missed.show(missed.kpis);
    expect(norm(screen.getByRole('article').textContent)).toMatch(
      /You launched personalisation while the shop held no profile data on any of its [\d,]+ members: the data collections run before its launch had gathered none of theirs\./,
    );
    const own = await playLog([
      { tick: 0, actions: [{ ...elsewhere, target: noCard.target }] },
      { tick: 1, actions: [noCard] },
    ]);
    const p = own.kpis.at(-1)!.programmes.find((x) => x.type === 'personnalisation')!;
    expect(p.membersWithData).toBeGreaterThan(0);
    expect(missionCaveats(own.kpis, own.decisions).map((c) => c.key)).not.toContain('personalisationNoData');
  });

  it('keeps the earlier sentence for a run saved before the record', async () => {
    const { kpis, show } = await play([relance]);
    const withoutRecord = (p: TickKpis['programmes'][number]) => {
      const q = { ...p };
      delete q.membersWithData;
      delete q.membersDataKnown;
      return q;
    };
    const older = kpis.map((k) => ({ ...k, programmes: k.programmes.map(withoutRecord) }));
    show(older);
    expect(norm(screen.getByRole('article').textContent)).toContain('elle n’a pu s’appuyer que sur ce que le magasin savait déjà de ses membres');
  });
});
