/** QA qa12 F5: the last class link's game settings, kept by the browser for a visit by the plain address. */
import { describe, expect, it } from 'vitest';
import { CLASS_LINK_KEY, forgetClassLink, MAX_AGE_DAYS, rememberClassLink, rememberedClassLink } from '../../../src/presets/rememberedClassLink.ts';
import { ClassSettings } from '../../../src/presets/classSettings.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { memoryStorage } from '../../fixtures/memoryStorage.ts';
import { applyClassLink } from '../../../src/presets/applyClassLink.ts';

const DAY = 86_400_000;
const now = Date.UTC(2026, 11, 4);

describe('the last class link kept by the browser', () => {
  it('gives back the link kept, until a new link replaces it', () => {
    const storage = memoryStorage();
    expect(rememberedClassLink(storage, now)).toBeNull();
    rememberClassLink(storage, 'shop=boulangerie-du-marche&mission=1&seed=42', now);
    expect(rememberedClassLink(storage, now + DAY)).toBe('shop=boulangerie-du-marche&mission=1&seed=42');
    rememberClassLink(storage, 'shop=optique-lumiere&lock=enquete', now + 2 * DAY);
    expect(rememberedClassLink(storage, now + 3 * DAY)).toBe('shop=optique-lumiere&lock=enquete');
  });

  it('still applies weeks later (a class spans weeks), and is forgotten past its age', () => {
    const storage = memoryStorage();
    rememberClassLink(storage, 'seed=42', now);
    expect(rememberedClassLink(storage, now + 6 * 7 * DAY)).toBe('seed=42');
    expect(rememberedClassLink(storage, now + (MAX_AGE_DAYS + 1) * DAY)).toBeNull();
    expect(storage.getItem(CLASS_LINK_KEY)).toBeNull();
  });

  it('removes a garbled or foreign value without a word', () => {
    for (const value of ['{', 'null', '"seed=42"', '{"search":42,"at":1}', '{"search":"","at":1}', '{"search":"seed=42"}', `{"search":"${'x'.repeat(4001)}","at":1}`]) {
      const storage = memoryStorage();
      storage.setItem(CLASS_LINK_KEY, value);
      expect(rememberedClassLink(storage, now)).toBeNull();
      expect(storage.getItem(CLASS_LINK_KEY)).toBeNull();
    }
  });

  it('is forgotten on request, and works without storage or with a storage that throws', () => {
    const storage = memoryStorage();
    rememberClassLink(storage, 'seed=42', now);
    forgetClassLink(storage);
    expect(rememberedClassLink(storage, now)).toBeNull();
    const blocked = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); }, removeItem: () => { throw new Error('blocked'); } };
    expect(() => rememberClassLink(blocked, 'seed=42', now)).not.toThrow();
    expect(rememberedClassLink(blocked, now)).toBeNull();
    expect(rememberedClassLink(null, now)).toBeNull();
  });
});

describe('« Partie libre »', () => {
  it('forgets the kept link and the game settings, keeps what the address set of the page', () => {
    const storage = memoryStorage();
    rememberClassLink(storage, 'shop=boulangerie-du-marche&seed=42&lock=lienSocial', now);
    const settings = new ClassSettings();
    applyClassLink(settings, { presets: { shop: 'boulangerie-du-marche', seed: 42, mode: 'committed', lock: ['lienSocial'], hide: [], display: 'contrast' }, problems: [], any: true }, { notices: new Notices(), setLocale: () => {} }, true);
    expect(settings.remembered).toBe(true);
    settings.forget(storage);
    expect(settings.remembered).toBe(false);
    expect(settings.presets).toEqual({ lock: [], hide: [], display: 'contrast' });
    expect(settings.forNewRun()).toEqual({ lock: [], hide: [] });
    expect(storage.getItem(CLASS_LINK_KEY)).toBeNull();
  });
});
