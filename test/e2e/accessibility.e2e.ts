/**
 * Accessibility audit in real Chromium (issue #4): axe-core's WCAG 2.0 / 2.1 A and AA rules on
 * each screen a student and a teacher reach, in one page, one screen after the other: the home
 * screen (French, English) with and without the guided tour, Missions, the dashboard after two
 * periods (also in projector and high-contrast display), the decisions with each strategy form
 * open and a glossary pop-up, the customer base and a customer's file, the charts, the glossary
 * and a card, the Bilan, Et si… ?, the home screen with the saved run, the class view with imported result files and a learner's
 * Bilan, the scenario editor, Données réelles with an imported file and the scoring lab.
 * The test fails with every violation found, screen by screen: rule, impact, element, help.
 * No rule is disabled.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser } from './browser.ts';
import { resultFile } from './resultFiles.ts';
import { nav, poll, tickLabel } from './student.ts';

/** axe-core from node_modules, injected into the page: no network. */
const AXE_SOURCE = readFileSync(resolve(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const STRATEGIES = ['Avantage financier', 'Lien social', 'Personnalisation', 'Customisation'];
const SAMPLE = resolve(process.cwd(), 'src/assets/cdnow/CDNOW_sample.txt');

interface Violation {
  screen: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe on the whole page as it stands and keeps its violations under the screen's name. */
async function audit(page: Page, screen: string, found: Violation[]): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    }
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({ rule: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
  }, TAGS);
  for (const v of violations) found.push({ screen, ...v });
}

/** One line per rule and screen, its elements under it (the first five). */
function report(found: Violation[]): string {
  return found
    .map((v) => {
      const more = v.targets.length > 5 ? `\n      … and ${v.targets.length - 5} more` : '';
      return `[${v.screen}] ${v.rule} (${v.impact}): ${v.help}\n${v.targets
        .slice(0, 5)
        .map((t) => `      ${t}`)
        .join('\n')}${more}`;
    })
    .join('\n');
}

async function openScreen(page: Page, link: string, heading: string | RegExp): Promise<void> {
  await nav(page).getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: heading }).first().waitFor();
}

describe('accessibility audit (axe-core, WCAG 2.1 A and AA) in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds no violation on the screens of a student and a teacher', async () => {
    // bypassCSP: the app's policy (script-src 'self') would refuse axe's injected script tag; nothing else is loaded
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 860 }, bypassCSP: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const found: Violation[] = [];

    // first visit: the guided tour, then the home screen in French and in English
    await page.goto(BASE_URL);
    await page.getByRole('dialog', { name: 'Bienvenue dans Fidélis' }).waitFor();
    await audit(page, 'Visite guidée', found);
    await page.getByRole('button', { name: 'Passer la visite' }).click();
    await page.getByRole('button', { name: /Commencer « Boulangerie du Marché »/ }).waitFor();
    await audit(page, 'Accueil (fr)', found);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: /Start « Boulangerie du Marché »|Start “/ }).first().waitFor();
    await audit(page, 'Accueil (en)', found);
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('button', { name: /Commencer « Boulangerie du Marché »/ }).waitFor();

    await openScreen(page, 'Missions', 'Missions');
    await audit(page, 'Missions', found);
    await page.goto(`${BASE_URL}#/missions/enseignant`);
    await page.getByRole('heading', { level: 2, name: 'Missions' }).waitFor();
    await audit(page, 'Missions, pour l’enseignant', found);

    // the bakery, two periods played
    await openScreen(page, 'Accueil', /Fidélis|Accueil/);
    await page.getByRole('button', { name: /Commencer « Boulangerie du Marché »/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    await poll(() => tickLabel(page)).toBe('Semaine 1 / 52, à jouer');
    for (const week of [2, 3]) {
      await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
      await poll(() => tickLabel(page)).toBe(`Semaine ${week} / 52, à jouer`);
    }
    await openScreen(page, 'Tableau de bord', 'Tableau de bord');
    await audit(page, 'Tableau de bord', found);

    await openScreen(page, 'Décisions', 'Décisions');
    await poll(() => page.getByTestId('target-count').textContent()).toMatch(/\d+ clients? corresp/);
    for (const strategy of STRATEGIES) {
      await page.getByRole('radio', { name: strategy, exact: true }).check();
      await audit(page, `Décisions, ${strategy}`, found);
    }
    const strategyRegion = page.getByRole('region', { name: /Stratégie de fidélisation/ });
    await strategyRegion.getByRole('radio', { name: 'Personnalisation', exact: true }).check();
    await strategyRegion.getByRole('button', { name: 'Définition : Personnalisation', exact: true }).click();
    await page.getByRole('dialog', { name: 'Personnalisation' }).waitFor();
    await audit(page, 'Décisions, fiche du glossaire en pop-up', found);
    await page.keyboard.press('Escape');

    await openScreen(page, 'Base clients', /Base clients/);
    await page.getByRole('row').nth(1).waitFor();
    await audit(page, 'Base clients', found);
    await page.getByRole('row').nth(1).getByRole('button').first().click();
    await page.getByRole('heading', { name: /Fiche client|Dossier/ }).first().waitFor();
    await audit(page, 'Base clients, fiche d’un client', found);

    await openScreen(page, 'Graphiques', 'Graphiques');
    await poll(() => page.locator('canvas').count()).toBeGreaterThan(0);
    await audit(page, 'Graphiques', found);

    await openScreen(page, 'Glossaire', 'Glossaire');
    await audit(page, 'Glossaire', found);
    await page.goto(`${BASE_URL}#/glossary/rfm`);
    await page.locator('#concept-rfm').waitFor();
    await audit(page, 'Glossaire, une fiche', found);

    await openScreen(page, 'Bilan', /Bilan/);
    await audit(page, 'Bilan (partie en cours)', found);

    await openScreen(page, 'Et si… ?', 'Et si… ?');
    await poll(() => page.getByRole('table', { name: 'Semaines passées', exact: true }).locator('tbody tr').count()).toBe(2);
    await audit(page, 'Et si… ?', found);

    // back home: the saved run's row (resume, rename, delete, export)
    await openScreen(page, 'Accueil', /Fidélis|Accueil/);
    await page.getByRole('button', { name: 'Renommer' }).first().waitFor();
    await audit(page, 'Accueil avec une partie enregistrée', found);

    await openScreen(page, 'Labo de scoring', 'Labo de scoring');
    await page.getByRole('button', { name: 'Figer cette prédiction' }).click();
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 4 / 52, à jouer');
    await page.getByRole('table', { name: /Courbe de gains/ }).waitFor({ timeout: 30_000 });
    await audit(page, 'Labo de scoring', found);

    // the dashboard on the projector and in high contrast (the run comes back after the reload)
    for (const display of ['projector', 'contrast']) {
      await page.goto(`${BASE_URL}?display=${display}#/dashboard`);
      await page.getByRole('heading', { level: 2, name: 'Tableau de bord' }).waitFor();
      await poll(() => tickLabel(page)).toBe('Semaine 4 / 52, à jouer');
      await audit(page, `Tableau de bord, affichage ${display}`, found);
    }

    // the teacher's tools
    await page.goto(`${BASE_URL}#/editor`);
    await page.getByRole('heading', { level: 2, name: 'Éditeur de scénario' }).waitFor();
    await audit(page, 'Éditeur de scénario', found);

    await openScreen(page, 'Données réelles', 'Analyse de données réelles');
    await page.getByLabel('Type de fichier').selectOption('cdnow-sample');
    await page.getByLabel('Choisir un fichier (CSV ou texte)').setInputFiles(SAMPLE);
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.getByRole('button', { name: 'Calculer le RFM' }).click();
    await page.getByRole('table', { name: 'Les cinq segments du cours' }).waitFor();
    await audit(page, 'Données réelles', found);

    // the teacher's tools are folded under « Espace enseignant » (QA class #18): open it
    await nav(page).getByRole('button', { name: 'Espace enseignant' }).click();
    await openScreen(page, 'Vue classe', 'Vue classe');
    const files = [
      resultFile('Anna', [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }]),
      resultFile('Bruno', [{ tick: 1, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.15 }] }]),
      resultFile('Chloé', []),
    ];
    await page.getByLabel('Choisir des fichiers de résultat').setInputFiles(files);
    await page.getByText(/Vérification terminée/).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Voir le bilan de Bruno' }).waitFor({ timeout: 60_000 });
    await audit(page, 'Vue classe', found);
    await page.getByRole('button', { name: 'Voir le bilan de Bruno' }).click();
    await page.getByText(/^Partie terminée\s:\sbilan des 12 semaines\.$/).waitFor({ timeout: 60_000 });
    await audit(page, 'Vue classe, bilan d’un élève', found);

    expect(errors).toEqual([]);
    await context.close();
    if (found.length > 0) expect.fail(`${found.length} accessibility violation(s), rule by screen:\n${report(found)}`);
  }, 300_000);
});
