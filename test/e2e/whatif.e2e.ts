/**
 * « Et si… ? » in real Chromium: play four weeks, branch from week 3 (two weeks kept), take another
 * decision, compare: both timelines are equal for weeks 1-2 and differ from week 3; switch back to
 * the original. Then a committed run: no going back, past reports still open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { openWhatIf, poll, startBakery, tickLabel } from './student.ts';
import { frenchText } from '../../src/i18n/frenchSpacing.ts';

/** A compared KPI's table, its disclosure opened: a chart's table is built when it opens (qa28big m1). */
async function openedTable(page: Page, metric: string) {
  const figure = page.locator(`figure[data-chart="whatif-${metric}"]`);
  await figure.locator('details').evaluate((d: HTMLDetailsElement) => (d.open = true));
  await figure.locator('tbody tr').first().waitFor();
  return figure;
}

/** data-differs of each row of a compared KPI's table, and the A and B cells (its disclosure closed again after). */
async function comparedRows(page: Page, metric: string) {
  const figure = await openedTable(page, metric);
  const rows = await figure
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => ({ differs: r.getAttribute('data-differs'), a: r.children[1].textContent, b: r.children[2].textContent })));
  await figure.locator('details').evaluate((d: HTMLDetailsElement) => (d.open = false));
  return rows;
}

describe('what-if timelines', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('branches from week 3, plays other decisions and compares both timelines on the same charts', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    await page.getByRole('button', { name: 'Avancer de 4 semaines' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 5 / 52, à jouer');

    await openWhatIf(page);
    await page.getByRole('heading', { name: 'Mode de la partie : bac à sable' }).waitFor();
    await poll(() => page.getByRole('table', { name: 'Semaines passées', exact: true }).locator('tbody tr').count()).toBe(4);
    // one period picker (the last played chosen), not two buttons per period before the comparison (QA more M9)
    expect(await page.locator('section[aria-labelledby="whatif-past-title"] button').count()).toBe(2);
    const picker = page.getByRole('combobox', { name: 'Choisir une semaine' });
    expect(await picker.locator('option:checked').textContent()).toBe('Semaine 4');
    await picker.selectOption({ label: 'Semaine 3' });
    await page.getByRole('button', { name: 'Et si… ? Rejouer la semaine 3 et la suite' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Rejouer à partir de la semaine 3' }).click();
    await poll(() => page.getByTestId('whatif-status').textContent()).toMatch(/Vous jouez maintenant «\u00a0.* — et si… \(à partir de la semaine 3\)\u00a0»/);
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52, à jouer');

    // other decisions from week 3: a financial advantage for 100 customers
    await page.getByRole('link', { name: 'Aller aux décisions' }).click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    const count = page.getByTestId('target-count');
    const before = await count.textContent();
    await page.getByLabel('Nombre maximum de clients (vide = tous)').fill('100');
    // 100 customers still there, the lost before the 100th said apart (never counted in the limit, engine target.ts)
    await poll(async () => {
      const text = await count.textContent();
      return text !== before && Number(text?.match(/^(\d+) clients correspondent à la cible[. ]/)?.[1]) === 100;
    }).toBe(true);
    await page.getByRole('radio', { name: 'Avantage financier', exact: true }).check();
    await page.getByRole('button', { name: /Appliquer à la cible/ }).click();
    await poll(() => page.getByRole('region', { name: 'Décisions de la semaine' }).getByRole('listitem').count()).toBe(1);
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 4 / 52, à jouer');
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 5 / 52, à jouer');

    // compare: equal up to week 2, different from week 3
    await openWhatIf(page);
    await poll(() => page.getByTestId('whatif-difference').textContent()).toBe(
      frenchText`Les indicateurs sont identiques jusqu’à la semaine 2 ; ils diffèrent à partir de la semaine 3.`,
    );
    const budget = await comparedRows(page, 'budgetLeft');
    expect(budget.map((r) => r.differs)).toEqual(['false', 'false', 'true', 'true']);
    expect(budget[0].a).toBe(budget[0].b);
    expect(budget[1].a).toBe(budget[1].b);
    expect(budget[2].a).not.toBe(budget[2].b);
    for (const metric of ['turnover', 'activeCustomers', 'retentionRate', 'netMargin']) {
      const rows = await comparedRows(page, metric);
      expect(rows.slice(0, 2).map((r) => [r.differs, r.a === r.b])).toEqual([
        ['false', true],
        ['false', true],
      ]);
    }
    // both timelines on the same chart.js charts, each with its table (opened with the keyboard), after the gap B − A
    await poll(() => page.locator('figure[data-chart^="whatif-"] canvas').count()).toBe(6);
    // the gap B − A on the cumulative net margin (QA class 6): 0 € while both are the same, the totals' gap at the end
    const gapRows = await (await openedTable(page, 'cumulativeGap'))
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.children[3].textContent?.replace(/[\u00a0\u202f]/g, ' ')));
    expect(gapRows.slice(0, 2)).toEqual(['0 €', '0 €']);
    const ahead = (await page.getByTestId('whatif-totals').textContent())?.replace(/[\u00a0\u202f]/g, ' ') ?? '';
    const [, slot, gap] = /(A|B) est devant sur la marge nette cumulée, de ([\d ]+ €)/.exec(ahead) ?? [];
    expect(gapRows[3]).toBe(slot === 'B' ? `+${gap}` : `−${gap}`);
    expect(await (await openedTable(page, 'turnover')).locator('thead th').allTextContents()).toEqual(
      frenchText`Semaine|A : original|B : et si… (à partir de la semaine 3)|Écart (B − A)`.split('|'),
    );
    const summary = page.locator('figure[data-chart="whatif-budgetLeft"] summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Budget restant' }).waitFor();
    expect(await page.getByRole('table', { name: 'Budget restant' }).getByRole('row', { name: /Semaine 3 .*différent/ }).count()).toBe(1);
    const decisions = page.getByRole('heading', { name: 'Décisions qui diffèrent' }).locator('xpath=following-sibling::dl[1]');
    await poll(() => decisions.textContent()).toMatch(/Semaine 3\s*Ajouté dans B\s:\sAvantage financier/);

    // back to the original timeline: its four weeks without the new decision
    await page.getByRole('button', { name: /^Ouvrir la chronologie « Boulangerie du Marché \(\d+\) »$/ }).click();
    await poll(() => page.getByTestId('whatif-status').textContent()).toMatch(/Vous jouez maintenant «\u00a0Boulangerie du Marché \(\d+\)\u00a0»/);
    await poll(() => page.getByRole('table', { name: 'Semaines passées', exact: true }).locator('tbody tr').count()).toBe(4);
    expect(await page.getByRole('table', { name: 'Semaines passées', exact: true }).textContent()).not.toMatch(/Avantage financier/);

    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('committed mode refuses to go back; past reports stay consultable', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52, à jouer');

    // the teacher's committed mode, recorded with the run (what a class link sets at creation);
    // the page shows a period before its save ends, so write the mode once the second period is stored
    await poll(() =>
      page.evaluate(
      () =>
        new Promise<boolean>((resolve, reject) => {
          const open = indexedDB.open('fidelis');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('runs', 'readwrite');
            const runs = tx.objectStore('runs');
            const all = runs.getAll();
            all.onsuccess = () => {
              for (const run of all.result) runs.put({ ...run, mode: 'committed' });
              if (!all.result.some((run) => run.currentTick === 2)) tx.abort();
            };
            tx.oncomplete = () => {
              db.close();
              resolve(true);
            };
            tx.onabort = () => {
              db.close();
              resolve(false);
            };
          };
        }),
      ),
    ).toBe(true);
    await page.reload();
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52, à jouer');

    await openWhatIf(page);
    await page.getByRole('heading', { name: 'Mode de la partie : engagé' }).waitFor();
    await page.getByText(/Vos décisions sont définitives\u00a0: pas de retour en arrière/).waitFor();
    await poll(() => page.getByRole('table', { name: 'Semaines passées', exact: true }).locator('tbody tr').count()).toBe(2);
    expect(await page.getByRole('button', { name: /Et si… \?/ }).count()).toBe(0);

    await page.getByRole('button', { name: 'Rapport de la semaine 2' }).click();
    const report = page.getByRole('region', { name: 'Rapport de la semaine 2' });
    await report.waitFor();
    await report.getByText('Budget restant').waitFor();
    await report.getByRole('button', { name: 'Fermer le rapport' }).click();
    await poll(() => report.count()).toBe(0);

    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
