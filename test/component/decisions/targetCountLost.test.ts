/**
 * « R de 1 à 1, F de 1 à 1 » read « 6 812 clients correspondent à la cible » while the RFM grid's cell said 3 904: a lost
 * customer keeps his last scores (and rung) in the engine and matched, though no action reaches him; only the strategy
 * form, further down, said the lost ones were excluded (QA play 26 #2). The line now counts the customers still there, as
 * the grid does, and says apart how many lost ones matched. The list under it, « Premiers clients de la cible », still showed
 * the lost ones, read as « these customers will receive my action »: it now lists the customers the line counts.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { draftFor } from '../../../src/app/targetDraft.svelte.ts';
import { formatNumber } from '../../../src/app/format.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { started } from './session.ts';

const count = () => screen.getByTestId('target-count').textContent!;

describe('target count: the customers still there, the lost ones said apart', () => {
  afterEach(() => setLocale('fr'));

  it.each([
    { lang: 'fr' as const, line: (n: string, lost: string) => `${n} clients correspondent à la cible (${lost} clients perdus exclus).`, preview: 'Premiers clients de la cible' },
    { lang: 'en' as const, line: (n: string, lost: string) => `${n} customers match the target (${lost} lost customers left out).`, preview: 'First customers of the target' },
  ])('an RFM-score target counts as the RFM grid does, and previews those it counts ($lang)', async ({ lang, line, preview }) => {
    await setLocale(lang);
    const { session, notices } = await started(smallScenario(shippedScenarioList()[0], 1500));
    const low = (c: { r: number; f: number }) => c.r === 1 && c.f === 1;
    const records = (await session.customers()).filter(low);
    const still = records.filter((c) => c.stage !== 'perdu').length;
    const lost = records.length - still;
    // the starting base holds lost customers with low scores: the case seen
    expect(lost).toBeGreaterThan(1);
    expect(still).toBeGreaterThan(1);
    draftFor(session).update({ r: [1, 1], f: [1, 1] });
    render(DecisionsScreen, { session, notices });
    await waitFor(() => expect(count()).toBe(line(formatNumber(lang, still), formatNumber(lang, lost))));
    // the first customers still there, not the lost ones who matched by their last scores
    const rows = within(screen.getByRole('table', { name: preview })).getAllByRole('rowheader');
    const first = records.filter((c) => c.stage !== 'perdu').slice(0, 8);
    expect(records.slice(0, 8).some((c) => c.stage === 'perdu')).toBe(true);
    expect(rows.map((row) => row.textContent)).toEqual(first.map((c) => `${c.firstName} ${c.lastName}`));
  });

  it('a target of lost customers only reaches nobody, and lists nobody', async () => {
    const { session, notices } = await started(smallScenario(shippedScenarioList()[0], 1500));
    const lost = (await session.customers()).filter((c) => c.stage === 'perdu').length;
    draftFor(session).update({ stages: ['perdu'] });
    render(DecisionsScreen, { session, notices });
    await waitFor(() => expect(count()).toBe(`Aucun client encore là ne correspond à cette cible (${formatNumber('fr', lost)} clients perdus exclus).`));
    expect(screen.queryByRole('table', { name: 'Premiers clients de la cible' })).toBeNull();
  });
});
