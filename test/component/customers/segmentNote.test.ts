/**
 * The RFM segment beside the lifecycle stage (QA class 4): « Kevin Noël | Client actif | Inactif | 1-1-1 »
 * read as a contradiction, with no word on the screen to tell them apart. The segment is labelled
 * « Inactif (RFM) » and a line beside the table says the segment compares the customer's scores
 * with the others', unlike the stage, with the segments' card.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import CustomersScreen from '../../../src/ui/customers/CustomersScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { engineRun } from '../../fixtures/engineRun.ts';

describe('customer table: the RFM segment is not the lifecycle stage', () => {
  const run = engineRun();
  afterEach(() => setLocale('fr'));

  it.each([
    { lang: 'fr' as const, note: /Segment \(RFM\).*compare les notes R, F, M du client à celles des autres clients.*Un « Client actif » peut être « Inactif \(RFM\) »/, card: /Segments de clientèle/, stage: 'Client actif', segment: 'Inactif (RFM)' },
    { lang: 'en' as const, note: /Segment \(RFM\): compares the customer’s R, F, M scores with the other customers’.*An “Active customer” can be “Inactive \(RFM\)”/, card: /Customer segments/, stage: 'Active customer', segment: 'Inactive (RFM)' },
  ])('labels the segment (RFM) and says beside the table how it differs from the stage ($lang)', async ({ lang, note, card, stage, segment }) => {
    await setLocale(lang);
    const active = run.records.find((r) => r.stage === 'actif' && r.segment === 'inactif')!;
    expect(active).toBeDefined();
    render(CustomersScreen, { scenario: run.scenario, source: run.source });
    const line = screen.getByTestId('segment-note');
    expect(line.textContent!.replace(/\s+/g, ' ')).toMatch(note);
    expect(within(line).getByRole('button', { name: card })).toBeInTheDocument();
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: String(active.id + 1) } });
    // Enter: the search goes to the list at once, not after the typing pause (CustomerFilters)
    await fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'Enter' });
    await waitFor(() => expect(screen.getAllByRole('row').some((r) => r.textContent!.includes(`${active.firstName} ${active.lastName}`))).toBe(true));
    const row = screen.getAllByRole('row').find((r) => r.textContent!.includes(`${active.firstName} ${active.lastName}`))!;
    expect(row).toHaveTextContent(stage);
    expect(row).toHaveTextContent(segment);
  });
});
