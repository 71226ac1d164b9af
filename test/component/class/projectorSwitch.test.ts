/**
 * The class view's « Affichage projecteur » switch (QA verify 2, N7): the teacher's choice is
 * remembered on this browser and applied when the view opens again, a link's ?display= winning over
 * it; the note under the box describes it and is not part of its name.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import ProjectorSwitch from '../../../src/ui/class/ProjectorSwitch.svelte';

afterEach(async () => {
  localStorage.clear();
  delete document.documentElement.dataset.display;
  window.history.replaceState(null, '', '/');
  await setLocale('fr');
});

describe('the projector switch of the class view', () => {
  it('is named « Affichage projecteur », its note being its description', () => {
    render(ProjectorSwitch);
    const box = screen.getByRole('checkbox', { name: 'Affichage projecteur' });
    expect(box).toHaveAccessibleDescription(/^Texte agrandi\s;\sl’écart avec «\ssans action\s» suit le nom/);
  });

  // QA qa15 F1: the teacher looked for « Voir le bilan » on the projector, nothing saying it was hidden
  it('says in its note what the projector hides and how to get it back', async () => {
    render(ProjectorSwitch);
    expect(screen.getByRole('checkbox', { name: 'Affichage projecteur' })).toHaveAccessibleDescription(
      /La colonne «\sVérification\s», les marques «\srésultat identique\s» et les boutons «\sVoir le bilan\s» sont masqués\s: décochez pour les retrouver\.$/,
    );
    await setLocale('en');
    expect(screen.getByRole('checkbox', { name: 'Projector display' })).toHaveAccessibleDescription(/the “View the debrief” buttons are hidden: untick to get them back\.$/);
  });

  it('is named « Projector display » in English', async () => {
    await setLocale('en');
    render(ProjectorSwitch);
    expect(screen.getByRole('checkbox', { name: 'Projector display' })).toHaveAccessibleDescription(/^Larger text; the difference/);
  });

  it('keeps the teacher’s choice for the next visit', async () => {
    const first = render(ProjectorSwitch);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Affichage projecteur' }));
    expect(document.documentElement.dataset.display).toBe('projector');
    first.unmount();

    // a reload: the page starts in its standard display
    delete document.documentElement.dataset.display;
    const second = render(ProjectorSwitch);
    expect(screen.getByRole('checkbox', { name: 'Affichage projecteur' })).toBeChecked();
    expect(document.documentElement.dataset.display).toBe('projector');

    // switched off: off at the next visit too
    await userEvent.click(screen.getByRole('checkbox', { name: 'Affichage projecteur' }));
    second.unmount();
    render(ProjectorSwitch);
    expect(screen.getByRole('checkbox', { name: 'Affichage projecteur' })).not.toBeChecked();
    expect(document.documentElement.dataset.display).toBeUndefined();
  });

  it('leaves the display to a link that sets one', async () => {
    const first = render(ProjectorSwitch);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Affichage projecteur' }));
    first.unmount();

    delete document.documentElement.dataset.display;
    window.history.replaceState(null, '', '/?display=contrast#/class');
    render(ProjectorSwitch);
    // the link's parser applies its display after the view opened
    document.documentElement.dataset.display = 'contrast';
    await Promise.resolve();
    expect(screen.getByRole('checkbox', { name: 'Affichage projecteur' })).not.toBeChecked();
    expect(document.documentElement.dataset.display).toBe('contrast');
  });

  it('shows the link’s projector display applied after the view opened', async () => {
    localStorage.setItem('fidelis.classView.projector', '0');
    window.history.replaceState(null, '', '/?display=projector#/class');
    render(ProjectorSwitch);
    document.documentElement.dataset.display = 'projector';
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Affichage projecteur' })).toBeChecked());
    // switched off, the standard display (the link gave no other)
    await userEvent.click(screen.getByRole('checkbox', { name: 'Affichage projecteur' }));
    expect(document.documentElement.dataset.display).toBeUndefined();
  });
});
