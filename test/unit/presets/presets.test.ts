import { describe, expect, it } from 'vitest';
import { classLink, cleanParamName, cleanValue, MAX_QUERY_CHARS, parsePresets, presetsToSearch, shopInLink, type Presets } from '../../../src/presets/presets.ts';

const SHOPS = { 'boulangerie-du-marche': 6, 'sport-et-cimes': 6, 'sans-missions': 0 };

describe('parsePresets: valid links', () => {
  it('reads every setting of a full class link', () => {
    const r = parsePresets('?shop=boulangerie-du-marche&mission=2&seed=42&lang=en&mode=committed&lock=enquete,financier&hide=acquisition&display=projector&motion=reduced', SHOPS);
    expect(r.problems).toEqual([]);
    expect(r.any).toBe(true);
    expect(r.presets).toEqual({
      shop: 'boulangerie-du-marche',
      mission: 2,
      seed: 42,
      lang: 'en',
      mode: 'committed',
      lock: ['financier', 'enquete'],
      hide: ['acquisition'],
      display: 'projector',
      motion: 'reduced',
    });
  });

  it('reads the mission whatever the order of shop and mission', () => {
    expect(parsePresets('mission=6&shop=sport-et-cimes', SHOPS).presets.mission).toBe(6);
  });

  it('an empty query is no preset and no problem', () => {
    expect(parsePresets('', SHOPS)).toEqual({ presets: { lock: [], hide: [] }, problems: [], any: false });
  });

  it('leaves the scenario links’ own parameter alone', () => {
    const r = parsePresets('?scenario=1.abc&seed=3', SHOPS);
    expect(r.problems).toEqual([]);
    expect(r.presets.seed).toBe(3);
  });
});

describe('parsePresets: invalid values are dropped, each named once', () => {
  it('unknown shop, mission out of range, bad seed, language and mode', () => {
    const r = parsePresets('shop=inconnu&mission=1&seed=-4&lang=de&mode=tricheur', SHOPS);
    expect(r.presets).toEqual({ lock: [], hide: [] });
    expect(r.any).toBe(false);
    expect(r.problems).toEqual([
      { param: 'shop', reason: 'invalid', value: 'inconnu' },
      { param: 'seed', reason: 'invalid', value: '-4' },
      { param: 'lang', reason: 'invalid', value: 'de' },
      { param: 'mode', reason: 'invalid', value: 'tricheur' },
      { param: 'mission', reason: 'needsShop' },
    ]);
  });

  it('a mission beyond the path, or on a shop without missions, is invalid; the shop stays', () => {
    expect(parsePresets('shop=boulangerie-du-marche&mission=7', SHOPS)).toMatchObject({ presets: { shop: 'boulangerie-du-marche' }, problems: [{ param: 'mission', reason: 'invalid', value: '7' }] });
    expect(parsePresets('shop=sans-missions&mission=1', SHOPS).problems).toEqual([{ param: 'mission', reason: 'invalid', value: '1' }]);
    expect(parsePresets('shop=boulangerie-du-marche&mission=0', SHOPS).presets.mission).toBeUndefined();
    expect(parsePresets('shop=boulangerie-du-marche&mission=1.5', SHOPS).presets.mission).toBeUndefined();
  });

  it('a tool list keeps its tools and reports only its unknown items, quoted (QA qa22 F7: one typo must not unlock a tool)', () => {
    const r = parsePresets('lock=bogus,enquete&hide=acquisition,lasers,,x y', SHOPS);
    expect(r.presets.lock).toEqual(['enquete']);
    expect(r.presets.hide).toEqual(['acquisition']);
    expect(r.any).toBe(true);
    expect(r.problems).toEqual([
      { param: 'lock', reason: 'invalid', value: 'bogus' },
      { param: 'hide', reason: 'invalid', value: 'lasers' }, // « x y » is not quoted (cleanValue)
    ]);
    expect(parsePresets('lock=enquete,&hide=', SHOPS)).toMatchObject({ presets: { lock: ['enquete'], hide: [] }, problems: [] });
    expect(parsePresets('lock=lasers', SHOPS)).toMatchObject({ presets: { lock: [] }, problems: [{ param: 'lock', value: 'lasers' }], any: false });
  });

  it('unknown keys and duplicates are reported, the first value wins', () => {
    const r = parsePresets('seed=1&seed=2&couleur=rouge', SHOPS);
    expect(r.presets.seed).toBe(1);
    expect(r.problems).toEqual([
      { param: 'seed', reason: 'duplicate' },
      { param: 'couleur', reason: 'unknown' },
    ]);
  });
});

describe('parsePresets: hostile values', () => {
  it('script in a value or a key is never echoed back', () => {
    const r = parsePresets(`shop=${encodeURIComponent('<script>alert(1)</script>')}&${encodeURIComponent('<img src=x onerror=alert(1)>')}=1`, SHOPS);
    expect(r.presets.shop).toBeUndefined();
    expect(JSON.stringify(r.problems)).not.toMatch(/[<>()=]/);
    expect(r.problems).toEqual([
      { param: 'shop', reason: 'invalid' },
      { param: 'imgsrcxonerroralert1', reason: 'unknown' },
    ]);
  });

  it('huge numbers, exponents and hex are not seeds', () => {
    for (const seed of ['99999999999999999999', '2147483648', '1e3', '0x10', 'Infinity', 'NaN', ' ', '']) expect(parsePresets(`seed=${seed}`, SHOPS).presets.seed).toBeUndefined();
    expect(parsePresets('seed=2147483647', SHOPS).presets.seed).toBe(2147483647);
    expect(parsePresets(`shop=boulangerie-du-marche&mission=${'9'.repeat(400)}`, SHOPS).presets.mission).toBeUndefined();
  });

  it('a very long value is refused, a very long query is ignored whole', () => {
    expect(parsePresets(`lang=${'f'.repeat(5000)}`, SHOPS).problems).toEqual([{ param: '?', reason: 'tooLong' }]);
    expect(parsePresets(`lang=${'f'.repeat(300)}`, SHOPS).problems).toEqual([{ param: 'lang', reason: 'tooLong' }]);
    const many = Array.from({ length: 200 }, (_, i) => `k${i}=1`).join('&');
    expect(many.length).toBeLessThan(MAX_QUERY_CHARS);
    const r = parsePresets(many, SHOPS);
    expect(r.problems.length).toBeLessThanOrEqual(31);
    expect(r.problems.at(-1)?.reason).toBe('tooLong');
  });

  it('a class link carrying a shop made in the editor: its scenario=… (thousands of characters) is not the settings’ length (QA qa30editor M1)', () => {
    const code = `1.${'A'.repeat(6000)}`;
    for (const search of [`?shop=sans-missions&seed=42&lock=enquete&scenario=${code}`, `?scenario=${code}&shop=sans-missions&seed=42&lock=enquete`]) {
      const r = parsePresets(search, SHOPS);
      expect(r.problems).toEqual([]);
      expect(r.presets).toEqual({ shop: 'sans-missions', seed: 42, lock: ['enquete'], hide: [] });
    }
    // the settings themselves still have their limit
    expect(parsePresets(`lang=${'f'.repeat(5000)}&scenario=${code}`, SHOPS).problems).toEqual([{ param: '?', reason: 'tooLong' }]);
  });

  it('prototype keys and malformed escapes do not break anything', () => {
    const r = parsePresets('__proto__=1&constructor=2&shop=toString&%E0%A4%A=3&lang=%ZZ', SHOPS);
    expect(r.presets).toEqual({ lock: [], hide: [] });
    expect(r.problems.map((p) => p.reason)).toEqual(['unknown', 'unknown', 'invalid', 'unknown', 'invalid']);
  });

  it('cleans parameter names', () => {
    expect(cleanParamName('<>')).toBe('?');
    expect(cleanParamName('a'.repeat(100))).toHaveLength(24);
  });

  it('quotes a refused value only shortened, and only a plain one: no sentence, no markup, no web address (review8 #9)', () => {
    expect(cleanValue('fidélité')).toBe('fidélité');
    expect(cleanValue('enquete,lasers-2_x')).toBe('enquete,lasers-2_x');
    expect(cleanValue('a'.repeat(100))).toBe(`${'a'.repeat(23)}…`);
    for (const value of ['Appelez le 06 12, vite !', '<b>x</b>', 'www.evil-site.com', 'evil\u3002site', 'evil\ua4f8site', '4.5', ''])
      expect(cleanValue(value)).toBeUndefined();
    // the notice names the parameter alone: never « mode=www.evil-site.com », nor « seed= » with nothing after it
    for (const search of ['mode=www.evil-site.com', 'seed=', 'lock=enquete,www.evil.fr'])
      expect(parsePresets(search, SHOPS).problems).toEqual([{ param: search.slice(0, search.indexOf('=')), reason: 'invalid' }]);
  });
});

describe('presetsToSearch and classLink', () => {
  const full: Presets = {
    shop: 'boulangerie-du-marche',
    mission: 1,
    seed: 42,
    lang: 'fr',
    mode: 'committed',
    lock: ['enquete'],
    hide: ['acquisition'],
    display: 'contrast',
    motion: 'reduced',
  };

  it('round-trips through the parser', () => {
    const search = presetsToSearch(full);
    expect(search).toBe('shop=boulangerie-du-marche&mission=1&seed=42&lang=fr&mode=committed&lock=enquete&hide=acquisition&display=contrast&motion=reduced');
    expect(parsePresets(search, SHOPS)).toEqual({ presets: full, problems: [], any: true });
  });

  it('leaves defaults out and a hidden tool out of the locked list', () => {
    expect(presetsToSearch({ lock: ['enquete', 'acquisition'], hide: ['acquisition'], display: 'standard', motion: 'standard' })).toBe('lock=enquete&hide=acquisition');
    expect(presetsToSearch({ mission: 2, lock: [], hide: [] })).toBe('');
  });

  it('builds the link on the app’s address, mission path screen when a mission is set, home screen for a shop alone', () => {
    expect(classLink('https://ecole.example/fidelis/?old=1#/glossary', full)).toBe(`https://ecole.example/fidelis/?${presetsToSearch(full)}#/missions`);
    expect(classLink('https://ecole.example/fidelis/#/glossary', { shop: 'sport-et-cimes', seed: 42, mode: 'committed', lock: [], hide: [] })).toBe(
      'https://ecole.example/fidelis/?shop=sport-et-cimes&seed=42&mode=committed',
    );
    expect(classLink('https://ecole.example/fidelis/', { seed: 5, lock: [], hide: [] })).toBe('https://ecole.example/fidelis/?seed=5');
  });
});

describe('shopInLink', () => {
  it('names the shop whose mission path must load before the link is read, with or without the `?`', () => {
    expect(shopInLink('?shop=sport-et-cimes&mission=2')).toBe('sport-et-cimes');
    expect(shopInLink('mission=2&shop=boulangerie-du-marche')).toBe('boulangerie-du-marche');
    expect(shopInLink('?lang=en&seed=4')).toBeNull();
    expect(shopInLink('')).toBeNull();
  });
});
