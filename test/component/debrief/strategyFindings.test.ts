/**
 * The Bilan's « Ce que dit le cours » reads the learner's own customisation, personalisation, social
 * bonding and complaint policy (QA teacher F4), as it already read the financial advantage: members,
 * cost, members vs control group, consent exclusions, the data collected before, the set-up delay,
 * the complaints handled. And a period inside a sentence reads « la semaine 3 » / « le mois 3 » (F15).
 * Real engine runs of the bakery (weekly) and the optician (monthly).
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import DebriefCourse from '../../../src/ui/debrief/sections/DebriefCourse.svelte';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import { courseFindings } from '../../../src/ui/debrief/courseFindings.ts';
import { latestProgrammes } from '../../../src/ui/debrief/programmeEffects.ts';
import { runSimulation } from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { PERSONALISATION_SETUP_WEEKS } from '../../../src/engine/params.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { formatMoney, formatNumber } from '../../../src/app/format.ts';
import { comparisonSeries } from '../../../src/app/programmeEffect.ts';
import { retentionGap } from '../../../src/app/retentionGap.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

const scenarios = shippedScenarioList();
const bakery = scenarios.find((s) => s.id === 'boulangerie-du-marche')!;
const decisions: DecisionsLog = [
  {
    tick: 0,
    actions: [
      { type: 'collecteDonnees', instrument: 'personnel', target: { segments: ['tresBon'], limit: 300 } },
      { type: 'politiqueReclamations', level: 'rapide' },
      { type: 'customisation', instrument: 'offreSurMesure', target: { segments: ['bon'], limit: 400 } },
    ],
  },
  { tick: 1, actions: [{ type: 'lienSocial', instrument: 'club', target: { segments: ['bon'], limit: 400 } }] },
  { tick: 2, actions: [{ type: 'personnalisation', instrument: 'relancePersonnalisee', target: { segments: ['tresBon'], limit: 400 } }] },
];
const { reports } = runSimulation(bakery, { seed: bakery.defaultSeed, ticks: 12, decisions });
const kpis = reports.map((r) => r.kpis);
const findings = courseFindings(kpis, decisions, bakery.competitors);
const programmes = latestProgrammes(kpis);
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function items(locale: 'fr' | 'en'): string[] {
  render(DebriefCourse, { findings, format: debriefFormat(locale, bakery.tickUnit) });
  return screen.getAllByRole('listitem').map((li) => plain(li.textContent));
}
const line = (all: string[], start: string) => {
  const found = all.find((t) => t.startsWith(start));
  expect(found, start).toBeDefined();
  return found!;
};

describe('the Bilan reads each strategy the learner played', () => {
  afterEach(() => setLocale('fr'));

  it('has a line per strategy and one for the complaint policy', () => {
    const keys = findings.map((f) => f.key);
    for (const k of ['customisation', 'personalisation', 'socialBonding', 'complaintPolicy'] as const) expect(keys).toContain(k);
    // the policy's line already counts the customers lost after a badly handled complaint
    expect(keys).not.toContain('complaintsLost');
  });

  it('customisation: the members tied by a switching barrier, its cost, members vs control group, and the resistant motives', () => {
    const custom = programmes.find((p) => p.type === 'customisation')!;
    const text = line(items('fr'), 'Avec la customisation (Offre sur mesure, lancée la semaine 1)');
    expect(text).toContain(`${plain(formatNumber('fr', custom.targeted))} clients sont liés au magasin par une barrière au changement`);
    expect(text).toContain(`Coût : ${plain(formatMoney('fr', custom.costToDate))}.`);
    // 40 held out: each share with its margin of error, the controls' wide (QA today 11)
    expect(custom.controlGroup).toBeLessThan(100);
    // 92,5 % of 40 controls: « ± 9,3 pt » would reach 101,8 %, so the interval itself (QA qa24 m4)
    const vs = text.match(/À la dernière mesure, (\d+,?\d*) % ± (\d+,?\d*) pt de ses membres étaient encore clients, contre (\d+,?\d*) % \(entre (\d+,?\d*) % et (\d+,?\d*) %\) de son groupe témoin \(40 clients\)\./);
    expect(vs).not.toBeNull();
    const n = (i: number) => Number(vs![i].replace(',', '.'));
    expect(n(5)).toBeLessThanOrEqual(100);
    expect(n(4)).toBeLessThanOrEqual(n(3));
    expect(n(5)).toBeGreaterThanOrEqual(n(3));
    expect(n(5) - n(4)).toBeGreaterThan(2 * n(2));
    // « peut n’être que du hasard » exactly when the two intervals overlap, in the charts' words
    const last = comparisonSeries(kpis, custom.id).at(-1)!;
    const gap = retentionGap(last.memberShare, custom.targeted, last.controlShare, custom.controlGroup);
    // here 98 % of 360 members against 92,5 % of 40 controls: the intervals overlap
    expect(gap!.mayBeChance).toBe(true);
    expect(text).toContain('Les deux marges d’erreur se chevauchent : l’écart entre membres et témoins encore clients peut n’être que du hasard, à lire avec prudence.');
    expect(text).not.toContain('qui ne compte que');
    expect(text).toContain('(besoins-types nouveauté et argent)');
  });

  it('personalisation: consent exclusions, the data collected before it, its set-up delay', () => {
    const personal = programmes.find((p) => p.type === 'personnalisation')!;
    const collected = kpis[0].dataCollections!.reduce((s, c) => s + c.accepted, 0);
    expect(collected).toBeGreaterThan(0);
    const text = line(items('fr'), 'Avec la personnalisation (Relance personnalisée, lancée la semaine 3)');
    expect(text).toContain(`${plain(formatNumber('fr', personal.targeted))} clients ont été inscrits.`);
    if ((personal.withoutConsent ?? 0) > 1)
      expect(text).toContain(`${plain(formatNumber('fr', personal.withoutConsent!))} clients de la cible n’ont pas été contactés faute de consentement (RGPD)`);
    expect(text).toContain(`Elle demande ${PERSONALISATION_SETUP_WEEKS} semaines de mise en place`);
    expect(text).toContain(`Les collectes de données ont recueilli les données de ${plain(formatNumber('fr', collected))} clients, avant son lancement`);
  });

  it('social bonding: its members and cost instead of a sentence that fits every game', () => {
    const club = programmes.find((p) => p.type === 'lienSocial')!;
    const text = line(items('fr'), 'Avec le lien social (Club clients, lancé la semaine 2)');
    expect(text).toContain(`${plain(formatNumber('fr', club.targeted))} clients ont été inscrits, pour ${plain(formatMoney('fr', club.costToDate))}.`);
  });

  it('complaint policy: the level chosen and the complaints handled since', () => {
    const complaints = kpis.reduce((s, k) => s + k.complaints, 0);
    const text = line(items('fr'), 'La politique de réclamations, « Rapide » depuis la semaine 1');
    expect(text).toContain(`${plain(formatNumber('fr', complaints))} réclamation`);
    expect(text).toMatch(/après une réclamation mal traitée/);
  });

  it('speaks English too', async () => {
    await setLocale('en');
    const all = items('en');
    line(all, 'With customisation (');
    expect(line(all, 'With personalisation (')).toMatch(/launched in week 3\)/);
    line(all, 'With social bonds (');
    line(all, 'The complaint policy, “Fast” since week 1');
  });
});

describe('a period inside a sentence (QA teacher F15)', () => {
  afterEach(() => setLocale('fr'));

  it('reads « la semaine 3 » in a weekly shop, « le mois 3 » in a monthly one, « week 3 » in English', async () => {
    expect(debriefFormat('fr', 'week').periodName(2)).toBe('la semaine 3');
    expect(debriefFormat('fr', 'month').periodName(2)).toBe('le mois 3');
    expect(debriefFormat('fr', 'month').periodFrom(0)).toBe('du mois 1');
    expect(debriefFormat('fr', 'month').periodTo(11)).toBe('au mois 12');
    expect(debriefFormat('fr', 'week').period(2)).toBe('Semaine 3');
    await setLocale('en');
    expect(debriefFormat('en', 'week').periodName(6)).toBe('week 7');
  });
});
