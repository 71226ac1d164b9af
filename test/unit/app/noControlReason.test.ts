/**
 * Why a programme has no control group (QA4 F1): a target too small, or an e-mail or SMS instrument
 * whose target was big enough but too few of whom consented (RGPD). Read from the form's enrolment
 * before applying and from the programme's KPI after; the strategy form's lines follow (F3: nobody
 * consented says why Apply is disabled and what to do; real singular forms).
 */
import { describe, expect, it, vi } from 'vitest';
import { enrolmentNoControl, minimumForControl, noControlReason, programmeNoControl } from '../../../src/app/noControlReason.ts';
import { enrolment } from '../../../src/app/enrolment.ts';
import { controlGroupSize } from '../../../src/engine/controlGroupSize.ts';
import { enrolmentLines } from '../../../src/ui/decisions/enrolmentLines.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { translateCount, type PluralBase } from '../../../src/i18n/plural.ts';
import type { MessageKey } from '../../../src/i18n/translate.ts';
import { CONTROL_GROUP_MIN } from '../../../src/engine/params.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { consentAdviceText, type ConsentAdvice } from '../../../src/app/collectionAdvice.ts';

// the real size, watched: the minimum is counted up once, not at every programme row
vi.mock('../../../src/engine/controlGroupSize.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/engine/controlGroupSize.ts')>();
  return { controlGroupSize: vi.fn(real.controlGroupSize) };
});

describe('why a programme has no control group', () => {
  it('the fewest customers that give a control group', () => {
    const n = minimumForControl();
    expect(controlGroupSize(n)).toBeGreaterThanOrEqual(CONTROL_GROUP_MIN);
    expect(controlGroupSize(n - 1)).toBe(0);
  });

  it('counts the minimum up once, then remembers it', () => {
    const n = minimumForControl();
    const calls = vi.mocked(controlGroupSize).mock.calls.length;
    expect([minimumForControl(), minimumForControl(), minimumForControl()]).toEqual([n, n, n]);
    expect(vi.mocked(controlGroupSize).mock.calls.length).toBe(calls);
  });

  it('too few consented when the whole target would have given one, a small target otherwise', () => {
    expect(noControlReason(235, 322)).toBe('consent');
    expect(noControlReason(100, 50)).toBe('smallTarget');
    expect(noControlReason(200, 0)).toBe('smallTarget');
  });

  it('from the programme KPI: 235 consented out of 557, none measured; a programme with a control group has no reason', () => {
    expect(programmeNoControl({ targeted: 235, controlGroup: 0, withoutConsent: 322 })).toEqual({ reason: 'consent', consented: 235, targeted: 557, needed: minimumForControl() });
    expect(programmeNoControl({ targeted: 120, controlGroup: 0 })).toMatchObject({ reason: 'smallTarget' });
    expect(programmeNoControl({ targeted: 269, controlGroup: 30, withoutConsent: 370 })).toBeNull();
  });

  it('from the strategy form: the target still there, not the lost ones', () => {
    const e = enrolment(566, 557, 'evenementPrive', 322);
    expect(enrolmentNoControl(e)).toEqual({ reason: 'consent', consented: 235, targeted: 557, needed: minimumForControl() });
    // the same target with an in-store tool is big enough
    expect(enrolment(566, 557, 'club', 322).control).toBeGreaterThan(0);
  });
});

/** The form's lines in French, as the panel shows them (numbers unformatted), with the advice after a consent shortfall. */
function text(lines: ReturnType<typeof enrolmentLines>, locale: 'fr' | 'en' = 'fr'): string[] {
  return lines.map((l) => {
    const params = l.advice ? { ...l.params, advice: consentAdviceText(locale, l.advice.advice, l.advice.place, 'month') } : l.params;
    return l.count === undefined ? translate(locale, l.key as MessageKey, params) : translateCount(locale, l.key as PluralBase, l.count, params);
  });
}

describe('the strategy form’s enrolment lines', () => {
  it('a consent shortfall is not called a small target, and points to data collection', () => {
    const lines = enrolmentLines(enrolment(566, 557, 'evenementPrive', 322));
    const all = text(lines).join(' ');
    expect(all).toContain('seuls 235 clients sur les 557 de la cible ont donné leur consentement');
    expect(all).toContain('Collecte de données');
    expect(all).not.toContain('Cible trop petite');
    expect(lines.flatMap((l) => l.concepts)).toContain('collecteDonnees');
  });

  it('a small target still says so', () => {
    expect(text(enrolmentLines(enrolment(150, 150, 'club', 0))).join(' ')).toContain('Cible trop petite pour un groupe témoin');
  });

  it('a small target is told the target size it needs (≈300), not the control group’s own minimum of 30 it already passes, in both languages', () => {
    // the student's targets: 130, 150, 242 and 268 customers, all above 30
    for (const size of [130, 150, 242, 268]) {
      const line = enrolmentLines(enrolment(size, size, 'coupon', 0)).find((l) => l.key.endsWith('enrolNoControl'))!;
      expect(line.params.needed).toBe(minimumForControl());
      const fr = translate('fr', line.key as MessageKey, line.params);
      expect(fr).toContain(`il faut au moins ${minimumForControl()} clients encore là dans la cible, et votre cible en compte ${size}`);
      expect(fr).toContain(`à partir de ${CONTROL_GROUP_MIN} clients`);
      expect(translate('en', line.key as MessageKey, line.params)).toContain(`the target needs at least ${minimumForControl()} customers still there, and yours has ${size}`);
    }
    expect(minimumForControl()).toBeGreaterThan(268);
  });

  it('counts the customers still there, as the engine does, not the lost ones the target holds (QA learner 4)', () => {
    // Pride + Novelty limited to 300 customers, 92 of them lost: 208 enrolled, « au moins 295 » beside « 300 » read as a contradiction
    const line = enrolmentLines(enrolment(300, 208, 'offreSurMesure', 0)).find((l) => l.key.endsWith('enrolNoControl'))!;
    const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(translate('fr', line.key as MessageKey, line.params))).toContain(
      `il faut au moins ${minimumForControl()} clients encore là dans la cible, et votre cible en compte 208 (les clients perdus ne comptent pas)`,
    );
    expect(translate('en', line.key as MessageKey, line.params)).toContain(`at least ${minimumForControl()} customers still there, and yours has 208 (lost customers do not count)`);
  });

  it('says why the size needed is 295 and not 300: the share held out is rounded (QA teacher F17)', () => {
    const line = enrolmentLines(enrolment(150, 150, 'coupon', 0)).find((l) => l.key.endsWith('enrolNoControl'))!;
    const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(translate('fr', line.key as MessageKey, line.params))).toContain(`(10 % de ${minimumForControl()}, arrondi, font ${CONTROL_GROUP_MIN})`);
    expect(translate('en', line.key as MessageKey, line.params)).toContain(`(10% of ${minimumForControl()}, rounded, makes ${CONTROL_GROUP_MIN})`);
  });

  it('nobody consented: why Apply is disabled and what to do, in the singular', () => {
    const lines = enrolmentLines(enrolment(1, 1, 'relancePersonnalisee', 1));
    const all = text(lines);
    expect(all[0]).toBe('0 client inscrit sur le seul client de la cible.');
    expect(all.at(-1)).toContain('Aucun client de la cible n’a donné son consentement');
    expect(all.at(-1)).toContain('collecte de données');
    expect(lines.at(-1)?.blocking).toBe(true);
    expect(text(enrolmentLines(enrolment(3, 0, 'club', 0))).at(-1)).toContain('Tous les clients de la cible sont perdus');
  });

  it('one lost customer, one enrolled: singular forms', () => {
    const all = text(enrolmentLines(enrolment(5, 4, 'club', 0)));
    expect(all[0]).toBe('4 clients inscrits sur les 4 de la cible.');
    expect(all).toContain(frenchText`1 client perdu est exclu : un programme ne touche que les clients encore là.`);
    expect(text(enrolmentLines(enrolment(2, 2, 'relancePersonnalisee', 1)))[0]).toBe('1 client inscrit sur les 2 de la cible.');
  });

  it('counts the enrolled out of the customers still there, the target line’s count, not out of the lost too (QA qa29self m5)', () => {
    // « 2 582 clients correspondent à la cible (418 clients perdus exclus) » then « … inscrits sur les 3 000 de la cible »
    const e = enrolment(3000, 2582, 'club', 0);
    const all = text(enrolmentLines(e));
    expect(all[0]).toMatch(/^[\d\s]+ clients inscrits sur les 2582 de la cible\.$/);
    expect(all).toContain(frenchText`418 clients perdus sont exclus : un programme ne touche que les clients encore là.`);
    expect(text(enrolmentLines(e), 'en')[0]).toMatch(/customers enrolled out of the 2582 in the target\.$/);
    // one still there among lost ones: « sur le seul client de la cible »; none still there: no « sur les 0 »
    expect(text(enrolmentLines(enrolment(4, 1, 'club', 0)))[0]).toBe('1 client inscrit sur le seul client de la cible.');
    expect(text(enrolmentLines(enrolment(3, 0, 'club', 0))).join(' ')).not.toContain('inscrit');
  });

  it('with « Collecte de données » locked (mission 4, a teacher), too few or no consent advises no collection, in store or online, FR and EN', () => {
    // a collection already run on this target: open, the advice is another one
    const before: ConsentAdvice = { when: 'before', relation: 'same', tick: 0, contacted: 100, accepted: 20 };
    for (const channel of ['store', 'online'] as const)
      for (const advice of [undefined, before]) {
        const open = [...text(enrolmentLines(enrolment(566, 557, 'evenementPrive', 322), channel, advice)), ...text(enrolmentLines(enrolment(1, 1, 'relancePersonnalisee', 1), channel, advice))];
        expect(open.join(' ')).toMatch(/collecte/i);
        for (const locale of ['fr', 'en'] as const) {
          const few = enrolmentLines(enrolment(566, 557, 'evenementPrive', 322), channel, advice, false);
          const nobody = enrolmentLines(enrolment(1, 1, 'relancePersonnalisee', 1), channel, advice, false);
          const all = [...text(few, locale), ...text(nobody, locale)].join(' ');
          expect(all).not.toMatch(/collecte|collection/i);
          expect([...few, ...nobody].flatMap((l) => l.concepts)).not.toContain('collecteDonnees');
          const tool = { store: { fr: 'choisissez un outil en magasin.', en: 'choose an in-store tool.' }, online: { fr: 'choisissez un outil qui ne passe ni par l’e-mail ni par le SMS.', en: 'choose a tool that sends no e-mail or SMS.' } }[channel][locale];
          const fewLine = text(few, locale).find((l) => /témoin|control group/.test(l))!;
          expect(fewLine.endsWith(`${locale === 'fr' ? 'Pour le mesurer, ' : 'To measure it, '}${tool}`)).toBe(true);
          const nobodyLine = text(nobody, locale).at(-1)!;
          expect(nobodyLine.endsWith(tool.charAt(0).toUpperCase() + tool.slice(1))).toBe(true);
        }
      }
  });
});
