/**
 * QA qa14 T1: on a 390 × 844 phone, « 3. Avancez dans le temps » outlined a time bar showing only « Avancer d’une
 * période » and « Autres choix », under a text naming « de plusieurs, ou laissez le temps défiler » and the undo of the
 * last decision, which is not in the bar but in « Décisions de la période ». The step says where both are, on the
 * decisions screen and from another screen, by the labels the learner sees; in the scoring lab, whose bar never folds, only the list.
 */
import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import GuidedTour from '../../src/ui/tour/GuidedTour.svelte';
import { Tour, TOUR_STEPS } from '../../src/app/tour.svelte.ts';
import { setLocale, t, tickWords } from '../../src/i18n/locale.svelte.ts';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('guided tour, « 3. Avancez dans le temps »: where the folded choices and the undo are (QA qa14 T1)', () => {
  afterEach(() => setLocale('fr'));

  it.each([
    { locale: 'fr' as const, route: 'decisions' as const },
    { locale: 'fr' as const, route: 'whatif' as const },
    { locale: 'en' as const, route: 'decisions' as const },
    { locale: 'en' as const, route: 'whatif' as const },
  ])('$locale, from $route: names « Autres choix » and the list « Décisions de la période »', async ({ locale, route }) => {
    await setLocale(locale);
    const tour = new Tour();
    render(GuidedTour, { tour, route });
    flushSync(() => tour.show());
    flushSync(() => (tour.index = TOUR_STEPS.indexOf('advance')));
    const text = plain(screen.getByRole('dialog').textContent ?? '');
    expect(text).toContain(t('tour.steps.advance.title'));
    expect(text).toContain(plain(t('decisions.advance.more')));
    expect(text).toContain(plain(t('decisions.pending.title', tickWords('week'))));
  });

  // the list's heading is in the shop's unit (« Décisions du mois »), the tour names it so (QA qa31phoneEn m1)
  it.each(['fr' as const, 'en' as const])('%s, in a monthly shop: names the list as its heading says it', async (locale) => {
    await setLocale(locale);
    const tour = new Tour();
    render(GuidedTour, { tour, route: 'decisions', tickUnit: 'month' });
    flushSync(() => tour.show());
    flushSync(() => (tour.index = TOUR_STEPS.indexOf('advance')));
    const text = plain(screen.getByRole('dialog').textContent ?? '');
    expect(text).toContain(`${plain(t('decisions.pending.title', tickWords('month')))}${locale === 'fr' ? ' »' : '”'}`);
  });

  it.each(['fr' as const, 'en' as const])('%s, in the scoring lab: its time bar never folds, no « Autres choix », the list « Décisions de la période » still named', async (locale) => {
    await setLocale(locale);
    const tour = new Tour();
    render(GuidedTour, { tour, route: 'scoring' });
    flushSync(() => tour.show());
    flushSync(() => (tour.index = TOUR_STEPS.indexOf('advance')));
    const text = plain(screen.getByRole('dialog').textContent ?? '');
    expect(text).toContain(t('tour.steps.advance.title'));
    expect(text).not.toContain(plain(t('decisions.advance.more')));
    expect(text).toContain(plain(t('decisions.pending.title', tickWords('week'))));
  });
});
