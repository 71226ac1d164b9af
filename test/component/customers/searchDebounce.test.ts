/**
 * QA qa28big m2: the search field filtered the list at each key, 184 to 268 ms per letter on the biggest shop's 16 614
 * customers: the letters lagged and jumped. The text typed shows at once and goes to the list once the typing pauses
 * (180 ms), or at once on Enter; a filter cleared from outside clears the field.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import CustomerFilters from '../../../src/ui/customers/CustomerFilters.svelte';
import type { CustomerFilter } from '../../../src/ui/customers/customerSource.ts';

describe('the customer search waits for the typing to pause', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function filters(filter: CustomerFilter = { loyaltyCard: true }) {
    const onchange = vi.fn<(f: CustomerFilter) => void>();
    const view = render(CustomerFilters, { filter, onchange });
    const search = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Rechercher un nom ou un numéro' });
    return { onchange, view, search };
  }

  it('sends the text once the keys stop, not at each one, with the other filters kept', async () => {
    const { onchange, search } = filters();
    for (const value of ['M', 'Ma', 'Mar', 'Mart']) {
      await fireEvent.input(search, { target: { value } });
      vi.advanceTimersByTime(100);
    }
    expect(onchange).not.toHaveBeenCalled();
    expect(search.value).toBe('Mart');
    vi.advanceTimersByTime(100);
    expect(onchange).toHaveBeenCalledTimes(1);
    expect(onchange).toHaveBeenLastCalledWith({ loyaltyCard: true, text: 'Mart' });
    vi.advanceTimersByTime(1000);
    expect(onchange).toHaveBeenCalledTimes(1);
  });

  it('sends it at once on Enter, and not again after the delay', async () => {
    const { onchange, search } = filters();
    await fireEvent.input(search, { target: { value: 'Martin' } });
    await fireEvent.keyDown(search, { key: 'Enter' });
    expect(onchange).toHaveBeenCalledTimes(1);
    expect(onchange).toHaveBeenLastCalledWith({ loyaltyCard: true, text: 'Martin' });
    vi.advanceTimersByTime(1000);
    expect(onchange).toHaveBeenCalledTimes(1);
  });

  it('a field emptied sends no text; a filter cleared from outside empties the field and drops the text being typed', async () => {
    const { onchange, view, search } = filters({ text: 'moreau' });
    expect(search.value).toBe('moreau');
    await fireEvent.input(search, { target: { value: '' } });
    vi.advanceTimersByTime(200);
    expect(onchange).toHaveBeenLastCalledWith({});
    await view.rerender({ filter: { text: 'dupont' } });
    expect(search.value).toBe('dupont');
    await fireEvent.input(search, { target: { value: 'dupontel' } });
    await view.rerender({ filter: {} });
    expect(search.value).toBe('');
    vi.advanceTimersByTime(1000);
    expect(onchange).toHaveBeenCalledTimes(1);
  });
});
