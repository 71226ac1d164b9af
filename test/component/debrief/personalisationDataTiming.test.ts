/**
 * QA shops F4: the Bilan said « Aucune collecte de données avant son lancement : elle n’a pu s’appuyer que sur ce que
 * le magasin savait déjà » of a relance whose target had a collection the same week. The engine reads each member's
 * data every period once the set-up is over (strategies/personnalisation.ts), so that collection did feed it. The
 * Bilan now counts the collections up to the programme's end, says when they were made and how the engine uses them,
 * and the members' profile data at the launch and at its last period (ProgrammeKpi.membersDataNow). QA shops F13:
 * the set-up is said in the shop's periods (« 1 mois » in a monthly game, not « 6 semaines »).
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
const target = { segments: ['tresBon' as const], limit: 300 };

function play(scenario: Scenario, decisions: DecisionsLog, ticks: number) {
  const kpis = runSimulation(scenario, { seed: scenario.defaultSeed, ticks, decisions }).reports.map((r) => r.kpis);
  return { kpis, findings: courseFindings(kpis, decisions, scenario.competitors, { tickUnit: scenario.tickUnit }) };
}

function personalisationLine(scenario: Scenario, findings: ReturnType<typeof courseFindings>, locale: 'fr' | 'en' = 'fr'): string {
  render(DebriefCourse, { findings, format: debriefFormat(locale, scenario.tickUnit) });
  const start = locale === 'fr' ? 'Avec la personnalisation' : 'With personalisation';
  const line = screen
    .getAllByRole('listitem')
    .map((li) => plain(li.textContent))
    .find((t) => t.startsWith(start));
  expect(line).toBeDefined();
  return line!;
}

describe('Bilan, personalisation: the data collections it could use (QA shops F4)', () => {
  afterEach(() => setLocale('fr'));
  const bakery = scenarios.find((s) => s.id === 'boulangerie-du-marche')!;
  // as in the QA run: the relance queued first, the collection on the same target after it, the same week
  const decisions: DecisionsLog = [
    {
      tick: 0,
      actions: [
        { type: 'personnalisation', instrument: 'relancePersonnalisee', target },
        { type: 'collecteDonnees', instrument: 'personnel', target },
      ],
    },
  ];
  const { kpis, findings } = play(bakery, decisions, 12);
  const accepted = kpis[0].dataCollections!.reduce((s, c) => s + c.accepted, 0);
  const atLaunch = kpis[0].programmes[0];
  const atEnd = kpis.at(-1)!.programmes[0].membersDataNow!;

  it('the engine record: the same-week collection reached the members after the launch figure was taken', () => {
    expect(accepted).toBeGreaterThan(0);
    expect(atEnd.withData).toBeGreaterThan(atLaunch.membersWithData!);
    expect(atEnd.known).toBeGreaterThan(atLaunch.membersDataKnown!);
  });

  it('says the collection was made the week of its launch and counts from its first effects, not « aucune collecte »', () => {
    const text = personalisationLine(bakery, findings);
    expect(text).not.toContain('Aucune collecte');
    expect(text).toContain(`Les collectes de données ont recueilli les données de ${accepted} clients, la semaine de son lancement ; elles ne servent qu’aux membres qui en font partie.`);
    expect(text).toContain(
      'Elle lit chaque semaine ce que le magasin sait de chacun de ses membres : une collecte faite avant ses premiers effets (la semaine 7) compte dès ceux-ci, une collecte plus tardive à partir de la semaine où elle a été faite.',
    );
    expect(text).toContain(`Membres avec des données de profil : ${atLaunch.membersWithData} sur ${atLaunch.targeted} à son lancement`);
    expect(text).toContain(`, ${atEnd.withData} sur ${atEnd.members} encore clients au dernier relevé, la semaine 12 (`);
    expect(text).toContain('Elle demande 6 semaines de mise en place');
  });

  it('lists the collections by when they were made, the later ones apart; in English too', async () => {
    const more: DecisionsLog = [
      { tick: 0, actions: [{ type: 'collecteDonnees', instrument: 'personnel', target: { segments: ['bon'], limit: 100 } }] },
      { tick: 1, actions: [{ type: 'personnalisation', instrument: 'relancePersonnalisee', target }] },
      { tick: 9, actions: [{ type: 'collecteDonnees', instrument: 'personnel', target }] },
    ];
    const run = play(bakery, more, 12);
    const n = (t: number) => run.kpis[t].dataCollections!.reduce((s, c) => s + c.accepted, 0);
    const text = personalisationLine(bakery, run.findings);
    expect(text).toContain(`les données de ${n(0) + n(9)} clients (${n(0)} avant son lancement et ${n(9)} après ses premiers effets) ;`);
    await setLocale('en');
    const en = personalisationLine(bakery, run.findings, 'en');
    expect(en).toContain(`gathered the data of ${n(0) + n(9)} customers (${n(0)} before its launch and ${n(9)} after its first effects)`);
    expect(en).toContain('a collection made before its first effects (week 8) counts from them on');
    expect(en).toContain('It needs 6 weeks to set up');
  });

  it('without any collection up to its end: says so, with what the shop knew at the launch and at the end', () => {
    const none: DecisionsLog = [{ tick: 0, actions: [{ type: 'personnalisation', instrument: 'relancePersonnalisee', target }] }];
    const text = personalisationLine(bakery, play(bakery, none, 10).findings);
    expect(text).toContain('Aucune collecte de données avant ni pendant le programme');
    expect(text).toMatch(/Membres avec des données de profil : \d+ sur \d+ à son lancement .*, \d+ sur \d+ encore clients au dernier relevé, la semaine 10 \(/);
  });

  it('a monthly shop: « 1 mois de mise en place », « le mois de son lancement » (QA shops F13)', async () => {
    const optician = scenarios.find((s) => s.id === 'optique-lumiere')!;
    const run = play(optician, decisions, 4);
    const text = personalisationLine(optician, run.findings);
    expect(text).toContain('Elle demande 1 mois de mise en place');
    expect(text).not.toContain('semaine');
    expect(text).toContain('le mois de son lancement');
    expect(text).toContain('avant ses premiers effets (le mois 2)');
    // the shop's unit, never « période » (periodWords34b)
    expect(text).toContain('Elle lit chaque mois ce que le magasin sait');
    expect(text).toContain('une collecte plus tardive à partir du mois où elle a été faite.');
    expect(text).not.toMatch(/période/);
    await setLocale('en');
    const en = personalisationLine(optician, run.findings, 'en');
    expect(en).toContain('It needs 1 month to set up');
    expect(en).toContain('It reads, each month, what the shop knows');
    expect(en).toContain('a later one from the month it was made.');
    expect(en).not.toMatch(/period/i);
  });
});
