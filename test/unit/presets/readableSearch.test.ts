/** A class link's query string keeps its commas readable (lock=enquete,financier), the rest escaped as usual. */
import { describe, expect, it } from 'vitest';
import { readableSearch } from '../../../src/presets/readableSearch.ts';
import { dropClassLinkLanguage, rememberClassLink, rememberedClassLink } from '../../../src/presets/rememberedClassLink.ts';
import { memoryStorage } from '../../fixtures/memoryStorage.ts';

describe('readableSearch', () => {
  it('writes the commas of a list as commas, and still escapes what would break the link', () => {
    const params = new URLSearchParams([['lock', 'enquete,financier'], ['hide', 'acquisition,lienSocial'], ['name', 'a&b c=d']]);
    expect(readableSearch(params)).toBe('lock=enquete,financier&hide=acquisition,lienSocial&name=a%26b+c%3Dd');
    expect(new URLSearchParams(readableSearch(params)).get('lock')).toBe('enquete,financier');
  });

  it('keeps the commas when the language is dropped from the kept class link', () => {
    const storage = memoryStorage();
    rememberClassLink(storage, 'seed=42&lang=en&lock=enquete,financier', 0);
    dropClassLinkLanguage(storage);
    expect(rememberedClassLink(storage, 0)).toBe('seed=42&lock=enquete,financier');
  });
});
