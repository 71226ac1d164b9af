/** The result file carries the tools the teacher's class link locked and hid for the run (the class view flags their use). */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ExportResult from '../../../src/ui/verify/ExportResult.svelte';
import { fixtureScenario } from '../../fixtures/scenario.ts';

async function exported(props: Record<string, unknown>) {
  const saved: string[] = [];
  const user = userEvent.setup();
  render(ExportResult, { scenario: fixtureScenario(), seed: 5, decisions: [], kpis: [], stateHash: async () => 'abcdef0123456789', save: (text: string) => saved.push(text), ...props });
  await user.type(screen.getByLabelText(/^Votre nom/), 'Inès');
  await user.click(screen.getByRole('button', { name: 'Télécharger le fichier de résultat' }));
  await screen.findByText(/prêt/);
  return JSON.parse(saved[0]);
}

describe('locks in the exported result file', () => {
  it('writes the run’s locked and hidden tools', async () => {
    const file = await exported({ classSettings: { seed: 4242, lock: ['financier'], hide: ['lienSocial'] } });
    expect([file.lock, file.hide]).toEqual([['financier'], ['lienSocial']]);
  });

  it('writes no lock field for a run that did not keep its settings', async () => {
    const file = await exported({});
    expect(file).not.toHaveProperty('lock');
    expect(file).not.toHaveProperty('hide');
  });
});
