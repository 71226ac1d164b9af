import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import ClassScreen from '../../../src/ui/class/ClassScreen.svelte';
import { formatMoney, formatSigned, formatSignedMoney } from '../../../src/app/format.ts';
import { summarizeRun } from '../../../src/results/runSummary.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const scenario = fixtureScenario();

function resultText(learner: string, decisions: DecisionsLog, tamper?: (file: ReturnType<typeof buildResultFile>) => void, game = { seed: 3, mode: 'committed' as 'committed' | 'sandbox' }): string {
  const { state, reports } = engine.runSimulation(scenario, { seed: game.seed, ticks: 12, decisions });
  const file = buildResultFile({
    learner,
    scenario,
    seed: game.seed,
    mode: game.mode,
    decisions,
    kpis: reports.map((r) => r.kpis),
    stateHash: engine.hashState(state),
    appVersion: '0.1.0',
  });
  tamper?.(file);
  return exportResultFile(file).text;
}

/** The text as testing-library reads it (its default normalizer makes every run of spaces, non-breaking ones too, one space). */
const plain = (text: string) => text.replace(/\s+/g, ' ');

const BRUNO: DecisionsLog = [{ tick: 1, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.2 }, { type: 'enquete', instrument: 'questionnaire', sampleSize: 30 }] }];

let files: File[];
beforeAll(() => {
  const json = (name: string, text: string) => new File([text], name, { type: 'application/json' });
  files = [
    json('anna.json', resultText('Anna', [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }])),
    json('bruno.json', resultText('Bruno', BRUNO)),
    json('triche.json', resultText('Chloé', [], (f) => void (f.summary.cumulativeNetMargin += 50_000))),
    json('photo.json', '\u0089PNG pas du JSON'),
  ];
});

afterEach(async () => {
  await setLocale('fr');
  vi.restoreAllMocks();
});

async function importAll() {
  const user = userEvent.setup();
  render(ClassScreen, { replayer: engineReplayer(engine) });
  await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), files);
  await screen.findByText('Vérification terminée : 2 confirmés, 1 réfuté, 1 invalide.', undefined, { timeout: 20_000 });
  return user;
}

/** The learners' rows (the « sans action » references are in the table's foot). */
function bodyRows(): HTMLElement[] {
  const table = screen.getByRole('table');
  return within(table.querySelector('tbody')!).getAllByRole('row');
}

/** the unreadable files, listed under the table, not ranked (QA qa14 C1) */
function unreadableFiles(): HTMLElement[] {
  return [...screen.getByRole('region', { name: /^(Fichiers illisibles|Unreadable files)$/ }).querySelectorAll<HTMLElement>(':scope > ul > li')];
}

/** Catches the file « Exporter en CSV » downloads: call the returned function for its Blob (undefined before). */
function catchDownload(): () => Blob | undefined {
  let blob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blob = b as Blob;
    return 'blob:csv';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return () => blob;
}

describe('class view', () => {
  it('counts the strategies used over those the class link left available (the file says which), over 4 when it says nothing', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    const club: DecisionsLog = [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }];
    const locked = resultText('Léa', club, (f) => Object.assign(f, { lock: ['financier', 'customisation'], hide: ['personnalisation'] }));
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [new File([locked], 'lea.json', { type: 'application/json' }), files[1]]);
    await screen.findByText('Vérification terminée : 2 confirmés, 0 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    const strategies = (file: string) => within(bodyRows().find((r) => within(r).queryByText(file))!).getAllByRole('cell')[8].textContent;
    expect(strategies('lea.json')).toBe('1 sur 1 autorisée');
    expect(strategies('bruno.json')).toBe('1 sur 4 autorisées');
  }, 40_000);

  it('ranks a game of another seed or mode apart, says so, and shows each file’s seed; a learner’s second file is named', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    const json = (name: string, text: string) => new File([text], name, { type: 'application/json' });
    const club: DecisionsLog = [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }];
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [
      files[0],
      files[1],
      json('noe.json', resultText('Noé', club, undefined, { seed: 99, mode: 'sandbox' })),
      json('anna-v2.json', resultText('Anna', [])),
    ]);
    await screen.findByText('Vérification terminée : 4 confirmés, 0 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    expect(screen.getByText(/Ces fichiers viennent de 2 parties différentes \(scénario, graine ou mode\)/)).toBeInTheDocument();
    expect(screen.getByText(/^Partie A : .* — 3 fichiers, empreinte .* ; graine 3, mode engagé$/)).toBeInTheDocument();
    expect(screen.getByText(/^Partie B : .* — 1 fichier, empreinte .* ; graine 99, mode bac à sable$/)).toBeInTheDocument();
    const rows = bodyRows();
    const byFile = (file: string) => rows.find((r) => within(r).queryByText(file))!;
    // the rank, then its game on a line of its own; alone in its game, not ranked, and named as not following the class's game
    expect(within(byFile('noe.json')).getAllByRole('cell')[0].textContent).toBe('—partie Bnon classé (seul dans sa partie)');
    expect(screen.getByText(/^1 fichier ne suit pas la partie de la classe \(Boutique de test, graine 3, mode engagé\) : Noé \(partie B\)\.$/)).toBeInTheDocument();
    expect(within(byFile('noe.json')).getByText('graine 99')).toBeInTheDocument();
    expect(within(byFile('bruno.json')).getAllByRole('cell')[0].textContent).toMatch(/^\dpartie A$/);
    // the class's game first when sorted by rank
    expect(rows.at(-1)).toBe(byFile('noe.json'));
    expect(within(byFile('anna.json')).getByText('autre fichier du même élève : anna-v2.json')).toBeInTheDocument();
    expect(within(byFile('bruno.json')).queryByText(/autre fichier du même élève/)).toBeNull();
  }, 40_000);

  it('does not add a file imported again (same content, whatever its name) and says which ones', async () => {
    const user = await importAll();
    const again = [files[0], new File([await files[2].text()], 'triche (1).json', { type: 'application/json' })];
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), again);
    await screen.findByText('2 fichiers déjà présents dans la classe (même contenu) n’ont pas été ajoutés une seconde fois : anna.json ; triche (1).json (identique à triche.json).');
    expect(screen.getByText('Vérification terminée : 2 confirmés, 1 réfuté, 1 invalide.')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(3);
    expect(unreadableFiles()).toHaveLength(1);
    expect(bodyRows().map((r) => within(r).getAllByRole('cell')[0].textContent).filter((rank) => rank !== '—').sort()).toEqual(['1', '2']);
  }, 40_000);

  it('verifies every imported file and lists them ranked, refuted unranked, invalid ones apart', async () => {
    await importAll();
    const rows = bodyRows();
    // the unreadable file is no row of the table (QA qa14 C1: « (sans nom) — invalide » among the learners)
    expect(rows).toHaveLength(3);
    expect(screen.getByRole('table')).not.toHaveTextContent(/photo\.json|sans nom|invalide/);
    const byLearner = (name: string) => rows.find((r) => within(r).queryByRole('rowheader', { name: new RegExp(name) }))!;
    expect(within(byLearner('Anna')).getByText('confirmé')).toBeInTheDocument();
    expect(within(byLearner('Chloé')).getByText('réfuté')).toBeInTheDocument();
    // listed apart, with why and « Retirer »
    const [photo] = unreadableFiles();
    expect(photo).toHaveTextContent(/photo\.json/);
    expect(within(photo).getByText('invalide')).toBeInTheDocument();
    expect(within(photo).getByRole('button', { name: 'Retirer photo.json' })).toBeInTheDocument();
    // ranks: 1 and 2 for the confirmed files (first column), a dash for the refuted one
    const ranks = rows.map((r) => within(r).getAllByRole('cell')[0].textContent);
    expect(ranks.slice(0, 2).sort()).toEqual(['1', '2']);
    expect(ranks.slice(2)).toEqual(['—']);
    // what differs is shown for the refuted file
    expect(within(byLearner('Chloé')).getByText(/marge nette cumulée : le fichier indique/)).toBeInTheDocument();
    // only the figure the replay contradicts is struck, with the replay's value; the others equal the replay and read as they are
    const claimed = within(byLearner('Chloé')).getAllByText(/^\(selon le rejeu ; chiffre faux déclaré par le fichier :\s*\)$/);
    expect(claimed).toHaveLength(1);
    const netMargin = within(byLearner('Chloé')).getAllByRole('cell')[6];
    expect(netMargin).toContainElement(claimed[0]);
    expect(netMargin.querySelector('s')).not.toBeNull();
    // the replay's figure first, the struck claim after it
    expect(netMargin.textContent).toMatch(/^\s*[-−]?[\d\s]+\s€\s\(selon le rejeu\s;\schiffre faux déclaré par le fichier\s:\s[-−]?[\d\s]+\s€\)\s*$/);
    expect(byLearner('Chloé').querySelectorAll('s')).toHaveLength(1);
    expect(within(byLearner('Anna')).queryByText(/selon le rejeu ; chiffre faux/)).toBeNull();
    // retention over a year comes from the replay, for the refuted file too
    expect(within(byLearner('Chloé')).getAllByRole('cell')[7].textContent).toMatch(/^\d+,\d\s%$/);
    // strategies derived from the decisions log
    expect(within(byLearner('Bruno')).getByText(/Avantage financier × 1, Enquête de satisfaction × 1/)).toBeInTheDocument();
    // the chart's accessible alternative is announced
    expect(screen.getByText('Les mêmes données figurent dans le tableau ci-dessus, les noms en entier.')).toBeInTheDocument();
  });

  it('shows the verification details in English once the app is switched to English while the view is open, and back', async () => {
    await importAll();
    const row = (name: string) => bodyRows().find((r) => within(r).queryByRole('rowheader', { name: new RegExp(name) }))!;
    const photo = () => unreadableFiles()[0];
    const photoFrench = photo().querySelector('details li')!.textContent;
    await setLocale('en');
    await screen.findByText('Verification finished: 2 confirmed, 1 refuted, 1 invalid.', undefined, { timeout: 20_000 });
    await waitFor(() => expect(within(row('Chloé')).getByText(/cumulative net margin: the file says/i)).toBeInTheDocument(), { timeout: 20_000 });
    expect(within(row('Chloé')).queryByText(/le fichier indique/)).toBeNull();
    await waitFor(() => expect(photo().querySelector('details li')!.textContent).not.toBe(photoFrench));
    expect(within(screen.getByRole('region', { name: 'Unreadable files' })).getByText('invalid')).toBeInTheDocument();
    await setLocale('fr');
    await waitFor(() => expect(within(row('Chloé')).getByText(/marge nette cumulée : le fichier indique/)).toBeInTheDocument(), { timeout: 20_000 });
    await waitFor(() => expect(photo().querySelector('details li')!.textContent).toBe(photoFrench));
  });

  it('does not call a file from another model version altered: it says which versions and what to do', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    const current = engine.modelFingerprint();
    const older = current === 'aaaaaaaaaaaaaaaa' ? 'bbbbbbbbbbbbbbbb' : 'aaaaaaaaaaaaaaaa';
    // what a tablet with a cached older app would have sent: its own model, other figures
    const fromOlderTablet = resultText('Dylan', [], (f) => {
      f.modelFingerprint = older;
      f.stateHash = '0123456789abcdef';
    });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [new File([fromOlderTablet], 'dylan.json', { type: 'application/json' })]);
    await screen.findByText('Vérification terminée : 0 confirmé, 0 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    expect(screen.getByText('1 fichier d’une autre version du modèle : à réexporter après mise à jour (voir Détails).')).toBeInTheDocument();
    const [row] = bodyRows();
    expect(within(row).getByText('autre version du modèle')).toBeInTheDocument();
    expect(within(row).getByText(new RegExp(`empreinte ${older} ; ici ${current}\\) : ce n’est pas une preuve de modification`))).toBeInTheDocument();
    expect(within(row).getAllByRole('cell')[0].textContent).toBe('—');
  });

  it('sorts by a column header, both ways, and says so with aria-sort', async () => {
    const user = await importAll();
    const header = screen.getByRole('columnheader', { name: /Élève/ });
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const names = () => bodyRows().map((r) => within(r).getByRole('rowheader').textContent!.trim());
    expect(names()[0]).toMatch(/^Anna/);
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(names()[0]).toMatch(/^Chloé/);
  });

  it('sorts by every column the caption promises, the difference from doing nothing and the actions too (QA verify 2, N9)', async () => {
    const user = await importAll();
    await within(screen.getByRole('table')).findByRole('row', { name: /Sans action \(même graine\)/ }, { timeout: 20_000 });
    const headers = screen.getAllByRole('columnheader');
    // every header is a sort button, as the caption says, named by its column alone: a row read across says « Points,
    // 3 / 4 », not « Trier par Points, 3 / 4 » (QA qa20 F5); the button's role and aria-sort say it sorts. The one
    // exception, the file's cell beside the name, is not a column of its own to sort by (review17 m1)
    expect(headers.filter((h) => within(h).queryByRole('button') === null).map((h) => h.textContent)).toEqual(['Fichier']);
    for (const header of headers.filter((h) => within(h).queryByRole('button') !== null)) {
      const button = within(header).getByRole('button');
      const column = button.textContent!.replace(/[▲▼]/g, '').trim();
      expect(button).toHaveAccessibleName(column);
      expect(header).toHaveAccessibleName(column);
    }
    const names = () => bodyRows().map((r) => within(r).getByRole('rowheader').textContent!.trim().split(/\s/)[0]);

    const nothing = summarizeRun(scenario, engine.runSimulation(scenario, { seed: 3, ticks: scenario.durationTicks, decisions: [] }).reports.map((r) => r.kpis));
    const margin = (decisions: DecisionsLog) => summarizeRun(scenario, engine.runSimulation(scenario, { seed: 3, ticks: 12, decisions }).reports.map((r) => r.kpis)).cumulativeNetMargin;
    const anna = margin([{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }]) - nothing.cumulativeNetMargin;
    const bruno = margin(BRUNO) - nothing.cumulativeNetMargin;
    expect(anna).not.toBe(bruno);
    const gap = screen.getByRole('columnheader', { name: /Écart avec «\s?sans action\s?»/ });
    await user.click(within(gap).getByRole('button', { name: /^Écart avec/ }));
    expect(gap).toHaveAttribute('aria-sort', 'descending');
    // the compared files, the best first (Chloé's refuted file by its replay: no decision, 0 €); the unreadable one is not in the table
    const order = [
      ['Anna', anna],
      ['Bruno', bruno],
      ['Chloé', 0],
    ] as const;
    const best = [...order].sort((a, b) => b[1] - a[1]).map(([name]) => name);
    expect(names()).toEqual(best);
    await user.click(within(gap).getByRole('button'));
    expect(gap).toHaveAttribute('aria-sort', 'ascending');
    expect(names().slice(0, 3)).toEqual([...best].reverse());

    // the actions the engine ran: Bruno 2, Anna 1, Chloé none
    const actions = screen.getByRole('columnheader', { name: /Décisions/ });
    await user.click(within(actions).getByRole('button', { name: 'Décisions' }));
    expect(actions).toHaveAttribute('aria-sort', 'descending');
    expect(gap).toHaveAttribute('aria-sort', 'none');
    expect(names()).toEqual(['Bruno', 'Anna', 'Chloé']);
  }, 60_000);

  it('exports the table as CSV for a French spreadsheet', async () => {
    const user = await importAll();
    const downloaded = catchDownload();
    // the « sans action » reference replayed: the CSV carries it too (classCsv.ts), after the files
    await within(screen.getByRole('table')).findByRole('row', { name: /Sans action \(même graine\)/ }, { timeout: 20_000 });
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    expect(downloaded()).toBeDefined();
    const bytes = new Uint8Array(await downloaded()!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text.split('\r\n');
    expect(lines[0]).toMatch(/^Rang;Élève;Équipe;Fichier;/);
    expect(lines.filter((l) => l !== '')).toHaveLength(6);
    expect(text).toMatch(/;confirmé;/);
    expect(lines[5]).toMatch(/^réf\.;Sans action \(même graine\);/);
  });

  it('clears the list once the teacher confirms', async () => {
    const user = await importAll();
    await user.click(screen.getByRole('button', { name: 'Effacer la classe…' }));
    const dialog = screen.getByRole('alertdialog', { name: frenchText`Effacer la classe « Ma classe » ?` });
    expect(within(dialog).getByText(/Les 4 fichiers importés/)).toBeInTheDocument();
    // cancelling keeps everything
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(bodyRows()).toHaveLength(3);
    expect(unreadableFiles()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Effacer la classe…' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Effacer la classe' }));
    await waitFor(() => expect(screen.queryByRole('table')).not.toBeInTheDocument());
    expect(screen.getByText('Aucun fichier importé pour l’instant.')).toBeInTheDocument();
  });

  it('gives the focus back to « Effacer la classe… » when its confirmation is closed with Escape or Annuler', async () => {
    const user = await importAll();
    const opener = screen.getByRole('button', { name: 'Effacer la classe…' });
    await user.click(opener);
    expect(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Annuler' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    opener.focus();
    await user.keyboard('{Enter}');
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Annuler' }));
    expect(opener).toHaveFocus();
  });

  it('names the figure a doctored copy changed and strikes nothing the replay confirms; the honest file is not « identique » to it', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    const decisions: DecisionsLog = [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }];
    let real = 0;
    const honest = resultText('Hugo', decisions);
    const doctored = resultText('Hugo', decisions, (f) => {
      real = f.summary.cumulativeGrossMargin;
      f.summary.cumulativeGrossMargin += 20_000;
    });
    const json = (name: string, text: string) => new File([text], name, { type: 'application/json' });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [json('hugo.json', honest), json('hugo-retouche.json', doctored)]);
    await screen.findByText('Vérification terminée : 1 confirmé, 1 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    const row = (file: string) => bodyRows().find((r) => within(r).queryByText(file))!;
    const copy = row('hugo-retouche.json');
    const euros = (n: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(n);
    const line = `chiffre faux : marge brute cumulée — déclaré ${euros(real + 20_000)}, rejeu ${euros(real)}`;
    expect(within(copy).getByText(line.replace(/\s+/g, ' '))).toBeInTheDocument();
    // points, turnover and net margin equal the replay: nothing struck
    expect(copy.querySelector('s')).toBeNull();
    expect(within(copy).queryByText(/selon le rejeu ; chiffre faux/)).toBeNull();
    expect(within(row('hugo.json')).queryByText(/résultat identique/)).toBeNull();
    // the retention column is the replay's figure over a year, explained under the table
    expect(screen.getByRole('columnheader', { name: /Rétention sur un an/ })).toBeInTheDocument();
    expect(screen.getByText(/^Rétention sur un an : part des clients gardés sur un an/)).toBeInTheDocument();
  });

  it('heads a forged file\'s row with its forged net margin, and says a false « atteint » against the target, not the same number twice (QA qa19 F7)', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    const decisions: DecisionsLog = [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }];
    const forged = resultText('Emma', decisions, (f) => {
      f.summary.cumulativeNetMargin = 199_999;
      f.summary.objectives = f.summary.objectives.map((o) => ({ ...o, state: 'atteint' }));
    });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [new File([forged], 'emma-triche.json', { type: 'application/json' })]);
    await screen.findByText('Vérification terminée : 0 confirmé, 1 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    const row = bodyRows().find((r) => within(r).queryByText('emma-triche.json'))!;
    const lines = [...row.querySelectorAll('ul.wrong > li')].map((li) => (li.textContent ?? '').replace(/\s+/g, ' '));
    expect(lines[0]).toMatch(/^chiffre faux : marge nette cumulée — déclaré 199 999 €, rejeu /);
    const objectives = lines.filter((l) => l.includes('objectif'));
    expect(objectives.length).toBeGreaterThan(0);
    for (const line of objectives) expect(line).toMatch(/ — déclaré atteint, alors (que \S.* [<>] \S.*|qu’il est encore « en cours » à ce stade de la partie)$/);
  });

  it('imports files dropped on the drop zone', async () => {
    render(ClassScreen, { replayer: engineReplayer(engine) });
    const zone = screen.getByRole('region', { name: 'Zone de dépôt des fichiers de résultat' });
    await fireEvent.dragOver(zone, { dataTransfer: { files: [] } });
    await fireEvent.drop(zone, { dataTransfer: { files: files.slice(0, 2) } });
    await screen.findByText('Vérification terminée : 2 confirmés, 0 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    expect(bodyRows()).toHaveLength(2);
  });
  it('compares each game with doing nothing (same seed): a reference row, not ranked, and each file’s difference from it', async () => {
    await importAll();
    const table = screen.getByRole('table');
    const reference = await within(table).findByRole('row', { name: /Sans action \(même graine\)/ }, { timeout: 20_000 });
    // what the engine gives for the same shop and seed with no decision, over the whole game
    const nothing = summarizeRun(scenario, engine.runSimulation(scenario, { seed: 3, ticks: scenario.durationTicks, decisions: [] }).reports.map((r) => r.kpis));
    expect(reference.closest('tfoot')).not.toBeNull();
    // its place in the ranking under « réf. »
    expect(within(reference).getAllByRole('cell')[0].textContent).toMatch(/^réf\.serait au rang \d$/);
    expect(within(reference).getByText(/référence, non classée/)).toBeInTheDocument();
    expect(plain(within(reference).getAllByRole('cell')[6].textContent!)).toBe(plain(formatMoney('fr', nothing.cumulativeNetMargin)));
    // each confirmed file: its net margin and active customers minus the reference's
    const claimed = (learner: string) => {
      const { reports } = engine.runSimulation(scenario, { seed: 3, ticks: 12, decisions: learner === 'Anna' ? [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }] : BRUNO });
      return summarizeRun(scenario, reports.map((r) => r.kpis));
    };
    let better = 0;
    for (const learner of ['Anna', 'Bruno']) {
      const row = bodyRows().find((r) => within(r).queryByRole('rowheader', { name: new RegExp(learner) }))!;
      const mine = claimed(learner);
      const gap = mine.cumulativeNetMargin - nothing.cumulativeNetMargin;
      if (gap > 0) better += 1;
      expect(within(row).getByText(plain(`marge nette : ${formatSignedMoney('fr', gap)}`))).toBeInTheDocument();
      expect(within(row).getByText(plain(`clients actifs : ${formatSigned('fr', mine.activeCustomers - nothing.activeCustomers)}`))).toBeInTheDocument();
    }
    // the refuted file is compared with its replay's figures, said so, never with the 50 000 € it claims
    // (no decision: its replay is doing nothing), and not counted below
    const refuted = bodyRows().find((r) => within(r).queryByRole('rowheader', { name: /Chloé/ }))!;
    expect(within(refuted).getByText(plain(`marge nette : ${formatSignedMoney('fr', 0)}`))).toBeInTheDocument();
    expect(within(refuted).getByText('selon le rejeu')).toBeInTheDocument();
    // and in one sentence, with its own plural
    // (students, not files) then where doing nothing would rank
    expect(
      screen.getByText(
        plain(`Marge nette cumulée sans action (même graine) : ${formatMoney('fr', nothing.cumulativeNetMargin)}. ${better} ${better > 1 ? 'élèves' : 'élève'} sur 2 ${better > 1 ? 'ont' : 'a'} fait mieux.`),
        { exact: false },
      ),
    ).toHaveTextContent(/Au classement \(points, puis marge nette\), sans action serait au rang \d/);
  }, 60_000);

  it('shows an identical result with a neutral badge naming the other file, a simple strategy said so, and gives it no place of its own in the ranking (QA qa11 F7)', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    const club: DecisionsLog = [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }];
    const json = (name: string, text: string) => new File([text], name, { type: 'application/json' });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [
      files[0],
      files[1],
      json('david.json', resultText('David', club)),
      json('rien.json', resultText('Rémi', [])),
    ]);
    await screen.findByText('Vérification terminée : 4 confirmés, 0 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    const row = (file: string) => bodyRows().find((r) => within(r).queryByText(file))!;
    // the badge is in the row's header, visible, not under « Détails »; a fact, never « copie »
    const badge = within(within(row('david.json')).getByRole('rowheader')).getByText('résultat identique');
    expect(badge.closest('details')).toBeNull();
    expect(within(row('david.json')).getByText('résultat identique à : Anna (anna.json)')).toBeInTheDocument();
    expect(within(row('anna.json')).getByText('résultat identique à : David (david.json)')).toBeInTheDocument();
    // one club in the whole game: the obvious action, often chosen by several students on their own
    for (const file of ['anna.json', 'david.json']) expect(within(row(file)).getByText('stratégie simple (1 action en tout), souvent choisie par plusieurs élèves')).toBeInTheDocument();
    expect(within(row('bruno.json')).queryByText('résultat identique')).toBeNull();
    expect(screen.queryByText(/copie probable/i)).toBeNull();
    expect(
      screen.getByText(
        'Résultat identique : même état final et mêmes décisions qu’un autre fichier. Cela peut venir d’une même stratégie simple choisie chacun de son côté, d’un travail à plusieurs ou d’un fichier copié : seule une discussion avec les élèves permet de le savoir, le rejeu ne dit pas lequel est l’original.',
        { exact: false },
      ),
    ).toBeInTheDocument();
    // the two identical files share one place: four files, three places
    const rank = (file: string) => Number(within(row(file)).getAllByRole('cell')[0].textContent);
    expect(rank('anna.json')).toBe(rank('david.json'));
    expect([rank('anna.json'), rank('bruno.json'), rank('rien.json')].sort()).toEqual([1, 2, 3]);
  }, 60_000);

  it('shows a retouched copy of another learner’s file as refuted and as an identical result (QA play F9)', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    const club: DecisionsLog = [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }];
    const json = (name: string, text: string) => new File([text], name, { type: 'application/json' });
    // Anna's game under another name, its net margin raised by half
    const tom = resultText('Tom Triche', club, (f) => void (f.summary.cumulativeNetMargin *= 1.5));
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [files[0], files[1], json('tom.json', tom)]);
    await screen.findByText('Vérification terminée : 2 confirmés, 1 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    const row = (file: string) => bodyRows().find((r) => within(r).queryByText(file))!;
    expect(within(row('tom.json')).getAllByText(/réfuté/).length).toBeGreaterThan(0);
    expect(within(within(row('tom.json')).getByRole('rowheader')).getByText('résultat identique')).toBeInTheDocument();
    expect(within(row('tom.json')).getByText('résultat identique à : Anna (anna.json)')).toBeInTheDocument();
    expect(within(row('anna.json')).getByText('résultat identique à : Tom Triche (tom.json)')).toBeInTheDocument();
    expect(within(row('bruno.json')).queryByText('résultat identique')).toBeNull();
    expect(screen.getByText(/^Un fichier réfuté peut aussi avoir un résultat identique à un autre/)).toBeInTheDocument();
  }, 60_000);

  it('shows teammates’ files (same team name) as the team’s one game, never as identical results (QA qa11 F7)', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    // three actions: not a simple strategy
    const plan: DecisionsLog = [
      { tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }, { type: 'enquete', instrument: 'questionnaire', sampleSize: 30 }] },
      { tick: 2, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.1 }] },
    ];
    const team = (name: string) => (f: ReturnType<typeof buildResultFile>) => void (f.team = name);
    const json = (name: string, text: string) => new File([text], name, { type: 'application/json' });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [
      json('anais.json', resultText('Anaïs', plan, team('Équipe 3'))),
      json('tom.json', resultText('Tom', plan, team('équipe 3'))),
      json('zoe.json', resultText('Zoé', plan)),
      files[1],
    ]);
    await screen.findByText('Vérification terminée : 4 confirmés, 0 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    // the class table (the team's files are side by side in a table of their own below)
    const table = screen.getByRole('table', { name: /^Résultats de la classe/ });
    // beside the name, not in the row's header (QA qa27class M2)
    const header = (file: string) => within(table.querySelector('tbody')!).getAllByRole('row').find((r) => within(r).queryByText(file))!.querySelector<HTMLElement>('.file-cell')!;
    expect(within(header('anais.json')).getByText('même équipe, même partie que : Tom (tom.json)')).toBeInTheDocument();
    expect(within(header('tom.json')).getByText('même équipe, même partie que : Anaïs (anais.json)')).toBeInTheDocument();
    // Zoé, of no team, has the same result as both; each teammate has it as Zoé's only
    expect(within(header('zoe.json')).getByText('résultat identique à : Anaïs (anais.json) ; Tom (tom.json)', { normalizer: (text) => plain(text).trim() })).toBeInTheDocument();
    expect(within(header('tom.json')).getByText('résultat identique à : Zoé (zoe.json)')).toBeInTheDocument();
    expect(within(header('zoe.json')).queryByText(/stratégie simple/)).toBeNull();
  }, 60_000);

  it('does not mark two teammates’ one game at all when no one else has it (QA qa11 F7)', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine) });
    const club: DecisionsLog = [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }];
    const team = (f: ReturnType<typeof buildResultFile>) => void (f.team = 'Équipe 3');
    const json = (name: string, text: string) => new File([text], name, { type: 'application/json' });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), [json('anais.json', resultText('Anaïs', club, team)), json('tom.json', resultText('Tom', club, team)), files[1]]);
    await screen.findByText('Vérification terminée : 3 confirmés, 0 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    expect(screen.queryByText('résultat identique')).toBeNull();
    expect(screen.queryByText(/résultat identique à/)).toBeNull();
    expect(screen.queryByText(/^Résultat identique :/)).toBeNull();
    expect(screen.getByText('même équipe, même partie que : Tom (tom.json)')).toBeInTheDocument();
    expect(screen.getByText('même équipe, même partie que : Anaïs (anais.json)')).toBeInTheDocument();
    // the CSV names the team beside each learner (QA qa16 F1)
    const downloaded = catchDownload();
    await within(screen.getByRole('table', { name: /^Résultats de la classe/ })).findByRole('row', { name: /Sans action \(même graine\)/ }, { timeout: 20_000 });
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    const lines = (await downloaded()!.text()).replace(/^\uFEFF/, '').split('\r\n').map((l) => l.split(';'));
    expect(lines[0].slice(0, 4)).toEqual(['Rang', 'Élève', 'Équipe', 'Fichier']);
    expect(Object.fromEntries(lines.slice(1, 4).map((l) => [l[3], l[2]]))).toEqual({ 'anais.json': 'Équipe 3', 'tom.json': 'Équipe 3', [files[1].name]: '' });
  }, 60_000);

  it('opens a confirmed file’s Bilan, replayed and read only, and comes back to the class view with the keyboard', async () => {
    const user = await importAll();
    expect(screen.queryByRole('button', { name: 'Voir le bilan de Chloé' })).toBeNull();
    const open = screen.getByRole('button', { name: 'Voir le bilan de Bruno' });
    open.focus();
    await user.keyboard('{Enter}');
    const back = await screen.findAllByRole('button', { name: /Retour à la vue classe/ }, { timeout: 20_000 });
    await waitFor(() => expect(back[0]).toHaveFocus());
    expect(screen.getByText(/Bilan de Bruno \(bruno\.json\), rejoué à partir de son fichier de résultat : lecture seule/)).toBeInTheDocument();
    // the learner's own debrief screen, on the replay of the file's decisions
    expect(await screen.findByRole('heading', { level: 2, name: /Bilan/ }, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.getByText(/Partie terminée : bilan des 12 semaines\./)).toBeInTheDocument();
    // with its difference from doing nothing, from the class view's reference
    expect(await screen.findByText(/^Par rapport à une partie sans aucune action \(même graine, même durée\) : marge nette [-−+]/, undefined, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /Résultats de la classe/ })).toBeNull();
    await user.keyboard('{Enter}');
    await screen.findByRole('table', { name: /Résultats de la classe/ });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Voir le bilan de Bruno' })).toHaveFocus());
  }, 60_000);
});
