import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../../src/app/documentTitle.ts';

describe('documentTitle', () => {
  it('names the screen in the UI language, the home screen with the app’s full name', () => {
    expect(documentTitle('fr', 'decisions')).toBe('Décisions — Fidélis');
    expect(documentTitle('en', 'decisions')).toBe('Decisions — Fidélis');
    expect(documentTitle('fr', 'customers')).toBe('Base clients — Fidélis');
    expect(documentTitle('fr', 'home')).toBe('Fidélis — simulateur de fidélisation');
    expect(documentTitle('en', 'home')).toBe('Fidélis — customer loyalty simulator');
  });
});
