/**
 * The class view on a projector at 1366 x 768 (QA class of 30, finding 8): the teacher switches the
 * projector display on from the class view itself (no ?display=projector to type), and the
 * « Écart avec « sans action » » column is then in view without scrolling the table sideways. The
 * choice is remembered after a reload (QA verify 2, N7).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { resultFile } from './resultFiles.ts';

/** a learner who tried much at once: the actions column's text is long */
const MANY_DECISIONS = [
  {
    tick: 0,
    actions: [
      { type: 'lienSocial', instrument: 'club', target: {} },
      { type: 'personnalisation', instrument: 'relancePersonnalisee', target: { segments: ['futurNonClient'] } },
      { type: 'politiqueReclamations', level: 'rapide' },
      { type: 'enquete', instrument: 'questionnaire', sampleSize: 30 },
    ],
  },
  { tick: 1, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.15 }] },
] as const;

describe('class view on a projector at 1366 x 768', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('switches to the projector display from the view, the difference from doing nothing in view', async () => {
    const { page, errors, context } = await newPage(browser);
    await page.setViewportSize({ width: 1366, height: 768 });
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    await page.goto(`${BASE_URL}#/class`);
    await page.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
    await page.getByLabel('Choisir des fichiers de résultat').setInputFiles([
      resultFile('Maëlys-Éléonore Ñúñez-Łukasiewicz de la Tour d’Auvergne-Saint-Géran', [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }]),
      resultFile('Bruno', [{ tick: 1, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.15 }] }]),
      resultFile('Driss', []),
      resultFile('Léa Dubois', MANY_DECISIONS as never),
    ]);
    await page.getByText('Vérification terminée : 4 confirmés, 0 réfuté, 0 invalide.').waitFor({ timeout: 60_000 });

    await page.getByRole('checkbox', { name: /Affichage projecteur/ }).check();
    expect(await page.evaluate(() => [document.documentElement.dataset.display, getComputedStyle(document.documentElement).fontSize])).toEqual(['projector', '20px']);
    const region = page.getByRole('region', { name: /Résultats de la classe/ });
    const gap = region.getByRole('columnheader', { name: /Écart avec « sans action »/ });
    const box = (await region.boundingBox())!;
    // right after the learner's name, whatever the width of the columns after it (QA's table: 1 780 px in a 1 326 px box)
    const headers = await region.getByRole('columnheader').allTextContents();
    expect(headers[1]).toMatch(/Élève/);
    expect(headers[2]).toMatch(/Écart avec «\ssans action\s»/);
    const header = (await gap.boundingBox())!;
    expect(await region.evaluate((el) => el.scrollLeft)).toBe(0);
    expect(header.x + header.width).toBeLessThanOrEqual(box.x + box.width);
    expect(header.x + header.width).toBeLessThanOrEqual(1366);
    // the whole page does not scroll sideways either
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);

    // remembered on this browser (QA verify 2, N7): a reload opens the view in the projector display
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Affichage projecteur' }).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.display)).toBe('projector');

    // switched off: the standard display again, and after a reload too
    await page.getByRole('checkbox', { name: 'Affichage projecteur' }).uncheck();
    expect(await page.evaluate(() => document.documentElement.dataset.display)).toBeUndefined();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Affichage projecteur' }).isChecked()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.dataset.display)).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  // QA qa15 F9: at 1280 x 720 the header, the title and the intro pushed the import's progress below the fold;
  // CI (stop 39): on a loaded machine the files were chosen before the storage had opened, and the class picker then showed above the progress and pushed it out again
  it('at 1280 x 720, files chosen bring the progress into view, and keep it there when the storage opens late; a reload leaves the page at its top', async () => {
    const { page, errors, context } = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 720 });
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    // on the first load the browser's database opens only when the test says so (window.openStorage)
    await context.addInitScript(() => {
      if (sessionStorage.getItem('storageHeld')) return;
      sessionStorage.setItem('storageHeld', '1');
      let openStorage = () => {};
      const opened = new Promise<void>((resolve) => (openStorage = resolve));
      (window as unknown as { openStorage: () => void }).openStorage = openStorage;
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
        const request = open.call(this, name, version);
        request.addEventListener('success', (event) => {
          if (!event.isTrusted) return;
          event.stopImmediatePropagation();
          void opened.then(() => request.dispatchEvent(new Event('success')));
        });
        return request;
      };
    });
    await page.goto(`${BASE_URL}?display=projector#/class`);
    await page.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
    const progress = page.getByRole('status').filter({ hasText: /vérifiés? sur 3|Vérification terminée/ });
    const inView = async () => {
      const box = (await progress.boundingBox())!;
      return box.y >= 0 && box.y + box.height <= 720;
    };
    const picker = page.getByRole('combobox', { name: 'Classe' });
    await page.getByLabel('Choisir des fichiers de résultat').setInputFiles([resultFile('Anna', []), resultFile('Bruno', [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }]), resultFile('Chloé', [])]);
    await progress.waitFor();
    await expect.poll(inView).toBe(true);
    expect(await picker.count()).toBe(0);
    // the storage opens: the class picker shows above the progress, which stays in view
    await page.evaluate(() => (window as unknown as { openStorage: () => void }).openStorage());
    await picker.waitFor();
    await expect.poll(inView).toBe(true);
    // and so is its summary, whenever the verification ends
    await page.getByText('Vérification terminée : 3 confirmés, 0 réfuté, 0 invalide.').waitFor({ timeout: 60_000 });
    await expect.poll(inView).toBe(true);

    // the class found again after a reload: nothing chosen, the page is not scrolled for it
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
    await page.getByText(/3 fichiers retrouvés/).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  // QA qa19 F6: on a 1280 px laptop, projector display off, the table was 1 419 px in a 1 248 px box (« Décisions » off-screen), rows with a « résultat identique » note ~230 px tall
  it('at 1280 x 800 in the standard display, the whole table fits without scrolling sideways, an identical copy\'s row stays short', async () => {
    const { page, errors, context } = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 800 });
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    await page.goto(`${BASE_URL}#/class`);
    await page.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
    await page.getByLabel('Choisir des fichiers de résultat').setInputFiles([
      resultFile('Alice Martin', MANY_DECISIONS as never, { fileName: 'fidelis-resultat-alice-martin-boulangerie-du-marche-semaine-52.json' }),
      resultFile('David Petit', MANY_DECISIONS as never, { fileName: 'david-copie.json' }),
      resultFile('Bruno Lefèvre', [{ tick: 1, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.15 }] }]),
      resultFile('Maëlys-Éléonore Ñúñez-Łukasiewicz de la Tour d’Auvergne-Saint-Géran', [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }]),
    ]);
    await page.getByText('Vérification terminée : 4 confirmés, 0 réfuté, 0 invalide.').waitFor({ timeout: 60_000 });
    await page.getByRole('row', { name: /Sans action/ }).waitFor({ timeout: 60_000 });
    const region = page.getByRole('region', { name: /Résultats de la classe/ });
    const [scrollWidth, clientWidth] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const box = (await region.boundingBox())!;
    const decisions = (await region.getByRole('columnheader', { name: /Décisions/ }).boundingBox())!;
    expect(decisions.x + decisions.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    // the identical copy's row: its note wraps in its cell, no tall empty row
    const copy = region.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^David Petit/ }) });
    expect((await copy.boundingBox())!.height).toBeLessThan(200);
    // still readable: no cell text below 12 px
    const smallest = await region.evaluate((el) => Math.min(...[...el.querySelectorAll('td, th')].map((c) => parseFloat(getComputedStyle(c).fontSize))));
    expect(smallest).toBeGreaterThanOrEqual(12);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  // QA teacher 6: at 1024 x 768 (a school projector) the table was 1 525 px wide in a 984 px box, points and margin cut off
  it('shows at 1024 x 768 only rank, learner, difference, points and net margin, the whole table in view', async () => {
    const { page, errors, context } = await newPage(browser);
    await page.setViewportSize({ width: 1024, height: 768 });
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    await page.goto(`${BASE_URL}?display=projector#/class`);
    await page.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
    await page
      .getByLabel('Choisir des fichiers de résultat')
      .setInputFiles([
        resultFile('Maëlys-Éléonore Ñúñez-Łukasiewicz de la Tour d’Auvergne-Saint-Géran', [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }]),
        resultFile('Driss', []),
      ]);
    await page.getByText('Vérification terminée : 2 confirmés, 0 réfuté, 0 invalide.').waitFor({ timeout: 60_000 });
    await page.getByRole('row', { name: /Sans action/ }).waitFor({ timeout: 60_000 });
    const region = page.getByRole('region', { name: /Résultats de la classe/ });
    const headers = (await region.getByRole('columnheader').allTextContents()).map((h) => h.replace(/[▲▼]/g, '').trim());
    expect(headers).toHaveLength(5);
    expect(headers[0]).toMatch(/^Rang/);
    expect(headers[1]).toMatch(/^Élève/);
    expect(headers[2]).toMatch(/^Écart avec «\ssans action\s»/);
    expect(headers[3]).toMatch(/^Points/);
    expect(headers[4]).toMatch(/^Marge nette/);
    // the learner's bare name: no file name, no buttons
    const name = region.getByRole('rowheader', { name: /^Driss$/ });
    await name.waitFor();
    expect(await name.getByRole('button').count()).toBe(0);
    // every row's visible cells match the header's five
    const cells = await region.evaluate((el) => [...el.querySelectorAll('tbody tr, tfoot tr')].map((tr) => [...tr.children].filter((c) => getComputedStyle(c).display !== 'none').length));
    expect(cells.every((n) => n === 5)).toBe(true);
    // the whole table in its box, no sideways scrolling
    expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  // QA qa11 F8 and F9: the table three screens below the import; the chart's names at 15 px beside a 20 px table
  it('at 1024 x 768, « Aller au tableau de la classe » reaches the table, « Aller à l’export… » the export, and the chart writes the names as large as the table', async () => {
    const { page, errors, context } = await newPage(browser);
    await page.setViewportSize({ width: 1024, height: 768 });
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    // what chart.js writes on the canvas, and in which font
    await context.addInitScript(() => {
      const written: [string, string][] = [];
      (window as unknown as { written: [string, string][] }).written = written;
      const fillText = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
        written.push([String(text), this.font]);
        return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
      };
    });
    await page.goto(`${BASE_URL}?display=projector#/class`);
    await page.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
    // fourteen learners, each a coupon of another rate: fourteen bars and the « sans action » one
    const names = ['Anna', 'Bruno', 'Chloé', 'Driss', 'Éva', 'Farid', 'Gaëlle', 'Hugo', 'Inès', 'Jules', 'Katia', 'Lucas', 'Maëlys', 'Nathan'];
    await page
      .getByLabel('Choisir des fichiers de résultat')
      .setInputFiles(names.map((name, i) => resultFile(name, [{ tick: 1, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.05 + i * 0.02 }] }])));
    await page.getByText('Vérification terminée : 14 confirmés, 0 réfuté, 0 invalide.').waitFor({ timeout: 60_000 });
    await page.getByRole('row', { name: /Sans action/ }).waitFor({ timeout: 60_000 });

    // the link in view at the top of the page, reached with the keyboard from the view's title
    await page.evaluate(() => window.scrollTo(0, 0));
    const link = page.getByRole('link', { name: 'Aller au tableau de la classe' });
    const at = (await link.boundingBox())!;
    expect(at.y + at.height).toBeLessThanOrEqual(768);
    await page.getByRole('heading', { level: 2, name: 'Vue classe' }).evaluate((h: HTMLElement) => {
      h.tabIndex = -1;
      h.focus();
    });
    await page.keyboard.press('Tab');
    expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const region = page.getByRole('region', { name: /Résultats de la classe/ });
    expect(await region.evaluate((el) => el === document.activeElement)).toBe(true);
    // the table's top at the top of the screen, the route unchanged
    const table = (await region.boundingBox())!;
    expect(table.y).toBeGreaterThanOrEqual(5);
    expect(table.y).toBeLessThan(20);
    expect(page.url()).toMatch(/#\/class$/);

    // the link beside it goes past the table's rows (QA qa16 F6): the export's group at the top of the screen, its outline drawn
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('heading', { level: 2, name: 'Vue classe' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.getByRole('link', { name: 'Aller à l’export, au graphique et aux équipes' }).evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const tools = page.getByRole('group', { name: 'Exporter ou effacer la classe' });
    expect(await tools.evaluate((el) => el === document.activeElement && el.matches(':focus-visible') && getComputedStyle(el).outlineStyle !== 'none')).toBe(true);
    const toolsAt = (await tools.boundingBox())!;
    expect(toolsAt.y).toBeGreaterThanOrEqual(5);
    expect(toolsAt.y).toBeLessThan(20);
    // a disabled button is no Tab stop: the export waits while a reference still replays (review of stop 41)
    await expect.poll(() => page.getByRole('button', { name: 'Exporter en CSV' }).isEnabled()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.getByRole('button', { name: 'Exporter en CSV' }).evaluate((b) => b === document.activeElement)).toBe(true);
    expect(page.url()).toMatch(/#\/class$/);

    // the chart's names as large as the table's text (20 px), every one of them on the axis
    await page.getByRole('heading', { level: 3, name: /Comparaison des élèves/ }).scrollIntoViewIfNeeded();
    const tableText = await region.getByRole('rowheader', { name: 'Anna' }).evaluate((th) => getComputedStyle(th).fontSize);
    expect(tableText).toBe('20px');
    const fontOf = (text: string) => page.evaluate((t) => [...(window as unknown as { written: [string, string][] }).written].reverse().find(([w]) => w === t)?.[1] ?? null, text);
    await expect.poll(() => fontOf('Anna')).toMatch(/\b20px\b/);
    for (const name of names) expect(await fontOf(name)).toMatch(/\b20px\b/);

    // off the projector: chart.js's 3/4 of the page's 16 px, as before
    await page.getByRole('checkbox', { name: 'Affichage projecteur' }).uncheck();
    await expect.poll(() => fontOf('Anna')).toMatch(/\b12px\b/);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
