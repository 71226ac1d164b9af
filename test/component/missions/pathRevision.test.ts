/**
 * QA qa29self m8: after « Parcours terminé : toutes les missions de ce commerce sont réussies. » nothing told a student
 * revising alone what to revise. The bilan now names the course's notions no mission of the path worked, each a link to
 * its glossary card, before « Jouer la partie complète »; a path not done yet says nothing of them.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderMissionDebrief } from '../../fixtures/missionDebrief.ts';
import { actionSchema, type ActionInput, type DecisionsLog } from '../../../src/engine/decisions.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';

const SIX: ActionInput[] = [
  { type: 'customisation', instrument: 'offreSurMesure', target: { segments: ['tresBon'] } },
  { type: 'acquisition', channel: 'parrainage', budget: 500 },
];
const log = (actions: ActionInput[]): DecisionsLog => [{ tick: 0, actions: actions.map((a) => actionSchema.parse(a)) }];

describe('the path done: what to revise (QA qa29self m8)', () => {
  beforeEach(() => setLocale('fr'));

  it('links the notions no mission worked to their cards, then offers the whole game', async () => {
    await renderMissionDebrief({ shop: 'boulangerie-du-marche', index: 5, decisions: log(SIX), onfreeplay: vi.fn() });
    const line = screen.getByText(/^À réviser : les notions du cours qu’aucune mission du parcours n’a travaillées\. Relisez leur fiche du glossaire :/u);
    const links = within(line).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toContain('#/glossary/soncas');
    expect(within(line).getByRole('link', { name: 'SONCAS (besoins-types)' })).toHaveAttribute('href', '#/glossary/soncas');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(expect.arrayContaining(['#/glossary/frat', '#/glossary/echelleFidelite', '#/glossary/rolesAchat']));
    // worked by the missions: not to revise
    for (const worked of ['rfm', 'cycleDeVie', 'lienSocial', 'reclamation']) expect(links.map((a) => a.getAttribute('href'))).not.toContain(`#/glossary/${worked}`);
    // then the next step, after the list
    const button = screen.getByRole('button', { name: 'Jouer la partie complète' });
    expect(line.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('in English too', async () => {
    await setLocale('en');
    await renderMissionDebrief({ shop: 'boulangerie-du-marche', index: 5, decisions: log(SIX), onfreeplay: vi.fn() });
    const line = screen.getByText(/^To revise: no mission of the path worked these course notions\./u);
    expect(within(line).getAllByRole('link').length).toBeGreaterThan(5);
  });

  it('Back from a card opened there: that link gets the focus again, not the bilan’s heading (QA qa31phoneEn m2)', async () => {
    window.location.hash = '#/missions/boulangerie-du-marche:bilan';
    await renderMissionDebrief({ shop: 'boulangerie-du-marche', index: 5, decisions: log(SIX), onfreeplay: vi.fn() });
    const link = within(screen.getByText(/^À réviser/u)).getByRole('link', { name: 'SONCAS (besoins-types)' });
    link.addEventListener('click', (e) => e.preventDefault());
    await fireEvent.click(link);
    cleanup();
    // the browser's Back: the bilan's address again, the screen mounted anew and asked to land on the bilan
    await renderMissionDebrief({ shop: 'boulangerie-du-marche', index: 5, decisions: log(SIX), onfreeplay: vi.fn(), land: true });
    await tick();
    await tick();
    expect(document.activeElement).toHaveAttribute('href', '#/glossary/soncas');
    expect(document.activeElement?.closest('.revise')).not.toBeNull();
  });

  it('Back from a card opened from « Notions travaillées »: that link again, as from « À réviser » (review21 m2)', async () => {
    window.location.hash = '#/missions/boulangerie-du-marche:bilan';
    await renderMissionDebrief({ shop: 'boulangerie-du-marche', index: 0, decisions: log(SIX) });
    const heading = screen.getByRole('heading', { name: 'Notions travaillées' });
    const link = within(heading.nextElementSibling as HTMLElement).getAllByRole('link')[1];
    const href = link.getAttribute('href');
    link.addEventListener('click', (e) => e.preventDefault());
    await fireEvent.click(link);
    cleanup();
    await renderMissionDebrief({ shop: 'boulangerie-du-marche', index: 0, decisions: log(SIX), land: true });
    await tick();
    await tick();
    expect(document.activeElement).toHaveAttribute('href', href);
  });

  it('a path with missions still to pass says nothing of it', async () => {
    await renderMissionDebrief({ shop: 'boulangerie-du-marche', index: 5, decisions: log(SIX), unpassed: [2] });
    expect(screen.queryByText(/À réviser/u)).toBeNull();
  });
});
