/**
 * A class link naming a shop (QA B10): its card names the tools the teacher locked, and the other
 * shops stay available (self-learners) but folded under « Autres commerces », so a student does not
 * start one by mistake.
 */
import { configure, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../../../src/ui/App.svelte';
import { freshAppPage } from '../../fixtures/appPage.ts';
import { testServices } from '../../unit/app/testServices.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

configure({ asyncUtilTimeout: 10_000 });

describe('the home page from a class link', () => {
  freshAppPage();

  it('names the locks on the chosen card and folds the other shops', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', '/?shop=sport-et-cimes&lock=enquete,financier&hide=acquisition');
    render(App, { services: testServices() });
    const note = (await screen.findByText('Commerce choisi par votre enseignant')).closest<HTMLElement>('[data-testid="class-note"]')!;
    expect(note).toHaveTextContent('Outils verrouillés par votre enseignant : Avantage financier, Enquête de satisfaction');
    expect(note).not.toHaveTextContent('Recrutement');
    // only the chosen shop can be started at a glance
    const visibleStarts = screen.getAllByRole('button', { name: /^Commencer/ }).filter(isVisible);
    expect(visibleStarts.map((b) => b.textContent)).toEqual([frenchText`Commencer « Sport et Cimes »`]);
    const others = screen.getByTestId('other-shops');
    expect(others).not.toHaveAttribute('open');
    expect(within(others).getByText('Autres commerces (hors choix de votre enseignant)')).toBeInTheDocument();
    const bakery = within(others).getByRole('button', { name: frenchText`Commencer « Boulangerie du Marché »` });
    expect(bakery).not.toBeVisible();
    // still there for a self-learner: one click opens them, with the same locks said
    await user.click(within(others).getByText('Autres commerces (hors choix de votre enseignant)'));
    expect(bakery).toBeVisible();
    expect(within(bakery.closest('article')!).getByTestId('class-note')).toHaveTextContent('Outils verrouillés par votre enseignant');
  });

  it('without a shop in the link, every shop is shown as before (the locks still said)', async () => {
    history.replaceState(null, '', '/?lock=enquete');
    render(App, { services: testServices() });
    await screen.findByRole('button', { name: frenchText`Commencer « Sport et Cimes »` });
    // the link is applied once its parser has loaded
    expect((await screen.findAllByText(/Outils verrouillés par votre enseignant : Enquête de satisfaction/)).length).toBeGreaterThan(1);
    expect(screen.queryByTestId('other-shops')).not.toBeInTheDocument();
    for (const b of screen.getAllByRole('button', { name: /^Commencer/ })) expect(b).toBeVisible();
  });
});

/** Not inside a closed <details> (what jest-dom's toBeVisible checks, as a filter). */
function isVisible(el: HTMLElement): boolean {
  return !el.closest('details:not([open]) > :not(summary)');
}
