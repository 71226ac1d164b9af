/**
 * review22 m2: a personalisation launched when its set-up ends after the game's last period costs its set-up and acts on
 * nothing (under GRADING_RULES 7 a mission keeping it running is lost: « lancé trop tard »), and the form only said
 * « Premiers effets attendus après 6 semaines de mise en place », even at week 47 of 52. It now says so before « Appliquer »,
 * by the engine's rule (missions/evaluate.ts notActed: its effect tick, launch + set-up, after the last tick durationTicks − 1).
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import StrategyCost from '../../../src/ui/decisions/StrategyCost.svelte';
import { loadLocale, setLocale } from '../../../src/i18n/locale.svelte.ts';

const estimate = { perTick: 10, setup: 150, total: 160, delayTicks: 6 };

describe('the strategy form: first effects after the end of the game', () => {
  afterEach(() => setLocale('fr'));

  it('says the programme would achieve nothing when its set-up lasts as long as what is left, or longer', async () => {
    // week 47 of 52 (tick 46): 6 periods left, its effect tick 52 comes after the last one, 51
    render(StrategyCost, { estimate, ticks: 6, unit: 'week', left: 6 });
    expect(await screen.findByTestId('strategy-late')).toHaveTextContent('Ses premiers effets viendraient après la fin de la partie : ce programme ne produirait rien.');
  });

  it('says nothing when its first effects come in the last period, nor without a set-up', async () => {
    // tick 45: effect tick 51, the last one: the engine counts it as acting
    render(StrategyCost, { estimate, ticks: 7, unit: 'week', left: 7 });
    render(StrategyCost, { estimate: { ...estimate, setup: 0, delayTicks: 0 }, ticks: 1, unit: 'week', left: 1 });
    await loadLocale('fr', 'dashboardResults'); // its text there: its absence is the rule's
    await screen.findAllByTestId('strategy-cost');
    expect(screen.queryByTestId('strategy-late')).toBeNull();
  });

  it('in English too', async () => {
    await setLocale('en');
    render(StrategyCost, { estimate: { ...estimate, delayTicks: 2 }, ticks: 1, unit: 'month', left: 1 });
    expect(await screen.findByTestId('strategy-late')).toHaveTextContent('Its first effects would come after the end of the game: this programme would achieve nothing.');
  });
});
