/**
 * A class link for a shop the teacher made in the editor (QA qa30editor M1): the builder lists the shops saved in this
 * browser beside the shipped ones; the link of one carries the shop itself (the share link's encoding, scenario/link.ts)
 * with the usual settings, opens on the students' home page (no #/editor), and says how long it is and that it is
 * too long for a QR code: none is offered, and the lesson plan beside it posts it on the ENT (QA qa31lesson m1). Its
 * missions menu says why it holds « Aucune » only, and the plan is a free game's (m2).
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ClassLinkBuilder from '../../../src/ui/presets/ClassLinkBuilder.svelte';
import { parsePresets } from '../../../src/presets/presets.ts';
import { decodeScenario, scenarioCodeIn } from '../../../src/scenario/link.ts';
import { canonicalJson } from '../../../src/results/fingerprint.ts';
import type { PlayableShop } from '../../../src/scenario/localScenarios.ts';
import type { LessonLink } from '../../../src/ui/missions/lessonLink.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const SHOPS = [
  { id: 'boulangerie-du-marche', name: 'Boulangerie du Marché', missions: ['Lire la base clients'], defaultSeed: 1907 },
  { id: 'sport-et-cimes', name: 'Sport et Cimes', missions: [], defaultSeed: 7300 },
];
const bakery = shippedScenarioList().find((s) => s.id === 'boulangerie-du-marche')!;
const cave = { ...bakery, id: 'cave-des-canuts', name: { fr: 'La Cave des Canuts' }, defaultSeed: 1907 };
const SAVED: PlayableShop[] = [
  { name: 'La Cave des Canuts', savedAt: '2027-01-05T10:00:00.000Z', draft: {}, scenario: cave, errors: 0 },
  { name: 'Brouillon cave', savedAt: '2027-01-04T10:00:00.000Z', draft: {}, scenario: { ...cave, name: { fr: 'Cave (essai)' } }, errors: 0 },
];

function link(): string {
  return (screen.getByTestId('class-link') as HTMLInputElement).value;
}

describe('class link builder, a shop saved in the editor', () => {
  it('lists the saved shops in their own group; the link carries the shop and the settings, for the home page', async () => {
    const user = userEvent.setup();
    const shopMenu = () => screen.getByLabelText('Commerce du lien de classe');
    const lessons: LessonLink[] = [];
    render(ClassLinkBuilder, { shops: SHOPS, base: 'https://ecole.example/fidelis/', saved: SAVED, onlesson: (l: LessonLink) => lessons.push(l) });
    expect(within(shopMenu()).getByRole('group', { name: 'Mes commerces (enregistrés dans ce navigateur)' })).toBeInTheDocument();
    expect(within(within(shopMenu()).getByRole('group', { name: 'Mes commerces (enregistrés dans ce navigateur)' })).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'La Cave des Canuts',
      frenchText`Cave (essai) (enregistré sous « Brouillon cave »)`,
    ]);
    expect(shopMenu()).toHaveAccessibleDescription(/ceux que vous avez enregistrés dans l’éditeur de ce navigateur/);

    await user.selectOptions(shopMenu(), 'La Cave des Canuts');
    await user.type(screen.getByLabelText('Graine'), '42');
    await user.selectOptions(screen.getByLabelText('Mode'), 'committed');
    await user.selectOptions(screen.getByLabelText('Outil « Enquête de satisfaction »'), 'lock');
    expect(screen.getByLabelText('Mission')).toBeDisabled();
    // why there is no mission to choose (QA qa31lesson m2)
    expect(screen.getByLabelText('Mission')).toHaveAccessibleDescription(
      frenchText`Les missions se jouent sur les commerces fournis avec l’application : ce commerce se joue en partie libre.`,
    );
    await waitFor(() => expect(link()).toContain('scenario=1.'));

    // the settings first, readable; the shop after them; no #/editor: the students land on their home page
    expect(link()).toMatch(/^https:\/\/ecole\.example\/fidelis\/\?shop=cave-des-canuts&seed=42&mode=committed&lock=enquete&scenario=1\.[\w-]+$/);
    const url = new URL(link());
    const parsed = parsePresets(url.search, { 'cave-des-canuts': 0 });
    expect(parsed.problems).toEqual([]);
    expect(parsed.presets).toMatchObject({ shop: 'cave-des-canuts', seed: 42, mode: 'committed', lock: ['enquete'] });
    const decoded = await decodeScenario(scenarioCodeIn(url)!);
    expect(decoded.ok && canonicalJson(decoded.scenario)).toBe(canonicalJson(cave));

    // what the teacher is told: the whole shop is in it, how long it is, how to send it, and the QR code's limit
    const note = screen.getByTestId('class-link-carried');
    expect(note.textContent!.replace(/[\u202f\u00a0]/g, ' ')).toContain(`${link().length.toLocaleString('fr').replace(/[\u202f\u00a0]/g, ' ')} caractères`);
    expect(note).toHaveTextContent(/contient tout le commerce « La Cave des Canuts »/);
    expect(note).toHaveTextContent(/Envoyez-le par copier-coller \(ENT, messagerie\).*Il est trop long pour un code QR\.$/);
    // said to a screen reader when it changes, and read with the buttons it enables (review20 m7)
    expect(note).toHaveAttribute('role', 'status');
    expect(screen.getByRole('button', { name: 'Copier le lien pour ma classe' })).toHaveAccessibleDescription(note.textContent!.trim());
    // no QR code offered for it, the note saying why (QA qa31lesson m1: 25 lines of base64 on the projector)
    const qr = screen.getByRole('button', { name: 'Afficher en grand avec un code QR' });
    // aria-disabled, still in the Tab order, so a keyboard user meets it and its reason (QA qa32keyboard n2)
    expect(qr).toHaveAttribute('aria-disabled', 'true');
    expect(qr).not.toBeDisabled();
    qr.focus();
    expect(qr).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(qr).toHaveAccessibleDescription(note.textContent!.trim());
    await user.click(qr);
    expect(screen.queryByRole('dialog')).toBeNull();
    // the lesson plan beside it: a free game, the link posted on the ENT
    expect(lessons.at(-1)).toEqual({ mission: false, qr: false });

    // the other saved entry carries its own version; back to a shipped shop, the link is the short one again
    await user.selectOptions(shopMenu(), within(shopMenu()).getByRole('option', { name: frenchText`Cave (essai) (enregistré sous « Brouillon cave »)` }));
    await waitFor(async () => {
      const other = await decodeScenario(scenarioCodeIn(new URL(link()))!);
      expect(other.ok && other.scenario.name.fr).toBe('Cave (essai)');
    });
    await user.selectOptions(shopMenu(), 'Sport et Cimes');
    expect(link()).toBe('https://ecole.example/fidelis/?shop=sport-et-cimes&seed=42&mode=committed&lock=enquete');
    expect(screen.queryByTestId('class-link-carried')).toBeNull();
    expect(screen.getByRole('button', { name: 'Afficher en grand avec un code QR' })).toHaveAttribute('aria-disabled', 'false');
    expect(lessons.at(-1)).toEqual({ mission: false, qr: true });
    // a shipped shop's mission: the missions' plan, projected
    await user.selectOptions(shopMenu(), 'Boulangerie du Marché');
    expect(screen.getByLabelText('Mission')).not.toHaveAccessibleDescription();
    await user.selectOptions(screen.getByLabelText('Mission'), '1');
    expect(lessons.at(-1)).toEqual({ mission: true, qr: true });
  });

  it('warns about a seed other than the saved shop’s own', async () => {
    const user = userEvent.setup();
    render(ClassLinkBuilder, { shops: SHOPS, base: 'https://ecole.example/', saved: SAVED });
    await user.selectOptions(screen.getByLabelText('Commerce du lien de classe'), 'La Cave des Canuts');
    await user.type(screen.getByLabelText('Graine'), '42');
    expect(screen.getByText(/réglés sur sa graine par défaut \(1\u202f?907\)/)).toBeInTheDocument();
  });

  it('without a saved shop, lists the shipped ones and says where the editor’s shops come from', () => {
    render(ClassLinkBuilder, { shops: SHOPS, base: 'https://ecole.example/', saved: [] });
    const menu = screen.getByLabelText('Commerce du lien de classe');
    expect(within(menu).queryByRole('group')).toBeNull();
    expect(within(menu).getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual(['', 'boulangerie-du-marche', 'sport-et-cimes']);
    expect(menu).toHaveAccessibleDescription(/figurent aussi ici, une fois enregistrés dans ce navigateur/);
  });
});
