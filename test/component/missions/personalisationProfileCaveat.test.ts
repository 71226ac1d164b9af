/**
 * QA expert F5: « Vous avez lancé la personnalisation sans avoir collecté de données… » checked only that
 * no collection came first, while the members a relance reaches (those who consented) often hold a
 * loyalty card, whose data the shop already has: the relance worked. The engine now records, at a
 * personalisation's launch, how many members the shop held profile data on and how much it knew of them
 * (ProgrammeKpi.membersWithData, membersDataKnown: a record, not hashed), and the mission's caveat counts them.
 */
import { screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { actionSchema, type ActionInput, type DecisionsLog } from '../../../src/engine/decisions.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { missionCaveats } from '../../../src/ui/missions/missionCaveats.ts';
import { playShippedMission, renderMissionDebrief } from '../../fixtures/missionDebrief.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

type Log = { tick: number; actions: ActionInput[] }[];
const once = (actions: ActionInput[]): Log => [{ tick: 0, actions }];
/** The bakery's personalisation mission played with `log` at seed 42 (`play`), or with its bilan rendered (`show`, of `kpisOf` the run's figures). */
const mission = (log: Log) => ({
  shop: 'boulangerie-du-marche',
  index: 'personnalisation',
  decisions: log.map((d) => ({ tick: d.tick, actions: d.actions.map((a) => actionSchema.parse(a)) })) as DecisionsLog,
});
const play = (log: Log) => playShippedMission(mission(log));
const show = (log: Log, kpisOf?: (kpis: TickKpis[]) => TickKpis[]) => renderMissionDebrief({ ...mission(log), kpisOf });

const relance: ActionInput = { type: 'personnalisation', instrument: 'relancePersonnalisee', target: { segments: ['bon', 'tresBon'] } };

describe('the personalisation caveat counts the members’ profile data', () => {
  afterEach(() => setLocale('fr'));

  it('records at the launch how many members the shop held data on, and how much it knew (engine)', async () => {
    const { run, kpis } = await play(once([relance]));
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
    const coupon = await play(once([{ type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { segments: ['bon'] } }]));
    expect(coupon.kpis.at(-1)!.programmes[0].membersWithData).toBeUndefined();
  });

  it('says how many members already had profile data, through their card, and how much the shop knew', async () => {
    const { kpis } = await show(once([relance]));
    const p = kpis.at(-1)!.programmes.find((x) => x.type === 'personnalisation')!;
    const text = norm(screen.getByRole('article').textContent).replace(/(\d) (\d{3})/g, '$1$2');
    const known = Math.round(p.membersDataKnown! * 100);
    expect(text).toContain(
      `Vous avez lancé la personnalisation sans avoir collecté de données de profil avant : ${p.membersWithData} de vos ${p.targeted} membres en avaient déjà, par leur carte de fidélité, et le magasin savait en moyenne ${known} % de ce qui lui serait utile sur un membre.`,
    );
    expect(text).not.toContain('elle n’a pu s’appuyer que sur ce que le magasin savait déjà');
  });

  it('says none when no member had any, in English too', async () => {
    const noData = (kpis: TickKpis[]) =>
      kpis.map((k) => ({
        ...k,
        programmes: k.programmes.map((p) => (p.type === 'personnalisation' ? { ...p, membersWithData: 0, membersDataKnown: 0 } : p)),
      }));
    await setLocale('en');
    const { kpis: none } = await show(once([relance]), noData);
    expect(missionCaveats(none, [{ tick: 0, actions: [actionSchema.parse(relance)] }]).find((c) => c.key === 'personalisationNoData')?.params).toMatchObject({
      withData: 0,
    });
    expect(norm(screen.getByRole('article').textContent)).toMatch(
      /You launched personalisation without collecting any profile data first, and the shop held none on any of its [\d,]+ members/,
    );
  });

  it('counts the members, not the shop-wide collections: one on other customers before the launch left them without data (QA)', async () => {
    // a prize draw among the new customers, then a relance of the good ones without a card: none of its members has data
    const elsewhere: ActionInput = { type: 'collecteDonnees', instrument: 'jeuConcours', target: { segments: ['nouveau'] } };
    const noCard: ActionInput = { ...relance, target: { segments: ['bon', 'tresBon'], loyaltyCard: false } };
    const { kpis } = await show([
      { tick: 0, actions: [elsewhere] },
      { tick: 1, actions: [noCard] },
    ]);
    const collected = kpis.flatMap((k) => k.dataCollections ?? []).reduce((sum, c) => sum + c.accepted, 0);
    expect(collected).toBeGreaterThan(0);
    const p = kpis.at(-1)!.programmes.find((x) => x.type === 'personnalisation')!;
    expect(p.membersWithData).toBe(0);
    expect(p.targeted).toBeGreaterThan(1);
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
    await setLocale('en');
    await show([
      { tick: 0, actions: [elsewhere] },
      { tick: 1, actions: [noCard] },
    ]);
    expect(norm(screen.getByRole('article').textContent)).toMatch(
      /You launched personalisation while the shop held no profile data on any of its [\d,]+ members: the data collections run before its launch had gathered none of theirs\./,
    );
    const own = await play([
      { tick: 0, actions: [{ ...elsewhere, target: noCard.target }] },
      { tick: 1, actions: [noCard] },
    ]);
    const p = own.kpis.at(-1)!.programmes.find((x) => x.type === 'personnalisation')!;
    expect(p.membersWithData).toBeGreaterThan(0);
    expect(missionCaveats(own.kpis, own.decisions).map((c) => c.key)).not.toContain('personalisationNoData');
  });

  it('keeps the earlier sentence for a run saved before the record', async () => {
    const withoutRecord = (p: TickKpis['programmes'][number]) => {
      const q = { ...p };
      delete q.membersWithData;
      delete q.membersDataKnown;
      return q;
    };
    await show(once([relance]), (kpis) => kpis.map((k) => ({ ...k, programmes: k.programmes.map(withoutRecord) })));
    expect(norm(screen.getByRole('article').textContent)).toContain('elle n’a pu s’appuyer que sur ce que le magasin savait déjà de ses membres');
  });
});
