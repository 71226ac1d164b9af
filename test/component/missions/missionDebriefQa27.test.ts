/**
 * QA qa27missions, missions 3 to 6 played as a student: the last mission passed alone is not « parcours terminé » (M1);
 * mission 3 says how a kept policy counts (M2); the mission bilan relays what the complaint policy did, the Bilan's
 * sentence, and an ignored policy is a « réussie, mais… » (M3); mission 6 says its arrivals against its departures (M4).
 */
import { screen } from '@testing-library/svelte';
import { renderMissionDebrief } from '../../fixtures/missionDebrief.ts';
import { beforeEach, describe, expect, it } from 'vitest';
import { actionSchema, type ActionInput, type DecisionsLog } from '../../../src/engine/decisions.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { translate } from '../../../src/i18n/translate.ts';

/**
 * Mission `index` of `shop` played with `actions` at week 1 (and `week2` at week 2), its bilan rendered; `unpassed`: the
 * shop's other missions not passed.
 */
async function debriefOf(shop: string, index: number, actions: ActionInput[], unpassed: number[] = [], week2: ActionInput[] = []) {
  const decisions: DecisionsLog = [actions, week2].flatMap((list, tick) => (list.length > 0 ? [{ tick, actions: list.map((a) => actionSchema.parse(a)) }] : []));
  const { status, kpis } = await renderMissionDebrief({ shop, index, decisions, unpassed });
  return { article: screen.getByRole('article'), status, kpis };
}

const SURVEY: ActionInput = { type: 'enquete', instrument: 'questionnaire', sampleSize: 100 };
const SIX: ActionInput[] = [
  { type: 'customisation', instrument: 'offreSurMesure', target: { segments: ['tresBon'] } },
  { type: 'acquisition', channel: 'parrainage', budget: 500 },
];

describe('mission bilans of missions 3 to 6 (QA qa27missions)', () => {
  beforeEach(() => setLocale('fr'));

  it('mission 6 passed while missions 1 and 2 are not: not « parcours terminé », the missions left named (M1)', async () => {
    const { article, status } = await debriefOf('sport-et-cimes', 5, SIX, [1, 2]);
    expect(status.outcome).toBe('reussie');
    expect(article).not.toHaveTextContent('Parcours terminé');
    expect(article).toHaveTextContent(/Dernière mission du parcours réussie\. Pour terminer le parcours, il reste à réussir\s:\sMission 1 et Mission 2\./);
  });

  it('every other mission passed: « Parcours terminé », in English « have been passed » (M1)', async () => {
    const fr = await debriefOf('sport-et-cimes', 5, SIX);
    expect(fr.article).toHaveTextContent('Parcours terminé : toutes les missions de ce commerce sont réussies.');
    fr.article.remove();
    await setLocale('en');
    const en = await debriefOf('sport-et-cimes', 5, SIX);
    expect(en.article).toHaveTextContent('Path complete: all the missions of this shop have been passed.');
  });

  it('mission 3 with Standard kept, never applied: the failure names the button, as the objective does (M2)', async () => {
    const { article, status } = await debriefOf('cosmetiques-en-ligne', 2, [SURVEY]);
    expect(status.missingTools).toEqual(['politiqueReclamations']);
    expect(article).toHaveTextContent(/Objectif\s:\sChoisissez une politique de réclamations \(même Standard, déjà en vigueur\) et validez-la avec «\sAppliquer cette politique\s»/);
    expect(article).toHaveTextContent(/Une politique de réclamations ne compte qu’une fois validée avec «\sAppliquer cette politique\s» \(écran Décisions\), même pour garder Standard/);
  });

  it('mission 3 with complaints ignored: « réussie, mais… » with the Bilan’s sentence of the policy (M3)', async () => {
    // the questionnaire a week after the policy: one of the policy's week does not count (ObjectiveCheck.measuredAfter)
    const { article, status } = await debriefOf('cosmetiques-en-ligne', 2, [{ type: 'politiqueReclamations', level: 'ignorer' }], [], [SURVEY]);
    expect(status.outcome).toBe('reussie');
    expect(article).toHaveTextContent('Mission réussie, mais…');
    expect(article).toHaveTextContent(/La politique de réclamations, «\sIgnorer\s» depuis la semaine 1\s:\s\d+ réclamations reçues \(résolues\s:\s0, dont 0 rapidement\)/);
    expect(article).toHaveTextContent(/détournés? par le bouche-à-oreille négatif/);
  });

  it('mission 3 with a fast policy: a plain success, and what the policy did (M3)', async () => {
    const { article } = await debriefOf('cosmetiques-en-ligne', 2, [{ type: 'politiqueReclamations', level: 'rapide' }], [], [SURVEY]);
    expect(article).toHaveTextContent('Mission réussie.');
    expect(article).not.toHaveTextContent('mais…');
    expect(article).toHaveTextContent(/La politique de réclamations, «\sRapide\s» depuis la semaine 1\s:\s\d+ réclamations reçues/);
  });

  it('mission 6: the arrivals against the departures of its periods, the campaign’s recruits among them (M4)', async () => {
    const { article, kpis } = await debriefOf('sport-et-cimes', 5, SIX);
    const sum = (f: (k: (typeof kpis)[number]) => number) => kpis.reduce((s, k) => s + f(k), 0);
    const arrivals = sum((k) => k.acquired);
    const departures = sum((k) => k.lost);
    const recruits = sum((k) => k.campaignRecruits?.parrainage?.recruited ?? 0);
    expect(arrivals).toBeLessThan(departures);
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    const n = (x: number) => plain(new Intl.NumberFormat('fr').format(x));
    expect(article).toHaveTextContent('Mission réussie, mais…');
    expect(plain(article.textContent!)).toContain(
      `Pendant la mission, ${n(arrivals)} nouveaux clients (dont ${n(recruits)} recrue${recruits > 1 ? 's' : ''} de vos campagnes) contre ${n(departures)} départs : la conquête seule n’a pas compensé les départs.`,
    );
  });

  it('mission 4 aimed elsewhere: the failure asks for segments among the deserving ones, one being enough, as the check does (m4)', async () => {
    const lapsing = await debriefOf('sport-et-cimes', 3, [{ type: 'lienSocial', instrument: 'club', target: { segments: ['futurNonClient'], limit: 300 } }]);
    expect(lapsing.status.wrongTarget).toBe('lienSocial');
    expect(lapsing.article).toHaveTextContent(/ne cochez dans la cible que des segments parmi Très bon client et Bon client \(un seul suffit\)\./);
    lapsing.article.remove();
    const best = await debriefOf('sport-et-cimes', 3, [{ type: 'lienSocial', instrument: 'club', target: { segments: ['tresBon'], limit: 300 } }]);
    expect(best.status.wrongTarget).toBeNull();
  });

  it('a failure says why first, right under « Mission non réussie », not after the objective and the policy (QA qa30missions m1)', async () => {
    const wrong = await debriefOf('boulangerie-du-marche', 3, [{ type: 'lienSocial', instrument: 'club', target: { segments: ['futurNonClient'] } }]);
    expect(wrong.status.outcome).toBe('echouee');
    const result = wrong.article.querySelector('p.result')!;
    expect(result).toHaveTextContent('Mission non réussie');
    expect(result.nextElementSibling).toHaveTextContent(/ne cochez dans la cible que des segments parmi/);
    wrong.article.remove();
    const early = await debriefOf('boulangerie-du-marche', 2, [{ type: 'politiqueReclamations', level: 'rapide' }, SURVEY]);
    expect(early.status.measuredEarly).not.toBeNull();
    expect(early.article.querySelector('p.result')!.nextElementSibling).toHaveTextContent(/Le dernier questionnaire a été lancé la semaine 1/);
  });

  it('mission 5 not started: the tools left in the objective’s order, the collection first (m7)', async () => {
    for (const shop of ['sport-et-cimes', 'cosmetiques-en-ligne', 'boulangerie-du-marche', 'optique-lumiere']) {
      const { article } = await debriefOf(shop, 4, []);
      expect(article).toHaveTextContent(/Outils encore à utiliser\s:\sCollecte de données, Personnalisation/);
      article.remove();
    }
  });

  it('customisation’s drawback in English: « Heavy and costly », as the French « Lourd et coûteux » (m10)', () => {
    expect(translate('en', 'strategies.customisation.drawbacks')).toMatch(/^Heavy and costly;/);
  });
});
