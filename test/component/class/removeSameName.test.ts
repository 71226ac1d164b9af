/**
 * « Retirer » of two files handed in under one name: each button's accessible name carries its
 * file's date (the row already shows « fichier du … »), so a screen reader tells which one it removes.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import type { ClassRow } from '../../../src/results/classComparison.ts';
import ClassRowFile from '../../../src/ui/class/ClassRowFile.svelte';
import { fileDate } from '../../../src/ui/class/classViewText.ts';
import { classRow } from '../../fixtures/classRow.ts';

const older: ClassRow = { ...classRow('Anna', null, 2), key: 'k1', fileId: 1, fileName: 'anna.json', createdAt: '2026-11-29T09:00:00Z' };
const newer: ClassRow = { ...classRow('Anna', 1, 3), key: 'k2', fileId: 2, fileName: 'anna.json', createdAt: '2026-12-01T14:30:00Z' };
const tom: ClassRow = { ...classRow('Tom', 2, 1), key: 'k3', fileId: 3, createdAt: '2026-12-01T14:30:00Z' };
const rows = [older, newer, tom];
const show = (row: ClassRow) => render(ClassRowFile, { row, rows, onopenbilan: () => {}, onremove: () => {} });

afterEach(() => setLocale('fr'));

describe('« Retirer » of files with the same name', () => {
  it('names each with its date; a name of its own stays bare', () => {
    show(older);
    show(newer);
    show(tom);
    screen.getByRole('button', { name: `Retirer anna.json (${fileDate('fr', older.createdAt)})` });
    screen.getByRole('button', { name: `Retirer anna.json (${fileDate('fr', newer.createdAt)})` });
    screen.getByRole('button', { name: 'Retirer Tom.json' });
    expect(screen.queryByRole('button', { name: 'Retirer anna.json' })).toBeNull();
  });

  it('in English too', async () => {
    await setLocale('en');
    show(newer);
    screen.getByRole('button', { name: `Remove anna.json (${fileDate('en', newer.createdAt)})` });
  });
});
