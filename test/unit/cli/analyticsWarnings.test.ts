import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTransactions } from '../../../src/cli/analyticsArgs.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { cutLastLineText } from '../../../src/ui/analytics/cutLastLineText.ts';

/** 22 purchases around 27 €, line 23 holds « 4590 » (45,90 typed without its comma). */
const OUTLIER_CSV = 'test/unit/cli/fixtures/ventes-montant-aberrant.csv';

const OUTLIER_WARNING = frenchText`1 achat a un montant de plus de 100 fois le panier médian du fichier (26,85), ligne 23 : une faute de frappe, ou un séparateur décimal oublié ou mal lu (« 4590 » pour 45,90) ? Il reste importé, mais il pèse sur le montant dépensé et la CLV de son client : vérifiez la ligne dans le tableur.`;

/**
 * The score panel's warning (QA robustness #12) when the fit cannot be read: the fixture's 22 purchases
 * in three weeks have no departure, so the fit runs to a ≈ 0 and r, alpha ≈ 10⁸.
 */
const FIT_WARNING = [
  frenchText`Attention : le modèle BG/NBD ne peut pas être estimé sur ces données. Les paramètres ajustés (r, alpha, a, b) sont extrêmes et le score (probabilité d’être actif, achats attendus) n’est pas interprétable :`,
  frenchText`- le modèle ne trouve aucun départ dans ce fichier (probabilité de partir après un achat estimée à 0) : tous les clients paraissent actifs, quoi qu’ils aient fait ;`,
  frenchText`- r et alpha sont démesurés : le modèle donne le même rythme d’achat à tous les clients, sans différence entre eux (des achats répartis au hasard sur toute la période, par exemple) ;`,
].join('\n');

/** The real command, as `npm run rfm` / `npm run score` run it. */
function run(script: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('node_modules/.bin/tsx', [script, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run rfm / score: the warnings of the screen, on stderr', () => {
  it('an amount over 100 times the median basket is named with its line on stderr, and a fit with no departure is said; stdout is the same JSON', async () => {
    const [rfm, score] = await Promise.all([
      run('src/cli/rfm.ts', [OUTLIER_CSV, '--format', 'csv', '--at', '2024-04-01', '--json']),
      run('src/cli/score.ts', [OUTLIER_CSV, '--format', 'csv', '--json']),
    ]);
    expect(rfm.code, rfm.stderr).toBe(0);
    expect(rfm.stderr).toBe(`${OUTLIER_WARNING}\n`);
    const rows = JSON.parse(rfm.stdout) as { customerId: string; monetary: number }[];
    expect(rows.find((r) => r.customerId === 'A')?.monetary).toBe(4646.2);
    expect(score.code, score.stderr).toBe(0);
    // the import's warning, then the fit's, as the screen shows them; stdout stays one JSON
    expect(score.stderr).toBe(`${OUTLIER_WARNING}\n${FIT_WARNING}\n`);
    const out = JSON.parse(score.stdout) as { fitProblems: string[]; customers: unknown[] };
    expect(out.fitProblems).toEqual(['noDropout', 'sameRate']);
    expect(out.customers.length).toBeGreaterThan(0);
  });

  it('a file whose last line seems cut is said to be maybe incomplete, with the screen’s words, by both commands', async () => {
    const lines = ['client;date;montant'];
    for (let i = 0; i < 60; i++) lines.push(`C${i % 9};${String((i % 28) + 1).padStart(2, '0')}/0${1 + (i % 3)}/2024;20,00`);
    // an interrupted download: « 20,00 » cut to « 2 », no final line break
    const file = join(mkdtempSync(join(tmpdir(), 'fidelis-cut-')), 'ventes-coupees.csv');
    writeFileSync(file, `${lines.join('\n')}\nC1;15/03/2024;2`);
    const warning = cutLastLineText('fr', { line: 62, value: '2' });
    expect(warning).toContain('Le fichier est peut-être incomplet');
    const [rfm, score] = await Promise.all([
      run('src/cli/rfm.ts', [file, '--format', 'csv', '--at', '2024-04-01', '--json']),
      run('src/cli/score.ts', [file, '--format', 'csv', '--json']),
    ]);
    expect(rfm.code, rfm.stderr).toBe(0);
    expect(rfm.stderr).toBe(`${warning}\n`);
    expect(JSON.parse(rfm.stdout)).toHaveLength(9);
    expect(score.code, score.stderr).toBe(0);
    expect(score.stderr.split('\n')[0]).toBe(warning);
    // the same sentence when the cut line makes the import fail (a field missing), before the errors
    writeFileSync(file, `${lines.join('\n')}\nC1;15/03/2024`);
    const failed = await run('src/cli/rfm.ts', [file, '--format', 'csv', '--at', '2024-04-01', '--json']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(cutLastLineText('fr', { line: 62, value: '15/03/2024' }));
  });

  it('late dates and negative amounts are said too, in French; a clean file says nothing', () => {
    const lines = ['client;date;montant'];
    for (let i = 0; i < 120; i++) lines.push(`C${i % 9};${String((i % 28) + 1).padStart(2, '0')}/0${1 + (i % 3)}/2024;${i === 7 ? '-12,00' : '20,00'}`);
    const clean = `${lines.join('\n')}\n`.replace('-12,00', '12,00');
    lines.push('C1;15/03/2025;20,00');
    const warnings: string[] = [];
    importTransactions(`${lines.join('\n')}\n`, 'csv', (w) => warnings.push(w));
    expect(warnings).toEqual([
      frenchText`1 achat est daté bien après tous les autres (après le 2024-03-28, jusqu’au 2025-03-15) : une faute de frappe dans la date ? Il reste importé : pour ne pas le compter, prenez une date d’analyse (--at) ou de fin de calibration (--calibration-end) au plus tard le 2024-03-28.`,
      frenchText`1 achat a un montant négatif (un remboursement ?). Il est gardé tel quel : il compte comme un achat dans la fréquence et son montant est soustrait du montant dépensé. Si c’est un remboursement, supprimez la ligne dans le tableur puis importez le fichier à nouveau.`,
    ]);
    const none: string[] = [];
    importTransactions(clean, 'csv', (w) => none.push(w));
    expect(none).toEqual([]);
  });
});
