/**
 * QA shops F13: the optician's Bilan said « Avec la customisation (Programme contractuel, lancée le mois 1), 819 clients
 * sont liés au magasin par une barrière au changement » of a contract the budget stopped in month 4, without a word of
 * it. A strategy's paragraph now says when its programme stopped and why: for lack of budget, by the learner, or at
 * the duration set at its launch, in the shop's periods.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import DebriefCourse from '../../../src/ui/debrief/sections/DebriefCourse.svelte';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import { courseFindings } from '../../../src/ui/debrief/courseFindings.ts';
import { runSimulation } from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

const scenarios = shippedScenarioList();
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function lines(scenario: Scenario, decisions: DecisionsLog, ticks: number, locale: 'fr' | 'en' = 'fr') {
  const kpis = runSimulation(scenario, { seed: scenario.defaultSeed, ticks, decisions }).reports.map((r) => r.kpis);
  render(DebriefCourse, { findings: courseFindings(kpis, decisions, scenario.competitors, { tickUnit: scenario.tickUnit }), format: debriefFormat(locale, scenario.tickUnit) });
  return { kpis, all: screen.getAllByRole('listitem').map((li) => plain(li.textContent)) };
}
const line = (all: string[], start: string) => {
  const found = all.find((t) => t.startsWith(start));
  expect(found, start).toBeDefined();
  return found!;
};

describe('Bilan, a strategy’s programme stopped before the end (QA shops F13)', () => {
  afterEach(() => setLocale('fr'));

  it('stopped for lack of budget: said, in the shop’s periods', async () => {
    const optician = scenarios.find((s) => s.id === 'optique-lumiere')!;
    // the contract on every active customer, the private event on the dormant ones: the budget cannot pay both
    const decisions: DecisionsLog = [
      {
        tick: 0,
        actions: [
          { type: 'lienSocial', instrument: 'evenementPrive', target: { stages: ['dormant'] } },
          { type: 'customisation', instrument: 'contrat', target: { stages: ['actif'] } },
        ],
      },
    ];
    const { kpis, all } = lines(optician, decisions, 8);
    const contract = kpis.at(-1)!.programmes.find((p) => p.type === 'customisation')!;
    expect(contract.suspendedMembers).toBeDefined();
    const month = contract.endTick! + 1;
    const text = line(all, 'Avec la customisation (Programme contractuel, lancée le mois 1)');
    expect(text).toContain(`s’ils partaient ailleurs. Le programme a été arrêté faute de budget au mois ${month}, pour de bon : le budget ne pouvait plus payer son coût du mois ;`);
    // the event ran on: nothing said of a stop
    expect(line(all, 'Avec le lien social')).not.toContain('arrêté');
    await setLocale('en');
    const en = lines(optician, decisions, 8, 'en').all;
    expect(line(en, 'With customisation (')).toContain(`The programme was stopped for lack of budget in month ${month}, for good: the budget could no longer pay its cost of the month;`);
  });

  it('stopped by the learner, or at the duration set at its launch', () => {
    const bakery = scenarios.find((s) => s.id === 'boulangerie-du-marche')!;
    const decisions: DecisionsLog = [
      {
        tick: 0,
        actions: [
          { type: 'customisation', instrument: 'offreSurMesure', target: { segments: ['bon'], limit: 200 } },
          { type: 'lienSocial', instrument: 'club', target: { segments: ['tresBon'], limit: 200 }, durationTicks: 5 },
        ],
      },
    ];
    const first = runSimulation(bakery, { seed: bakery.defaultSeed, ticks: 1, decisions }).reports[0].kpis.programmes.find((p) => p.type === 'customisation')!;
    const { all } = lines(bakery, [...decisions, { tick: 3, actions: [{ type: 'arreterProgramme', programmeId: first.id }] }], 8);
    expect(line(all, 'Avec la customisation')).toContain('Le magasin a arrêté le programme à la semaine 4 ;');
    expect(line(all, 'Avec le lien social')).toContain('Le programme a pris fin à la semaine 6, à la durée prévue à son lancement ;');
  });
});
