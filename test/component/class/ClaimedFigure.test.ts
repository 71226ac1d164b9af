/**
 * A claimed figure is struck only when the replay contradicts that very figure, the replay's value first (QA qa33teacherEn
 * m2: the forged figure first was the one read, on the projector too), the claim after it, said in words.
 */
import { render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import ClaimedFigure from '../../../src/ui/class/ClaimedFigure.svelte';

afterEach(() => setLocale('fr'));

describe('ClaimedFigure', () => {
  it('strikes a figure of a refuted file that the replay contradicts, and says the replay’s value', () => {
    const { container } = render(ClaimedFigure, { status: 'refuted', text: '412 000 €', replayed: '392 000 €' });
    expect(container.querySelector('s')?.textContent).toBe('412 000 €');
    expect(container.textContent?.replace(/\s+/g, ' ').trim()).toBe('392 000 € (selon le rejeu ; chiffre faux déclaré par le fichier : 412 000 €)');
  });

  it('shows as is a figure of a refuted file that the replay gives too', () => {
    const { container } = render(ClaimedFigure, { status: 'refuted', text: '151 350 €' });
    expect(container.textContent?.trim()).toBe('151 350 €');
    expect(container.querySelector('s')).toBeNull();
  });

  it('labels a figure of another model version « non vérifié » without striking it, and a confirmed one plain', () => {
    const other = render(ClaimedFigure, { status: 'otherModel', text: '3 / 5', replayed: '1 / 5' });
    expect(other.container.querySelector('s')).toBeNull();
    expect(other.container.textContent).toMatch(/^\s*3 \/ 5 \(non vérifié\)\s*$/);
    const confirmed = render(ClaimedFigure, { status: 'confirmed', text: '2 / 5' });
    expect(confirmed.container.textContent?.trim()).toBe('2 / 5');
  });

  it('speaks the reader’s language', async () => {
    await setLocale('en');
    const { container } = render(ClaimedFigure, { status: 'refuted', text: '€412,000', replayed: '€392,000' });
    expect(container.textContent?.replace(/\s+/g, ' ').trim()).toBe('€392,000 (according to the replay; false figure claimed by the file: €412,000)');
  });
});
