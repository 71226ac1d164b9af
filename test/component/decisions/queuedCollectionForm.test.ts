/**
 * QA qa32optician M1, the decisions screen: with a data collection queued this period on the target, a personalised
 * reminder applied after it enrols those who accept (the engine runs a period's decisions in their order). The form said
 * « 63 clients inscrits » and advised « Une collecte de données peut recueillir ce consentement »; it now counts the
 * queued collection: a range up to everyone it asks, and the consent line says the collection asks them.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { draftFor } from '../../../src/app/targetDraft.svelte.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';
import { started } from './session.ts';

const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('decisions screen: a reminder after a data collection queued this period', () => {
  it('counts who the queued collection asks, and no longer advises a collection', async () => {
    const optician = shippedScenarioList().find((s) => s.id === 'optique-lumiere')!;
    const { session, notices } = await started(optician);
    draftFor(session).update({ segments: ['tresBon'] });
    const user = userEvent.setup();
    render(DecisionsScreen, { session, notices });
    await user.click(screen.getByRole('radio', { name: /^Personnalisation/ }));
    await user.click(screen.getByRole('radio', { name: /Relance personnalisée/ }));
    const enrolment = () => plain(screen.getByTestId('enrolment').textContent);
    await waitFor(() => expect(enrolment()).toMatch(/(\d+) clients inscrits sur les (\d+) de la cible\./));
    const [, now, targeted] = /(\d+) clients inscrits sur les (\d+)/.exec(enrolment())!;
    expect(enrolment()).toContain('Une collecte de données peut recueillir ce consentement');

    expect(session.add({ type: 'collecteDonnees', instrument: 'carteFidelite', target: { segments: ['tresBon'] } })).toBe(true);
    await waitFor(() => expect(enrolment()).toContain(`Entre ${now} et ${targeted} clients inscrits sur les ${targeted} de la cible, selon les consentements que recueillera la collecte prévue`));
    expect(enrolment()).toMatch(/clients sans consentement : la collecte prévue le demande à \d+ d’entre eux ; qui refuse ne sera ni inscrit ni facturé/);
    expect(enrolment()).not.toContain('peut recueillir ce consentement');
    expect(screen.getByRole('button', { name: `Appliquer à la cible (${now} à ${targeted} clients inscrits)` })).toBeInTheDocument();
  });
});
