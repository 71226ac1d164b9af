/**
 * « Effacer les filtres » disables itself once no filter is left. Pressed with the keyboard, the focus goes to the search
 * field, where the next search starts (QA a11y qa8 F5: Chromium dropped it on the page body). A tap must not: the
 * focused search field brought up a phone's or a tablet's on-screen keyboard over the list the learner was looking at,
 * whether the browser focuses a tapped button (Chromium on Android) or not (Safari on iOS).
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import CustomerFilters from '../../../src/ui/customers/CustomerFilters.svelte';

function filters() {
  const onchange = vi.fn();
  render(CustomerFilters, { filter: { text: 'moreau', loyaltyCard: true }, onchange });
  const reset = screen.getByRole('button', { name: 'Effacer les filtres' });
  const search = screen.getByRole('searchbox', { name: 'Rechercher un nom ou un numéro' });
  return { onchange, reset, search };
}

describe('« Effacer les filtres » and the focus', () => {
  it('pressed with the keyboard: the filters are cleared and the focus goes to the search field', async () => {
    const user = userEvent.setup();
    const { onchange, reset, search } = filters();
    reset.focus();
    await user.keyboard('{Enter}');
    expect(onchange).toHaveBeenCalledWith({});
    expect(search).toHaveFocus();
  });

  it('tapped where the browser focuses the button (Chromium on Android): cleared, the search field not focused', () => {
    const { onchange, reset, search } = filters();
    reset.focus();
    reset.dispatchEvent(new PointerEvent('click', { bubbles: true, cancelable: true, pointerType: 'touch', detail: 1 }));
    expect(onchange).toHaveBeenCalledWith({});
    expect(search).not.toHaveFocus();
  });

  it('tapped where the browser leaves the focus where it was (Safari on iOS): cleared, the search field not focused', () => {
    const { onchange, reset, search } = filters();
    reset.dispatchEvent(new PointerEvent('click', { bubbles: true, cancelable: true, pointerType: 'touch', detail: 1 }));
    expect(onchange).toHaveBeenCalledWith({});
    expect(search).not.toHaveFocus();
    expect(document.activeElement).toBe(document.body);
  });
});
