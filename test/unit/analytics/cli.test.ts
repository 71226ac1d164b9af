import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLE = 'src/assets/cdnow/CDNOW_sample.txt';
const SUMMARY = 'src/assets/cdnow/cdnow_customers_summary.csv';

function run(cli: 'rfm' | 'score', args: string[]) {
  const res = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${cli}.ts`, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

// Each case spawns tsx (a few seconds each on a loaded machine).
const SLOW = { timeout: 180_000 };

describe('npm run rfm', () => {
  it('prints the RFM of every customer of the CDNOW sample as JSON', SLOW, () => {
    const res = run('rfm', [SAMPLE, '--format', 'cdnow', '--at', '1998-06-30', '--json']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const rows = JSON.parse(res.stdout) as Record<string, unknown>[];
    expect(rows.length).toBe(2357);
    // 00004 bought on 1997-12-12 (last), 1997-08-02 and 1997-12-12 are in the last 365 days: 14.96 + 26.48
    expect(rows[0]).toMatchObject({ customerId: '00004', recencyDays: 200, frequency: 2, monetary: 41.44 });
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining(['customerId', 'recencyDays', 'frequency', 'monetary', 'r', 'f', 'm', 'segment']));
      expect(row.r).toBeGreaterThanOrEqual(1);
      expect(row.r).toBeLessThanOrEqual(5);
    }
    // quintiles among the 812 buyers of the last 365 days: each score holds about a fifth of them (equal
    // recencies share a score); the others score 1, 1, 1
    const buyers = rows.filter((row) => (row.frequency as number) > 0);
    expect(buyers.length).toBe(812);
    for (let s = 1; s <= 5; s++) expect(Math.abs(buyers.filter((row) => row.r === s).length - 812 / 5)).toBeLessThanOrEqual(3);
    for (const row of rows) if (row.frequency === 0) expect(row).toMatchObject({ r: 1, f: 1, m: 1, segment: 'inactif' });
  });

  it('fails in French with exit code 1 on bad input', SLOW, () => {
    const noDate = run('rfm', [SAMPLE, '--format', 'cdnow', '--json']);
    expect(noDate.code).toBe(1);
    expect(noDate.stderr).toMatch(/Option obligatoire manquante\u00a0: --at/);
    const badFormat = run('rfm', [SAMPLE, '--format', 'xls', '--at', '1998-06-30']);
    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr).toMatch(/Format inconnu «\u00a0xls\u00a0»/);
    const missing = run('rfm', ['nope.csv', '--format', 'csv', '--at', '1998-06-30']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Impossible de lire le fichier «\u00a0nope\.csv\u00a0»/);
    const wrongFile = run('rfm', [SUMMARY, '--format', 'cdnow', '--at', '1998-06-30']);
    expect(wrongFile.code).toBe(1);
    expect(wrongFile.stderr).toMatch(/^Import annulé, rien n’a été importé/);
    expect(wrongFile.stdout).toBe('');
  });
});

describe('npm run score', () => {
  it('fits BG/NBD on the raw CDNOW sample with the published calibration end', SLOW, () => {
    const res = run('score', [SAMPLE, '--format', 'cdnow', '--calibration-end', '1997-09-30', '--json']);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    // a usable fit: no warning on stderr (QA robustness #12), no reason in the JSON
    expect(res.stderr).toBe('');
    expect(out.fitProblems).toEqual([]);
    expect(out.r).toBeCloseTo(0.243, 3);
    expect(out.alpha).toBeCloseTo(4.414, 2);
    expect(out.a).toBeCloseTo(0.793, 3);
    expect(out.b).toBeCloseTo(2.426, 2);
    expect(out.logLikelihood).toBeCloseTo(-9582.4, 0);
    expect(out.customers.length).toBe(2357);
    expect(out.customers[0]).toMatchObject({ customerId: '00004', x: 2 });
    expect(out.customers[0].expectedPurchases).toBeCloseTo(1.226, 2);
    expect(out.customers[0].pAlive).toBeGreaterThan(0);
    expect(out.gammaGamma.p).toBeCloseTo(6.25, 1);
  });

  it('fits from the summary file and reports a bad date in French', SLOW, () => {
    const res = run('score', [SUMMARY, '--format', 'cdnow-summary', '--json']);
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out.r).toBeCloseTo(0.243, 3);
    expect(out.customers[1]).toMatchObject({ customerId: '2', x: 1 });
    const bad = run('score', [SAMPLE, '--format', 'cdnow', '--calibration-end', '1997-02-30']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Date invalide «\u00a01997-02-30\u00a0» pour --calibration-end/);
  });
});
