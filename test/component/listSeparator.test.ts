/**
 * The decisions of a period in the what-if comparison and the errors of a scenario editor field are
 * joined by the language's list separator (app.listSeparator): ' ; ' in French (a space before the
 * semicolon), '; ' in English.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ComparePanel from '../../src/ui/whatif/ComparePanel.svelte';
import ChoiceList from '../../src/ui/editor/ChoiceList.svelte';
import { setLocale } from '../../src/i18n/locale.svelte.ts';
import { actionSchema } from '../../src/engine/decisions.ts';

const survey = actionSchema.parse({ type: 'enquete', instrument: 'questionnaire', sampleSize: 30 });
const stop = actionSchema.parse({ type: 'arreterProgramme', programmeId: 'p1' });

function controller() {
  return {
    family: [
      { id: 'a', name: 'Ma partie', depth: 0 },
      { id: 'b', name: 'Et si', depth: 1 },
    ],
    a: 'a',
    b: 'b',
    timelines: {},
    comparison: { ticks: 0, metrics: [], decisions: [{ tick: 1, a: [survey, stop], b: [], onlyA: [survey, stop], onlyB: [], kept: [], reordered: false }], firstKpiDifference: null, firstDecisionDifference: 1 },
    select: () => Promise.resolve(),
  } as never;
}

const draft = { get: () => [], set: () => {}, errorsAt: () => ['Premier problème', 'Second problème'], shows: () => () => () => {} } as never;

describe('list separator', () => {
  afterEach(() => setLocale('fr'));

  it('joins the decisions of a period in the what-if comparison, in both languages', async () => {
    const fr = render(ComparePanel, { controller: controller(), unit: 'week' });
    expect(screen.getAllByRole('definition')[0]).toHaveTextContent('30 réponses demandées ; Arrêt d’un programme');
    fr.unmount();
    await setLocale('en');
    render(ComparePanel, { controller: controller(), unit: 'week' });
    expect(screen.getAllByRole('definition')[0]).toHaveTextContent('30 answers ordered; Programme stopped');
  });

  it('joins the errors of a scenario editor field, in both languages', async () => {
    const props = { draft, path: ['allowed'], legend: 'Choix', choices: [{ value: 'x', label: 'X' }] };
    const fr = render(ChoiceList, props);
    expect(screen.getByText('Premier problème ; Second problème')).toBeInTheDocument();
    fr.unmount();
    await setLocale('en');
    render(ChoiceList, props);
    expect(screen.getByText('Premier problème; Second problème')).toBeInTheDocument();
  });
});
