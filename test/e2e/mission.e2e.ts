/**
 * A new student opens the teacher's class link in real Chromium (mission 1 of the bakery, seed 42,
 * French, committed mode, recruitment hidden, plus an unknown parameter) and completes the first
 * mission: reads a segment's size in the target builder, answers in the mission banner, reads the
 * mission debrief; after a reload the path remembers the success, and the next lesson's link for
 * mission 2 opens mission 2 (mission 1's bilan still in the list).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { poll } from './student.ts';
import { readFileSync } from 'node:fs';
import { readResultFile } from '../../src/results/readResultFile.ts';

describe('a class link to mission 1', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the preset mission and a new student completes it', async () => {
    const { page, errors } = await newPage(browser);
    await page.goto(`${BASE_URL}?shop=boulangerie-du-marche&mission=1&seed=42&lang=fr&mode=committed&hide=acquisition&display=projector&intrus=%3Cscript%3E`);

    // the invalid parameter is named in a French notice; the rest applies
    await page.getByText('Lien de classe : paramètre ignoré : « intrus » (inconnu). Signalez-le à votre enseignant.').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.display)).toBe('projector');

    // the link lands on the mission path, mission 1 in full
    await page.getByRole('heading', { level: 2, name: 'Missions' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Mission 1 — Lire la base clients' }).waitFor();
    // the teacher's part (lesson plan, link builder) is not offered to the student
    expect(await page.getByRole('heading', { name: 'Pour l’enseignant' }).count()).toBe(0);
    expect(await page.getByText('Pour l’enseignant : lien de classe').count()).toBe(0);
    await expect(page.getByRole('link', { name: 'Base de données clients (BDD)' }).first().getAttribute('href')).resolves.toBe('#/glossary/bdd');
    await page.getByRole('button', { name: 'Commencer la mission 1' }).click();

    const banner = page.getByTestId('mission-banner');
    await banner.getByText('Mission 1 : Lire la base clients').waitFor();

    // the decisions screen: recruitment hidden by the link, the strategies locked by the mission
    await page.getByRole('navigation', { name: 'Écrans du jeu' }).getByRole('link', { name: 'Décisions' }).click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    expect(await page.getByTestId('tick-label').textContent()).toBe('Semaine 1 / 4, à jouer');
    expect(await page.getByRole('heading', { name: 'Recrutement de nouveaux clients' }).count()).toBe(0);
    await expect(page.getByRole('radio', { name: 'Avantage financier', exact: true }).isDisabled()).resolves.toBe(true);
    await expect(page.locator('[data-locked-tool="enquete"]').count()).resolves.toBe(1);

    // read the segment's size in the target builder
    const count = page.getByTestId('target-count');
    await poll(() => count.textContent()).toMatch(/\d+ clients correspondent/);
    const everyone = await count.textContent();
    await page.getByRole('group', { name: /Segments RFM/ }).getByRole('checkbox', { name: 'Futur non-client' }).check();
    await poll(() => count.textContent()).not.toBe(everyone);
    await poll(() => count.textContent()).toMatch(/clients? corresp/);
    const size = Number(((await count.textContent()) ?? '').replace(/\D/g, ''));
    expect(size).toBeGreaterThan(0);

    // a wrong answer first, then the right one
    const answer = banner.getByRole('textbox', { name: /Nombre de clients du segment/ });
    await answer.fill(String(size + 1));
    await banner.getByRole('button', { name: 'Valider la réponse' }).click();
    await banner.getByText('Ce n’est pas le bon nombre').waitFor();
    await answer.fill(String(size));
    await banner.getByRole('button', { name: 'Valider la réponse' }).click();

    // the mission debrief
    await banner.getByRole('link', { name: 'Mission terminée : voir le bilan' }).click();
    const debrief = page.getByRole('article', { name: /Bilan de la mission 1/ });
    await debrief.waitFor();
    await debrief.getByText('Mission réussie.').waitFor();
    await debrief.getByText(/^Graine du hasard 42 \(.*\) · mode engagé\u00a0: vos décisions sont définitives/).waitFor();
    await debrief.getByText(/clients, en 2 essais\./).waitFor();
    // the run's last period is not played yet: no link to a full debrief that would not open
    expect(await debrief.getByRole('link', { name: 'Bilan détaillé de la partie' }).count()).toBe(0);
    await debrief.getByText(/NDRC Bloc 1 — Relation client et négociation-vente\s:\scompétences?\s.*«\sExploiter et mutualiser l’information commerciale\s»/).waitFor();
    await debrief.getByRole('button', { name: 'Mission suivante : Un avantage financier ciblé' }).waitFor();

    // « Rendre mon travail » under the mission's bilan: the file says mission 1 was passed, with the answer (QA teacher 2)
    const handIn = page.getByRole('region', { name: 'Rendre mon travail' });
    await handIn.getByText(/1 mission réussie sur 6/).waitFor();
    await handIn.getByLabel(/^Votre nom/).fill('Mila Mission');
    const downloading = page.waitForEvent('download');
    await handIn.getByRole('button', { name: 'Rendre mon travail (télécharger le fichier)' }).click();
    const filePath = (await (await downloading).path())!;
    const read = readResultFile(readFileSync(filePath, 'utf8'));
    if (!read.ok) throw new Error(read.errors.join('; '));
    expect(read.file.missions?.attempted).toEqual([expect.objectContaining({ number: 1, id: 'lire-la-base', outcome: 'reussie', answer: size })]);

    // the teacher's class view lists it apart, with the missions passed, not as a game in progress
    const teacher = await page.context().newPage();
    await teacher.goto(`${BASE_URL}#/class`);
    await teacher.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
    await teacher.getByLabel('Choisir des fichiers de résultat').setInputFiles(filePath);
    await teacher.getByText('Vérification terminée : 1 confirmé, 0 réfuté, 0 invalide.').waitFor({ timeout: 60_000 });
    const row = teacher.getByRole('table').getByRole('row', { name: /Mila Mission/ });
    await poll(() => row.textContent()).toMatch(/Missions réussies\u00a0: 1 sur 6 \(n°\u00a01\)/);
    expect(await row.textContent()).toMatch(new RegExp(`réponse ${size}`));
    expect(await row.textContent()).not.toMatch(/partie en cours/);
    await teacher.getByRole('rowheader', { name: /1 fichier de mission, listé à part/ }).waitFor();
    // what was checked, in the plan's words; mission 1 allows no tool (QA class 2)
    await poll(() => row.locator('strong.status').textContent()).toMatch(/^partie confirmée par le rejeu\s; réponse déclarée \(non vérifiable\)$/);
    expect(await row.textContent()).toContain('aucun outil dans cette mission');
    // its « Voir le bilan »: the mission's result, no empty Bilan nor print button (QA class 16)
    await row.getByRole('button', { name: 'Voir le bilan de Mila Mission (mission 1)' }).click();
    const result = teacher.getByRole('region', { name: /^Mission 1\s: Lire la base clients$/ });
    await result.waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toMatch(new RegExp(`Mila Mission a donné la taille du segment «\\s?Futur non-client\\s?»\\s: ${size} clients\\.`));
    expect(await teacher.getByRole('button', { name: /Imprimer/ }).count()).toBe(0);
    await teacher.getByRole('button', { name: /Retour à la vue classe/ }).first().click();
    await row.waitFor();
    expect(await teacher.getByText(/ne suivent? pas la partie de la classe/).count()).toBe(0);
    await teacher.close();

    // the path remembers the success after a reload
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Missions' }).waitFor();
    await poll(() => page.getByRole('button', { name: 'Voir la mission 1' }).textContent()).toMatch(/Réussie/);
    await poll(() => page.getByRole('button', { name: 'Voir la mission 2' }).textContent()).toMatch(/À faire/);
    // the same link reloaded keeps the learner's place: mission 1's bilan
    await page.getByRole('article', { name: /Bilan de la mission 1/ }).waitFor();

    // next lesson, the teacher projects the builder's link for mission 2: it opens mission 2, mission 1's bilan stays in the list (QA qa17 F5)
    await page.goto(`${BASE_URL}?shop=boulangerie-du-marche&mission=2&seed=42#/missions`);
    // once the played run is restored (its banner back), not before
    await page.getByTestId('mission-banner').getByText('Mission 1 : Lire la base clients').waitFor();
    await page.getByRole('heading', { level: 3, name: 'Mission 2 — Un avantage financier ciblé' }).waitFor();
    await page.getByRole('button', { name: 'Commencer la mission 2' }).waitFor();
    expect(await page.getByRole('article', { name: /Bilan de la mission 1/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Voir la mission 1' }).click();
    await page.getByRole('article', { name: /Bilan de la mission 1/ }).waitFor();
    await page.getByRole('region', { name: 'Rendre mon travail' }).waitFor();

    // « Recommencer la mission » on the success asks first: the hand-in will carry the new game (QA qa19 F4)
    const bilan = page.getByRole('article', { name: /Bilan de la mission 1/ });
    await bilan.getByRole('button', { name: 'Recommencer la mission' }).click();
    await bilan.getByRole('group', { name: /Vous avez réussi cette mission/ }).waitFor();
    await bilan.getByRole('button', { name: 'Recommencer quand même' }).click();
    await page.getByTestId('mission-banner').getByRole('textbox', { name: /Nombre de clients du segment/ }).waitFor();
    // back on the path, the mission in progress goes on with its card's main button, « Recommencer » beside it (QA qa27missions m8)
    await page.getByRole('navigation', { name: 'Écrans du jeu' }).getByRole('link', { name: 'Missions' }).click();
    await page.getByRole('button', { name: 'Voir la mission 1' }).click();
    const going = page.getByRole('article', { name: /Mission 1 — Lire la base clients/ });
    await going.getByRole('button', { name: 'Recommencer la mission 1' }).waitFor();
    expect(await going.locator('button.primary').allTextContents()).toEqual(['Continuer la mission 1']);
    await going.getByRole('button', { name: 'Continuer la mission 1' }).click();
    await page.getByRole('heading', { level: 2, name: 'Base clients' }).waitFor();
    // the new game is named in words, and the succeeded one, opened again from the home page, is still the mission's, with its bilan
    await page.getByRole('navigation', { name: 'Écrans du jeu' }).getByRole('link', { name: 'Accueil' }).click();
    await page.getByRole('button', { name: /^Reprendre « Boulangerie du Marché — Mission 1, essai 2 \(42\) »/ }).waitFor();
    expect(await page.getByRole('button', { name: /^Reprendre « .* \(42\) 2 »/ }).count()).toBe(0);
    await page.getByRole('button', { name: /^Reprendre « Boulangerie du Marché — Mission 1 \(42\) »/ }).click();
    await page.getByTestId('mission-banner').getByText('Mission 1 : Lire la base clients').waitFor();
    await page.getByRole('navigation', { name: 'Écrans du jeu' }).getByRole('link', { name: 'Missions' }).click();
    // (the class link's mission 2 is shown first)
    await page.getByRole('button', { name: 'Voir la mission 1' }).click();
    const reopened = page.getByRole('article', { name: /Bilan de la mission 1/ });
    await reopened.getByText('Mission réussie.').waitFor();
    await page.getByRole('region', { name: 'Rendre mon travail' }).waitFor();

    expect(errors).toEqual([]);
  });

  it('the teacher projects the link as a QR code that scans back to it', async () => {
    // the teacher's own screen in high contrast: the code must stay black on white
    const { page, errors } = await newPage(browser);
    await page.goto(`${BASE_URL}?display=contrast#/missions`);
    await page.getByRole('dialog', { name: 'Bienvenue dans Fidélis' }).waitFor();
    await page.getByRole('button', { name: 'Passer la visite' }).click();
    await page.getByText('Pour l’enseignant : lien de classe').click();
    const builder = page.locator('details', { hasText: 'Pour l’enseignant : lien de classe' });
    await builder.getByLabel('Commerce').selectOption('boulangerie-du-marche');
    await builder.getByLabel('Mission').selectOption({ label: 'Mission 1 — Lire la base clients' });
    await builder.getByLabel('Graine').fill('42');
    const link = await builder.getByTestId('class-link').inputValue();
    expect(link).toContain('mission=1&seed=42');

    await builder.getByRole('button', { name: 'Afficher en grand avec un code QR' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lien de la classe' });
    const code = dialog.getByRole('img', { name: 'Code QR du lien de la classe' });
    await code.waitFor();
    // what is on screen, read as a phone camera would
    expect(await scanScreenshot(page, await code.screenshot())).toBe(link);
    // the test server is 127.0.0.1: the dialog says the students' tablets cannot reach it
    await dialog.getByText('ne s’ouvre que sur cet ordinateur', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    await poll(() => dialog.count()).toBe(0);

    // what the code says opens the mission, as the class link does
    const student = await newPage(browser);
    await student.page.goto(link);
    await student.page.getByRole('heading', { level: 3, name: 'Mission 1 — Lire la base clients' }).waitFor();

    expect(errors).toEqual([]);
    expect(student.errors).toEqual([]);
  });
});

/** Decodes a PNG screenshot in the page (createImageBitmap) and reads its pixels with jsQR here. */
async function scanScreenshot(page: Page, png: Buffer): Promise<string | undefined> {
  const image = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return { rgba: btoa(binary), width, height };
  }, png.toString('base64'));
  return jsQR(new Uint8ClampedArray(Buffer.from(image.rgba, 'base64')), image.width, image.height)?.data;
}
