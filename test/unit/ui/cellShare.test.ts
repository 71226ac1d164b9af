/** The R x F grid's share text: a small non-empty cell is « < 1 % », never « 0 % » (QA C4). */
import { describe, expect, it } from 'vitest';
import { formatCellShare } from '../../../src/ui/charts/cellShare.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatCellShare', () => {
  it('says « < 1 % » for a few customers out of thousands, in both languages', () => {
    expect(plain(formatCellShare('fr', 33 / 9550))).toBe('< 1 %');
    expect(plain(formatCellShare('en', 33 / 9550))).toBe('< 1%');
  });

  it('never breaks « < 1 % » across lines: no breakable space in it (a cell on a phone broke it as « < » over « 1 % »)', () => {
    expect(formatCellShare('fr', 33 / 9550)).not.toMatch(/ /);
    expect(formatCellShare('en', 33 / 9550)).not.toMatch(/ /);
  });

  it('keeps 0 % for an empty cell and whole percents otherwise', () => {
    expect(plain(formatCellShare('fr', 0))).toBe('0 %');
    expect(plain(formatCellShare('fr', 0.006))).toBe('1 %');
    expect(plain(formatCellShare('fr', 0.234))).toBe('23 %');
  });
});
