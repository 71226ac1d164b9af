import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import * as engine from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import { verifyResult } from '../../../src/results/verifyResult.ts';
import ExportResult from '../../../src/ui/verify/ExportResult.svelte';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

describe('exporting a result file', () => {
  afterEach(() => setLocale('fr'));
  // the learner's name is remembered on the browser: each test starts as a new learner
  beforeEach(() => localStorage.removeItem('fidelis.learnerName'));

  it('downloads a file named after the learner that the teacher’s replay confirms', async () => {
    const scenario = fixtureScenario();
    const decisions: DecisionsLog = [{ tick: 1, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }];
    // the shop's default seed: on another one, a file of this model records its objectives adjusted to it (session.seedTargets)
    const seed = scenario.defaultSeed;
    const { state, reports } = engine.runSimulation(scenario, { seed, ticks: 6, decisions });
    const saved: { text: string; name: string }[] = [];
    const user = userEvent.setup();
    render(ExportResult, {
      scenario,
      seed,
      decisions,
      kpis: reports.map((r) => r.kpis),
      stateHash: async () => engine.hashState(state),
      modelFingerprint: async () => engine.modelFingerprint(),
      save: (text: string, name: string) => saved.push({ text, name }),
    });
    await user.type(screen.getByLabelText(/^Votre nom/), 'Inès <script>');
    await user.click(screen.getByRole('button', { name: 'Télécharger le fichier de résultat' }));
    expect(await screen.findByText(/Fichier « fidelis-resultat-ines-script-boutique-test-semaine-6\.json » prêt/)).toBeInTheDocument();
    expect(saved).toHaveLength(1);
    expect(JSON.parse(saved[0].text).learner).toBe('Inès <script>');
    expect(JSON.parse(saved[0].text).modelFingerprint).toBe(engine.modelFingerprint());
    await expect(verifyResult(saved[0].text, engineReplayer(engine))).resolves.toMatchObject({ status: 'confirmed' });
  });

  it('names the file in the UI language (« fidelis-result-… » in English)', async () => {
    await setLocale('en');
    const user = userEvent.setup();
    const names: string[] = [];
    render(ExportResult, { scenario: fixtureScenario(), seed: 5, decisions: [], kpis: makeKpiSeries(3), stateHash: async () => 'x', save: (_text: string, name: string) => names.push(name) });
    await user.type(screen.getByLabelText(/^Your name/), 'Léa');
    await user.click(screen.getByRole('button', { name: 'Download the result file' }));
    await screen.findByText(/fidelis-result-lea-boutique-test-week-3\.json/);
    expect(names).toEqual(['fidelis-result-lea-boutique-test-week-3.json']);
  });

  it('asks for the learner’s name before preparing the file, and puts the cursor there', async () => {
    const user = userEvent.setup();
    const saved: string[] = [];
    const stateHash = vi.fn(async () => 'x');
    render(ExportResult, { scenario: fixtureScenario(), seed: 5, decisions: [], kpis: [], stateHash, save: (text: string) => saved.push(text) });
    await user.type(screen.getByLabelText(/^Votre nom/), '   ');
    await user.click(screen.getByRole('button', { name: 'Télécharger le fichier de résultat' }));
    expect(await screen.findByText(/Écrivez d’abord votre nom/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Votre nom/)).toHaveFocus();
    expect(saved).toEqual([]);
    expect(stateHash).not.toHaveBeenCalled();
  });

  it('keeps the keyboard focus on the button while the file is prepared (aria-disabled, not disabled), and prepares it once', async () => {
    const user = userEvent.setup();
    const saved: string[] = [];
    let give: (hash: string) => void = () => {};
    const stateHash = vi.fn(() => new Promise<string>((resolve) => (give = resolve)));
    render(ExportResult, { scenario: fixtureScenario(), seed: 5, decisions: [], kpis: [], stateHash, save: (text: string) => saved.push(text) });
    await user.type(screen.getByLabelText(/^Votre nom/), 'Inès');
    const button = screen.getByRole('button', { name: 'Télécharger le fichier de résultat' });
    button.focus();
    await user.keyboard('{Enter}');
    // Chromium drops the focus on the page body when the focused button gets disabled
    expect(button).not.toBeDisabled();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(document.activeElement).toBe(button);
    await user.keyboard('{Enter}');
    expect(stateHash).toHaveBeenCalledTimes(1);
    give('x');
    expect(await screen.findByText(/Fichier « .* » prêt/)).toBeInTheDocument();
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(document.activeElement).toBe(button);
    expect(saved).toHaveLength(1);
  });

  it('ties the missing-name message to the field (aria-invalid, aria-describedby) until the name is typed', async () => {
    const user = userEvent.setup();
    render(ExportResult, { scenario: fixtureScenario(), seed: 5, decisions: [], kpis: [], stateHash: async () => 'x', save: () => {} });
    const field = screen.getByLabelText(/^Votre nom/);
    expect(field).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Télécharger le fichier de résultat' }));
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Écrivez d’abord votre nom/);
    await user.type(field, 'Inès');
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(field).not.toHaveAccessibleDescription(/Écrivez d’abord votre nom/);
  });

  it('says so when the engine cannot give the state', async () => {
    const user = userEvent.setup();
    render(ExportResult, {
      scenario: fixtureScenario(),
      seed: 5,
      decisions: [],
      kpis: [],
      stateHash: () => Promise.reject(new Error('moteur arrêté')),
      save: () => {},
    });
    await user.type(screen.getByLabelText(/^Votre nom/), 'Inès');
    await user.click(screen.getByRole('button', { name: 'Télécharger le fichier de résultat' }));
    expect(await screen.findByText('Le fichier de résultat n’a pas pu être préparé : moteur arrêté')).toBeInTheDocument();
  });

  // QA tablet #20: the name was typed again for every game
  it('remembers the learner’s name for the next result file on this browser', async () => {
    const user = userEvent.setup();
    const props = { scenario: fixtureScenario(), seed: 5, decisions: [], kpis: [], stateHash: async () => 'x', save: () => {} };
    const first = render(ExportResult, props);
    await user.type(screen.getByLabelText(/^Votre nom/), 'Léa Martin');
    await user.click(screen.getByRole('button', { name: 'Télécharger le fichier de résultat' }));
    await screen.findByText(/prêt/);
    first.unmount();
    render(ExportResult, props);
    expect(screen.getByLabelText(/^Votre nom/)).toHaveValue('Léa Martin');
  });

  it('speaks of the teacher only for a run from a class link; a learner on their own saves the file (issue #4)', async () => {
    const user = userEvent.setup();
    const props = { scenario: fixtureScenario(), seed: 5, decisions: [], kpis: [], stateHash: async () => 'abcdef0123456789', save: () => {} };
    const alone = render(ExportResult, { ...props, classSettings: { lock: [], hide: [] } });
    const section = () => screen.getByRole('region', { name: 'Fichier de résultat' });
    await user.type(screen.getByLabelText(/^Votre nom/), 'Inès');
    await user.click(screen.getByRole('button', { name: 'Télécharger le fichier de résultat' }));
    expect(await screen.findByText(/prêt.: il est dans vos téléchargements\./)).toBeInTheDocument();
    expect(section()).not.toHaveTextContent(/enseignant/);
    alone.unmount();
    // the class link named the shop: the file goes where the teacher asked
    render(ExportResult, { ...props, classSettings: { shop: 'boutique-test', lock: [], hide: [] } });
    expect(screen.getByLabelText('Votre nom (tel que l’enseignant le verra)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Télécharger le fichier de résultat' }));
    expect(await screen.findByText(/déposez-le là où votre enseignant l’a demandé/)).toBeInTheDocument();
  });
});
