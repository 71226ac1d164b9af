/**
 * QA teacher F14: a class link locking the satisfaction survey (« lock=enquete ») left the student's card listing
 * « Mesurer une satisfaction d’au moins 68 % » with nothing saying it cannot be met; the teacher's link builder warned.
 * The card now says it under that objective (the tool named when locked, not when hidden), in French and English.
 * A recruitment objective with the acquisition tool closed is harder (METRIC_NEEDS, as the builder warns): the card
 * said nothing; it now says « Plus difficile », not « Impossible ».
 */
import { configure, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import App from '../../../src/ui/App.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { freshAppPage } from '../../fixtures/appPage.ts';
import { testServices } from '../../unit/app/testServices.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

configure({ asyncUtilTimeout: 10_000 });

/** the card of a shop, and its objectives' lines */
async function objectives(startName: string | RegExp): Promise<HTMLElement[]> {
  const start = await screen.findByRole('button', { name: startName });
  return [...start.closest('article')!.querySelectorAll<HTMLElement>('.objectives > li')];
}

describe('a home card under a class link that closes the survey', () => {
  freshAppPage();
  afterEach(() => setLocale('fr'));

  it('French, survey locked: the satisfaction objective says it cannot be met, naming the tool; the others say nothing', async () => {
    history.replaceState(null, '', '/?shop=boulangerie-du-marche&lock=enquete');
    render(App, { services: testServices() });
    // toHaveTextContent reads the non-breaking spaces as plain ones
    const note = 'Impossible à atteindre avec le lien de votre enseignant : il faut l’outil « Enquête de satisfaction », qu’il a verrouillé.';
    await screen.findAllByText(/Outils verrouillés par votre enseignant/);
    const lines = await objectives(frenchText`Commencer « Boulangerie du Marché »`);
    const satisfaction = lines.filter((li) => /satisfaction/i.test(li.textContent!));
    expect(satisfaction).toHaveLength(1);
    expect(satisfaction[0]).toHaveTextContent(note);
    for (const li of lines) if (li !== satisfaction[0]) expect(li).not.toHaveTextContent('Impossible à atteindre');
  });

  it('survey hidden: said without naming the hidden tool', async () => {
    history.replaceState(null, '', '/?shop=boulangerie-du-marche&hide=enquete');
    render(App, { services: testServices() });
    const start = frenchText`Commencer « Boulangerie du Marché »`;
    await screen.findByRole('button', { name: start });
    await screen.findByText('Commerce choisi par votre enseignant');
    const lines = await objectives(start);
    const flagged = lines.filter((li) => li.textContent!.includes('Impossible à atteindre'));
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toHaveTextContent('Impossible à atteindre avec le lien de votre enseignant : l’outil qu’il demande n’est pas disponible.');
    expect(flagged[0]).not.toHaveTextContent('Enquête');
  });

  it('English, survey locked: the same note', async () => {
    history.replaceState(null, '', '/?shop=boulangerie-du-marche&lock=enquete&lang=en');
    await setLocale('en');
    render(App, { services: testServices() });
    await screen.findAllByText(/Tools locked by your teacher/);
    const lines = await objectives(/^Start “Market Square Bakery”/);
    expect(lines.filter((li) => li.textContent!.includes('Cannot be met with your teacher’s link: it needs the “Satisfaction survey” tool, which the link locks.'))).toHaveLength(1);
  });

  it('without a lock on the survey: no objective flagged', async () => {
    history.replaceState(null, '', '/?shop=boulangerie-du-marche&lock=financier');
    render(App, { services: testServices() });
    await screen.findAllByText(/Outils verrouillés par votre enseignant/);
    const lines = await objectives(frenchText`Commencer « Boulangerie du Marché »`);
    expect(lines.length).toBeGreaterThan(0);
    for (const li of lines) expect(li).not.toHaveTextContent('Impossible à atteindre');
  });
});

describe('a home card under a class link that closes the acquisition tool', () => {
  freshAppPage();
  afterEach(() => setLocale('fr'));
  const start = frenchText`Commencer « Optique Lumière »`;

  it('French, acquisition locked: the recruitment objective says it is harder, naming the tool, and no objective says impossible', async () => {
    history.replaceState(null, '', '/?shop=optique-lumiere&lock=acquisition');
    render(App, { services: testServices() });
    await screen.findAllByText(/Outils verrouillés par votre enseignant/);
    const lines = await objectives(start);
    const recruit = lines.filter((li) => /recruter/i.test(li.textContent!));
    expect(recruit).toHaveLength(1);
    expect(recruit[0]).toHaveTextContent('Plus difficile avec le lien de votre enseignant : l’outil « Recrutement », qui y aide, est verrouillé.');
    for (const li of lines) expect(li).not.toHaveTextContent('Impossible à atteindre');
    for (const li of lines) if (li !== recruit[0]) expect(li).not.toHaveTextContent('Plus difficile');
  });

  it('acquisition hidden, survey locked: the recruitment objective is harder without naming the tool, the satisfaction one impossible', async () => {
    history.replaceState(null, '', '/?shop=optique-lumiere&hide=acquisition&lock=enquete');
    render(App, { services: testServices() });
    await screen.findAllByText(/Outils verrouillés par votre enseignant/);
    const lines = await objectives(start);
    const harder = lines.filter((li) => li.textContent!.includes('Plus difficile'));
    expect(harder).toHaveLength(1);
    expect(harder[0]).toHaveTextContent(/recruter/i);
    expect(harder[0]).toHaveTextContent('Plus difficile avec le lien de votre enseignant : un outil qui y aide n’est pas disponible.');
    expect(harder[0]).not.toHaveTextContent('Recrutement');
    const impossible = lines.filter((li) => li.textContent!.includes('Impossible à atteindre'));
    expect(impossible).toHaveLength(1);
    expect(impossible[0]).toHaveTextContent(/satisfaction/i);
  });

  it('English, acquisition locked: the same note', async () => {
    history.replaceState(null, '', '/?shop=optique-lumiere&lock=acquisition&lang=en');
    await setLocale('en');
    render(App, { services: testServices() });
    await screen.findAllByText(/Tools locked by your teacher/);
    const lines = await objectives(/^Start “Lumière Opticians”/);
    const harder = lines.filter((li) => li.textContent!.includes('Harder with your teacher’s link: the “Recruitment” tool, which helps with it, is locked.'));
    expect(harder).toHaveLength(1);
    expect(harder[0]).toHaveTextContent(/recruit/i);
  });
});
