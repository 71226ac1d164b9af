/**
 * The question « Aller jusqu’à la fin » asks (EndConfirm.svelte, with endLosses.ts), fetched the first time the
 * button is pressed: a learner's short game never asks it (bench app-learner-js). Used by the time bar
 * (AdvanceControls) and the Bilan before the end (DebriefRoute), through endQuestion.svelte.ts. Null when the fetch failed: the button says so
 * (app.unexpectedError, « rechargez la page »: Chromium keeps a failed module fetch until the page is reloaded).
 */
import { lazyComponent } from '../../app/lazyComponent.ts';

export type EndConfirmComponent = (typeof import('./EndConfirm.svelte'))['default'];

export const { load: loadEndConfirm } = lazyComponent(() => import('./EndConfirm.svelte'), null);
