/**
 * Mission 1 asks how many customers are in a segment: the count the customer database screen shows
 * for that segment at the start of the mission (filter by segment) must be the answer the mission
 * accepts, for every shop's question (real engine in process, small copies of the shops).
 */
import { configure, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import CustomersScreen from '../../../src/ui/customers/CustomersScreen.svelte';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import { sessionCustomerSource } from '../../../src/app/sessionCustomerSource.ts';
import { MissionController } from '../../../src/missions/missionController.svelte.ts';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';
import { setLocale, t } from '../../../src/i18n/locale.svelte.ts';
import type { MessageKey } from '../../../src/i18n/translate.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';

configure({ asyncUtilTimeout: 10_000 });

const SHOPS = ['boulangerie-du-marche', 'sport-et-cimes', 'cosmetiques-en-ligne', 'optique-lumiere'];

describe('mission 1: the answer is what the customer database shows', () => {
  beforeEach(() => setLocale('fr'));

  it.each(SHOPS)('%s', async (shop) => {
    const user = userEvent.setup();
    const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices: new Notices() });
    let text: string | null = null;
    const missions = new MissionController({
      session,
      storage: { read: () => text, write: (v) => void (text = v) },
      paths: await loadShippedMissionPaths(),
      scenarios: shippedScenarioList().map((s) => smallScenario(s, 500)),
    });
    expect(await missions.start(shop, 0, { name: 'm1' })).toBe(true);
    const check = missions.active!.mission.check;
    if (check.kind !== 'question') throw new Error('mission 1 is a question');
    const view = render(CustomersScreen, { scenario: session.scenario!, source: sessionCustomerSource(session) });
    const status = await screen.findByRole('status');
    const everyone = await within(view.container).findByText(/^\d[\d\s  ]* clients sur /);
    expect(everyone).toBe(status);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Segment' }), t(`vocabulary.segment.${check.segment}` as MessageKey));
    // the status line follows the filter: "N clients sur M"
    const shown = await new Promise<number>((resolve, reject) => {
      const started = Date.now();
      const poll = () => {
        const m = /^([\d\s  ]+) clients? sur ([\d\s  ]+)$/.exec(status.textContent ?? '');
        const n = m ? Number(m[1].replace(/\D/g, '')) : NaN;
        const total = m ? Number(m[2].replace(/\D/g, '')) : NaN;
        if (Number.isFinite(n) && n < total) resolve(n);
        else if (Date.now() - started > 10_000) reject(new Error(`compte introuvable : ${status.textContent}`));
        else setTimeout(poll, 20);
      };
      poll();
    });
    expect(shown).toBeGreaterThan(0);
    expect(await missions.answer(shown + 1)).toBe('wrong');
    expect(await missions.answer(shown)).toBe('right');
    expect(missions.status?.outcome).toBe('reussie');
  });
});
