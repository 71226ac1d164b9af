import { describe, expect, it } from 'vitest';
import { ClassSettings } from '../../../src/presets/classSettings.svelte.ts';
import { applyClassLink, applyDisplay, problemList } from '../../../src/presets/applyClassLink.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { noticeText } from '../../../src/app/noticeText.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

describe('class settings applied to the page', () => {
  it('sets and clears the display and motion attributes', () => {
    const root = { dataset: {} as Record<string, string> } as unknown as HTMLElement;
    applyDisplay(root, { lock: [], hide: [], display: 'projector', motion: 'reduced' });
    expect({ ...root.dataset }).toEqual({ display: 'projector', motion: 'reduced' });
    applyDisplay(root, { lock: [], hide: [], display: 'standard' });
    expect({ ...root.dataset }).toEqual({});
  });

  it('names the ignored parameters, in French by default', () => {
    const problems = [
      { param: 'seed', reason: 'invalid' as const },
      { param: 'x', reason: 'unknown' as const },
      { param: 'lock', reason: 'invalid' as const, value: 'bogus' },
    ];
    expect(problemList(problems)).toBe(frenchText`« seed » (valeur invalide), « x » (inconnu), « lock=bogus » (valeur invalide)`);
    expect(problemList(problems, 'en')).toBe('“seed” (invalid value), “x” (unknown), “lock=bogus” (invalid value)');
  });

  it('tells about one ignored parameter in the singular, several in the plural', () => {
    const shown = (params: string[]) => {
      const notices = new Notices();
      const problems = params.map((param) => ({ param, reason: 'unknown' as const }));
      applyClassLink(new ClassSettings(), { presets: { lock: [], hide: [] }, problems, any: false }, { notices, setLocale: () => {} });
      const tr = ((key: string, p?: Record<string, string | number>) => translate('fr', key, p)) as never;
      return notices.list.map((n) => noticeText(tr, n, 'fr'));
    };
    expect(shown(['x'])).toEqual([frenchText`Lien de classe : paramètre ignoré : « x » (inconnu). Signalez-le à votre enseignant.`]);
    expect(shown(['x', 'y'])).toEqual([frenchText`Lien de classe : paramètres ignorés : « x » (inconnu), « y » (inconnu). Signalez-le à votre enseignant.`]);
  });

  it('names the ignored parameters in the language the notice is shown in, whatever the link said (QA robust #3)', () => {
    const shownIn = (lang: 'fr' | 'en' | undefined, locale: 'fr' | 'en') => {
      const notices = new Notices();
      const presets = { lock: [], hide: [], ...(lang ? { lang } : {}) };
      applyClassLink(new ClassSettings(), { presets, problems: [{ param: 'shop', reason: 'invalid' }], any: true }, { notices, setLocale: () => {} });
      const tr = ((key: string, p?: Record<string, string | number>) => translate(locale, key, p)) as never;
      return notices.list.map((n) => noticeText(tr, n, locale));
    };
    expect(shownIn('en', 'en')).toEqual(['Class link: parameter ignored: “shop” (invalid value). Tell your teacher.']);
    // no lang= in the link, English remembered or chosen on this browser
    expect(shownIn(undefined, 'en')).toEqual(['Class link: parameter ignored: “shop” (invalid value). Tell your teacher.']);
    // lang=en, then the learner switches to French
    expect(shownIn('en', 'fr')).toEqual([frenchText`Lien de classe : paramètre ignoré : « shop » (valeur invalide). Signalez-le à votre enseignant.`]);
  });
});
