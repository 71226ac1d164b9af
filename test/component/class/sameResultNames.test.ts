/**
 * « résultat identique à » in a learner's cell of the class table (QA qa24 m3): the shortened file names kept
 * the end every file of the class shares (« Hugo (…du-marche-semaine-52.json) ; Théo (…du-marche-semaine-52.json) »),
 * each row 8 to 10 lines high on a tablet. A learner with one file is shown by the name alone, a learner with
 * several by the part of the file name that tells them apart; screen readers and the tooltip keep the whole names.
 */
import { render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import type { ClassRow } from '../../../src/results/classComparison.ts';
import ClassRowFile from '../../../src/ui/class/ClassRowFile.svelte';
import { classRow } from '../../fixtures/classRow.ts';
import { plain } from '../../fixtures/classTexts.ts';

/** a file named as the app names a hand-in of a full bakery game */
const fileOf = (slug: string, end = 'semaine-52') => `fidelis-resultat-${slug}-boulangerie-du-marche-${end}.json`;
const learner = (name: string, key: string, fileName: string, same: readonly ClassRow[] = []): ClassRow => ({
  ...classRow(name, 1, 2),
  key,
  fileName,
  sameResultAs: same.map((r) => r.fileName),
  sameResultKeys: same.map((r) => r.key),
});

/** the cell's « résultat identique à » as seen, as read (screen readers) and in its tooltip */
function sameResult(row: ClassRow, rows: readonly ClassRow[]): { seen: string; read: string; title: string } {
  const { container } = render(ClassRowFile, { row, rows, onopenbilan: () => {}, onremove: () => {} });
  const cell = container.querySelector<HTMLElement>('.same-result')!;
  return {
    seen: plain(cell.querySelector('[aria-hidden="true"]')?.textContent ?? cell.textContent ?? ''),
    read: plain(cell.querySelector('.visually-hidden')?.textContent ?? cell.textContent ?? ''),
    title: plain(cell.title),
  };
}

afterEach(() => setLocale('fr'));

describe('« résultat identique à » in the class table', () => {
  const theo = learner('Théo', 't', fileOf('theo'));
  const xavier = learner('Xavier', 'x', fileOf('xavier'));

  it('names the learners with one file by their name alone; the whole file names for screen readers and in the tooltip', () => {
    const hugo = learner('Hugo', 'h', fileOf('hugo'), [theo, xavier]);
    const rows = [hugo, theo, xavier];
    const { seen, read, title } = sameResult(hugo, rows);
    expect(seen).toBe('résultat identique à : Théo ; Xavier');
    const whole = `résultat identique à : Théo (${fileOf('theo')}) ; Xavier (${fileOf('xavier')})`;
    expect(read).toBe(whole);
    expect(title).toBe(whole);
  });

  it('tells a learner’s files apart by the part of their names that differs', () => {
    // Léa handed in twice; her second file differs from the first at its start, the end being the same
    const first = learner('Léa', 'l1', fileOf('lea'));
    const again = learner('Léa', 'l2', `lea-v2-${fileOf('lea')}`);
    const hugo = learner('Hugo', 'h', fileOf('hugo'), [again, theo]);
    const rows = [hugo, first, again, theo];
    const { seen, read } = sameResult(hugo, rows);
    expect(seen).toMatch(/^résultat identique à : Léa \(lea-v2-[^)]*…\) ; Théo$/);
    expect(seen).not.toContain('semaine-52');
    expect(read).toBe(`résultat identique à : Léa (lea-v2-${fileOf('lea')}) ; Théo (${fileOf('theo')})`);
  });

  it('keeps a learner’s week apart when the files differ at their end', () => {
    const full = learner('Léa', 'l1', fileOf('lea'));
    const partial = learner('Léa', 'l2', fileOf('lea', 'semaine-13'));
    const hugo = learner('Hugo', 'h', fileOf('hugo'), [partial, xavier]);
    const { seen } = sameResult(hugo, [hugo, full, partial, xavier]);
    expect(seen).toMatch(/^résultat identique à : Léa \(…[^)]*semaine-13\.json\) ; Xavier$/);
  });
});
