import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../src/ui/App.svelte';

describe('App', () => {
  it('shows the title in French', () => {
    render(App);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Fidélis');
  });
});
