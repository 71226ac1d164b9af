/**
 * The question « Aller jusqu’à la fin » asks is fetched when the button is first pressed (ui/decisions/endConfirmCode.ts):
 * when that fetch fails (offline, a new version deployed meanwhile), the button says so, « rechargez la page », rather than
 * doing nothing (Chromium keeps a failed module fetch until the page is reloaded), and no period is played.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import AdvanceControls from '../../../src/ui/decisions/AdvanceControls.svelte';
import DebriefRoute from '../../../src/ui/shell/DebriefRoute.svelte';
import { translate } from '../../../src/i18n/translate.ts';
import { plainSpaces } from '../../../src/i18n/frenchSpacing.ts';
import { scenario, started } from './session.ts';

vi.mock('../../../src/ui/decisions/EndConfirm.svelte', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('« Aller jusqu’à la fin » when its question cannot be fetched', () => {
  it('says so next to the buttons, asks nothing and plays nothing', async () => {
    const user = userEvent.setup();
    const { session } = await started({ ...scenario, durationTicks: 6 });
    render(AdvanceControls, { session });
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    expect(plainSpaces((await screen.findByRole('alert')).textContent ?? '')).toBe(plainSpaces(translate('fr', 'app.unexpectedError')));
    expect(screen.queryByTestId('advance-end-confirm')).toBeNull();
    expect(screen.getByRole('button', { name: 'Aller jusqu’à la fin' })).toBeInTheDocument();
    expect(session.tick).toBe(0);
  });

  // review6 #2: the same alert left in place says nothing new to a screen reader at a second failed press
  for (const [where, component] of [
    ['the time bar', AdvanceControls],
    ['the Bilan', DebriefRoute],
  ] as const)
    it(`says it again at each press that fails, in ${where}: the alert is inserted again`, async () => {
      const user = userEvent.setup();
      const { session } = await started({ ...scenario, durationTicks: 6 });
      render(component, { session });
      const failure = plainSpaces(translate('fr', 'app.unexpectedError'));
      const alert = async () => (await screen.findAllByRole('alert')).find((a) => plainSpaces(a.textContent ?? '') === failure);
      await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
      const first = await alert();
      expect(first).toBeDefined();
      await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
      await waitFor(async () => expect(await alert()).toBeDefined());
      await waitFor(async () => expect(await alert()).not.toBe(first));
      expect(first!.isConnected).toBe(false);
      expect(session.tick).toBe(0);
    });
});
