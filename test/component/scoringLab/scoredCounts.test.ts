/**
 * The lab showed two counts both called « notés » once periods had been played since the freeze: the target's
 * « 50 clients ciblés sur 291 notés » (the customers scored now, at the period being prepared) and the result's
 * « 12 sur 300 clients notés » (those scored when the prediction was frozen, the ones it is checked on). Two
 * figures, one word: each now says which customers it counts, in French and in English; once a prediction is
 * frozen, the target's line also says it is what a new prediction would target (QA qa15 F5).
 */
import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import { scoringLab } from '../../../src/app/scoringLab/labStore.svelte.ts';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import ScoringLabScreen from '../../../src/ui/scoringLab/ScoringLabScreen.svelte';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';

configure({ asyncUtilTimeout: 10_000 });

afterEach(async () => {
  scoringLab.reset();
  await setLocale('fr');
});

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const digits = (s: string) => Number(s.replace(/\D/g, ''));

describe('scoring lab: the two counts of scored customers', () => {
  it.each([
    {
      locale: 'fr' as const,
      now: /^50 clients ciblés sur ([\d ]+) notés cette semaine\.$/,
      afterFreeze: /^50 clients ciblés sur ([\d ]+) notés cette semaine \(ce que viserait une nouvelle prédiction\)\.$/,
      frozen: /sur les ([\d ]+) clients actifs quand vous avez figé la prédiction\.$/,
      dormant: /^Déjà dormants? quand vous avez figé la prédiction : ([\d ]+) clients? notés?/,
    },
    {
      locale: 'en' as const,
      now: /^50 customers targeted out of ([\d,]+) scored this week\.$/,
      afterFreeze: /^50 customers targeted out of ([\d,]+) scored this week \(what a new prediction would target\)\.$/,
      frozen: /out of the ([\d,]+) customers active when you froze the prediction\.$/,
      dormant: /^Already dormant when you froze the prediction: ([\d,]+) scored customers?/,
    },
  ])(
    '$locale: the customers scored now and those scored at the freeze are told apart',
    async ({ locale, now, afterFreeze, frozen, dormant }) => {
      await setLocale(locale);
      const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices: new Notices() });
      await session.start(smallScenario(shippedScenarioList()[0], 300), 5, 'lab');
      const first = render(ScoringLabScreen, { session });
      await waitFor(() => expect(plain(screen.getByTestId('lab-count').textContent)).toMatch(now));
      const atFreeze = digits(plain(screen.getByTestId('lab-count').textContent).match(now)![1]);
      await screen.getByRole('button', { name: locale === 'fr' ? 'Figer cette prédiction' : 'Freeze this prediction' }).click();
      first.unmount();
      await session.advance(6);
      render(ScoringLabScreen, { session });
      const result = await screen.findByTestId('lab-result', {}, { timeout: 30_000 });
      // once frozen, the target's line says it is what a new prediction would target now (QA qa15 F5)
      await waitFor(() => expect(plain(screen.getByTestId('lab-count').textContent)).toMatch(afterFreeze));
      const scoredNow = digits(plain(screen.getByTestId('lab-count').textContent).match(afterFreeze)![1]);
      const since = within(result).getByText((_, el) => el?.tagName === 'P' && frozen.test(plain(el.textContent)));
      const scoredThen = digits(plain(since.textContent).match(frozen)![1]);
      // the rates count the customers active at the freeze, those already dormant are counted apart (QA qa29self M-2)
      const dormantLine = within(result).queryByTestId('lab-dormant');
      const dormantThen = dormantLine ? digits(plain(dormantLine.textContent).match(dormant)![1]) : 0;
      // the two figures differ (customers won and lost since), each named for what it counts
      expect(scoredThen + dormantThen).toBe(atFreeze);
      expect(scoredNow).not.toBe(scoredThen);
    },
    60_000,
  );
});
