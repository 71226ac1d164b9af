/**
 * QA qa31phoneEn n1: a mission's bilan lists the notions it worked on under their name, « Notions travaillées », as its brief
 * does (missions.conceptsTitle): under « À retenir » they were a bare line of links that said nothing of what they were.
 */
import { screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderMissionDebrief, shippedShop } from '../../fixtures/missionDebrief.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { conceptHref } from '../../../src/ui/glossary/concepts.ts';

describe('mission bilan: the notions worked on (QA qa31phoneEn n1)', () => {
  beforeEach(() => setLocale('fr'));

  it('puts the notions’ links under a « Notions travaillées » heading, after « À retenir »', async () => {
    await renderMissionDebrief({ shop: 'boulangerie-du-marche', index: 0, decisions: [] });
    const { path } = await shippedShop('boulangerie-du-marche');
    const concepts = path.missions[0].concepts;
    expect(concepts.length).toBeGreaterThan(0);
    const headings = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(headings.indexOf('Notions travaillées')).toBe(headings.indexOf('À retenir') + 1);
    const line = screen.getByRole('heading', { level: 4, name: 'Notions travaillées' }).nextElementSibling!;
    expect([...line.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(concepts.map(conceptHref));
  });
});
