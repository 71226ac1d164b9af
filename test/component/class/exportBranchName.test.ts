/**
 * A what-if branch's result file does not take the original's name (QA teacher #10): the branch is
 * in the file name, in the learner's language, and the class view shows the run's name in the row.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import ExportResult from '../../../src/ui/verify/ExportResult.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

async function exportedName(props: Record<string, unknown>, labels: { name: RegExp; button: string } = { name: /^Votre nom/, button: 'Télécharger le fichier de résultat' }) {
  const names: string[] = [];
  const user = userEvent.setup();
  const { unmount } = render(ExportResult, { scenario: fixtureScenario(), seed: 5, decisions: [], kpis: [], stateHash: async () => 'abcdef0123456789', save: (_: string, name: string) => names.push(name), ...props });
  // the name is remembered from the previous file on this browser (QA tablet #20): typed afresh here
  await user.clear(screen.getByLabelText(labels.name));
  await user.type(screen.getByLabelText(labels.name), 'Inès Petit');
  await user.click(screen.getByRole('button', { name: labels.button }));
  await screen.findByText(/prêt|ready/);
  unmount();
  return names[0];
}

describe('a what-if branch’s result file', () => {
  afterEach(() => setLocale('fr'));

  it('says the branch in its name, and the original keeps its own', async () => {
    expect(await exportedName({})).toBe('fidelis-resultat-ines-petit-boutique-test.json');
    expect(await exportedName({ branchTick: 1, runName: 'Ma partie — et si… (la semaine 2)' })).toBe('fidelis-resultat-ines-petit-boutique-test-et-si-semaine-2.json');
    await setLocale('en');
    expect(await exportedName({ branchTick: 1 }, { name: /^Your name/, button: 'Download the result file' })).toBe('fidelis-result-ines-petit-boutique-test-what-if-week-2.json');
  });
});
