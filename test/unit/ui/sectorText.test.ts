import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { sectorKey } from '../../../src/ui/home/sectorText.ts';
import { fr } from '../../../src/i18n/fr.ts';
import { en } from '../../../src/i18n/en.ts';

describe('scenario sector names', () => {
  it('gives every shipped scenario a translated sector', () => {
    const files = readdirSync('scenarios').filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const { sector } = JSON.parse(readFileSync(`scenarios/${file}`, 'utf8')) as { sector: string };
      const key = sectorKey(sector);
      expect(key, file).not.toBeNull();
      expect(en.home.sectorName[key!]).not.toBe(sector);
      expect(fr.home.sectorName[key!]).toBeTruthy();
    }
  });

  it('leaves a sector typed by a teacher as written', () => {
    expect(sectorKey('librairie')).toBeNull();
    expect(sectorKey('constructor')).toBeNull();
  });
});
