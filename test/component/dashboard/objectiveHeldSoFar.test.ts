/**
 * QA shops F13: the dashboard's bar of « Garder au moins 2 660 clients actifs » stood at « 100 % » from week 1, read as
 * already achieved. An objective met now whose value can still go back says it must hold until its checkpoint:
 * « tenu jusqu’ici, vérifié à la semaine 8 »; a sum that only grows, or an objective past its checkpoint, keeps « 100 % ».
 */
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ObjectivesPanel from '../../../src/ui/dashboard/ObjectivesPanel.svelte';
import { evaluateObjectives } from '../../../src/engine/objectives.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario({
  objectives: [
    { id: 'actifs', label: { fr: 'Garder au moins 150 clients actifs', en: 'Keep at least 150 active customers' }, metric: 'activeCustomers', comparator: '>=', target: 150, byTick: 8 },
    { id: 'recrues', label: { fr: 'Recruter au moins 5 clients', en: 'Recruit at least 5 customers' }, metric: 'acquisitions', comparator: '>=', target: 5, points: 1 },
  ],
});
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const bar = (id: string) => plain(document.querySelector(`[data-objective="${id}"] .bar span`)!.textContent);

describe('dashboard objectives: a level met now must still hold (QA shops F13)', () => {
  afterEach(() => setLocale('fr'));

  it('says « tenu jusqu’ici, vérifié à la semaine 8 » instead of « 100 % » before the checkpoint', async () => {
    render(ObjectivesPanel, { statuses: evaluateObjectives(scenario, makeKpiSeries(3)), tickUnit: 'week' });
    expect(bar('actifs')).toBe('tenu jusqu’ici, vérifié à la semaine 8');
    // recruits only grow: reached is reached
    expect(bar('recrues')).toBe('100 %');
    expect(screen.getAllByRole('progressbar')).toHaveLength(2);
    cleanup();
    await setLocale('en');
    render(ObjectivesPanel, { statuses: evaluateObjectives(scenario, makeKpiSeries(3)), tickUnit: 'month' });
    expect(bar('actifs')).toBe('held so far, checked in month 8');
  });

  it('past the checkpoint, or not met: the percentage', () => {
    render(ObjectivesPanel, { statuses: evaluateObjectives(scenario, makeKpiSeries(10)), tickUnit: 'week' });
    expect(bar('actifs')).toBe('100 %');
    cleanup();
    render(ObjectivesPanel, { statuses: evaluateObjectives(scenario, makeKpiSeries(3, (k) => ({ ...k, activeCustomers: 75 }))), tickUnit: 'week' });
    expect(bar('actifs')).toBe('50 %');
  });
});

describe('dashboard objectives once every checkpoint is past (QA hqa F7)', () => {
  afterEach(() => setLocale('fr'));

  it('counts the objectives met without « tenus jusqu’ici » nor « les points se gagnent à l’échéance »', () => {
    // the bakery's end: « Objectifs atteints ou tenus jusqu’ici : 1 sur 3 (les points se gagnent à l’échéance de chaque objectif) »
    render(ObjectivesPanel, { statuses: evaluateObjectives(scenario, makeKpiSeries(12)), tickUnit: 'week' });
    expect(plain(screen.getByText(/^Objectifs atteints/).textContent)).toBe('Objectifs atteints : 2 sur 2.');
    cleanup();
    // before: the count says what holds so far
    render(ObjectivesPanel, { statuses: evaluateObjectives(scenario, makeKpiSeries(3)), tickUnit: 'week' });
    expect(plain(screen.getByText(/^Objectifs atteints/).textContent)).toMatch(/^Objectifs atteints ou tenus jusqu’ici : \d sur 2 \(les points se gagnent/);
  });
});
