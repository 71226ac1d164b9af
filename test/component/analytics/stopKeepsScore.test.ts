/**
 * « Arrêter » on Données réelles ends the session that held the file (a fresh worker): what the screen
 * still shows must be what the fresh session holds. An RFM or an export stopped after a score kept the
 * score on screen but not in the session, and the next export had no score columns under a name with
 * the score's date (fixScore29, Left). A stopped score or a stopped reading of another file lost what
 * was there before. With the CDNOW sample and the page's session, started afresh at each stop as the
 * worker is.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inPageClient } from '../../../src/app/analytics/analyticsClient.ts';
import { STOPPED, type AnalyticsClient, type AnalyticsRequest, type ProgressListener } from '../../../src/app/analytics/analyticsProtocol.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import AnalyticsScreen from '../../../src/ui/analytics/AnalyticsScreen.svelte';

const SAMPLE = readFileSync(resolve(process.cwd(), 'src/assets/cdnow/CDNOW_sample.txt'), 'utf8');
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The page's session; the next request of a held kind waits until stopped (a fit, an RFM on a big file), the restore's go through. */
function heldClient() {
  const inner = inPageClient();
  const held = new Set<AnalyticsRequest['kind']>();
  const sent: AnalyticsRequest[] = [];
  const waiting: ((e: Error) => void)[] = [];
  const client: AnalyticsClient = {
    request<T>(request: AnalyticsRequest, onProgress?: ProgressListener): Promise<T> {
      sent.push(request);
      if (!held.delete(request.kind)) return inner.request<T>(request, onProgress);
      return new Promise<T>((_, reject) => waiting.push(reject));
    },
    stop() {
      inner.stop();
      for (const reject of waiting.splice(0)) reject(new Error(STOPPED));
    },
    dispose() {},
  };
  return { client, held, sent, waiting };
}

/** The files offered for download: name and text. */
function downloads(): { name: string; text: Promise<string> }[] {
  const files: { name: string; text: Promise<string> }[] = [];
  let text: Promise<string> = Promise.resolve('');
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    text = (blob as Blob).text();
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, text });
  });
  return files;
}

type User = ReturnType<typeof userEvent.setup>;

async function setDate(user: User, label: string, value: string): Promise<void> {
  const input = screen.getByLabelText(label);
  await user.clear(input);
  await user.type(input, value);
}

/** The sample imported, its RFM at 30/06/1998 and its score learned up to 30/09/1997. */
async function scoredSample(user: User, client: AnalyticsClient): Promise<void> {
  render(AnalyticsScreen, { client });
  await user.selectOptions(screen.getByLabelText('Type de fichier'), 'cdnow-sample');
  await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File([SAMPLE], 'CDNOW_sample.txt'));
  await user.click(await screen.findByRole('button', { name: 'Importer' }));
  await screen.findByText(/6\s919 achats de 2\s357 clients importés/);
  await setDate(user, 'Date d’analyse', '1998-06-30');
  await user.click(screen.getByRole('button', { name: 'Calculer le RFM' }));
  await screen.findByText(/clients notés au/);
  await setDate(user, 'Fin de la période d’apprentissage', '1997-09-30');
  await user.click(screen.getByRole('button', { name: 'Calculer le score' }));
  await screen.findByTestId('fitted-parameters', {}, { timeout: 30_000 });
}

async function exported(user: User, files: ReturnType<typeof downloads>): Promise<{ name: string; text: string }> {
  await user.click(screen.getByRole('button', { name: 'Exporter les clients notés (CSV)' }));
  await waitFor(() => expect(files).toHaveLength(1));
  const file = files.splice(0)[0];
  return { name: file.name, text: await file.text };
}

/** Presses « Arrêter » on the step under way (held), and waits for the restore to end. */
async function stopHeld(user: User, waiting: unknown[]): Promise<string> {
  await waitFor(() => expect(waiting).toHaveLength(1));
  const busy = screen.getByText(/…$/, { selector: '.busy[role="status"] span' }).closest('[role="status"]') as HTMLElement;
  await user.click(within(busy).getByRole('button', { name: 'Arrêter' }));
  const stopped = await screen.findByText(/arrêté/, { selector: '.stopped' }, { timeout: 30_000 });
  await waitFor(() => expect(screen.queryByText(/Rechargement du fichier/)).not.toBeInTheDocument());
  return plain(stopped.textContent);
}

const KEPT_ALL = 'Les achats importés, le RFM au 30 juin 1998 et le score (fin d’apprentissage au 30 septembre 1997) sont gardés.';

describe('« Arrêter » keeps the screen and the session together (Données réelles)', () => {
  afterEach(async () => {
    vi.restoreAllMocks();
    await setLocale('fr');
  });

  it('a stopped RFM keeps the RFM and the score shown, and the export has them both as before', { timeout: 90_000 }, async () => {
    const user = userEvent.setup();
    const files = downloads();
    const { client, held, sent, waiting } = heldClient();
    await scoredSample(user, client);
    const parameters = screen.getByTestId('fitted-parameters').textContent;
    const before = await exported(user, files);
    expect(before.name).toBe('clients-rfm-1998-06-30-score-1997-09-30.csv');
    expect(before.text.split('\n')[0]).toContain('proba_actif_au_1997-09-30');

    held.add('rfm');
    await setDate(user, 'Date d’analyse', '1998-03-31');
    await user.click(screen.getByRole('button', { name: 'Calculer le RFM' }));
    sent.length = 0;
    expect(await stopHeld(user, waiting)).toBe(`Calcul du RFM arrêté : aucun nouveau RFM n’est calculé. ${KEPT_ALL}`);
    // the score is given back from its fits: no new fit
    expect(sent.map((r) => r.kind)).toEqual(['load', 'import', 'rfm', 'score']);
    expect(sent[3]).toMatchObject({ kind: 'score', fitted: { bgnbd: expect.any(Object) } });
    expect(screen.getByTestId('fitted-parameters').textContent).toBe(parameters);
    expect(plain(screen.getByText(/clients notés au/).textContent)).toContain('30 juin 1998');

    expect(await exported(user, files)).toEqual(before);
  });

  it('a stopped export keeps the score: the next export has its columns, as its name says', { timeout: 90_000 }, async () => {
    const user = userEvent.setup();
    const files = downloads();
    const { client, held, waiting } = heldClient();
    await scoredSample(user, client);
    const before = await exported(user, files);

    held.add('exportCsv');
    await user.click(screen.getByRole('button', { name: 'Exporter les clients notés (CSV)' }));
    const said = await stopHeld(user, waiting);
    expect(files).toHaveLength(0);
    // the score still shown is in the file, as its name says
    const after = await exported(user, files);
    expect(after.name).toBe(before.name);
    expect(after.text.split('\n')[0]).toBe(before.text.split('\n')[0]);
    expect(after).toEqual(before);
    expect(said).toBe(`Préparation du fichier arrêtée : rien n’a été téléchargé. ${KEPT_ALL}`);
  });

  it('a stopped score keeps the score shown before it, and says it', { timeout: 90_000 }, async () => {
    const user = userEvent.setup();
    const files = downloads();
    const { client, held, waiting } = heldClient();
    await scoredSample(user, client);
    const parameters = screen.getByTestId('fitted-parameters').textContent;
    const before = await exported(user, files);

    held.add('score');
    await setDate(user, 'Fin de la période d’apprentissage', '1997-12-31');
    await user.click(screen.getByRole('button', { name: 'Calculer le score' }));
    expect(await stopHeld(user, waiting)).toBe(
      `Calcul du score arrêté : aucun nouveau score n’est calculé. ${KEPT_ALL} Vous pouvez changer la date de fin d’apprentissage et relancer.`,
    );
    expect(screen.getByTestId('fitted-parameters').textContent).toBe(parameters);
    await setLocale('en');
    await waitFor(() =>
      expect(plain(document.querySelector('.stopped')?.textContent ?? null)).toBe(
        'Score computation stopped: no new score is computed. The imported purchases, the RFM on 30 June 1998 and the score (end of learning on 30 September 1997) are kept. You can change the end of the learning period and start again.',
      ),
    );
    await setLocale('fr');
    expect(await exported(user, files)).toEqual(before);
  });

  it('a stopped reading of another file keeps the file loaded before, with its import, RFM and score', { timeout: 90_000 }, async () => {
    const user = userEvent.setup();
    const files = downloads();
    const { client, held, waiting } = heldClient();
    await scoredSample(user, client);
    const before = await exported(user, files);

    held.add('load');
    await user.upload(screen.getByLabelText('Choisir un fichier (CSV ou texte)'), new File(['a;b\n1;2\n'], 'autre.csv'));
    expect(await stopHeld(user, waiting)).toBe(`Lecture arrêtée : le fichier CDNOW_sample.txt reste chargé. ${KEPT_ALL}`);
    expect(screen.getByText(/Fichier\s: CDNOW_sample\.txt/)).toBeInTheDocument();
    expect(await exported(user, files)).toEqual(before);
  });
});
