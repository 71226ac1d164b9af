/** QA qa12 F7: the notice of a reopened run's class settings, closed with « × », came back at every reload (phone: most of the first screen). */
import { describe, expect, it } from 'vitest';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { tellRunSettings } from '../../../src/presets/classSettings.svelte.ts';
import type { RunClassSettings } from '../../../src/presets/runClass.ts';
import { memoryStorage } from '../../fixtures/memoryStorage.ts';

const link: RunClassSettings = { shop: 'boulangerie', seed: 4242, mode: 'committed', lock: ['financier'], hide: [] };
const told = (notices: Notices) => notices.list.filter((n) => n.key === 'presets.runSettings');

describe('the notice of a run’s class settings', () => {
  it('closed by the learner, stays closed at the reloads of this tab', () => {
    const tab = memoryStorage();
    const first = new Notices();
    tellRunSettings(first, link, 'boulangerie', tab);
    expect(told(first)).toHaveLength(1);
    first.dismiss(told(first)[0].id);

    // a reload: a new page, the same tab
    const reloaded = new Notices();
    tellRunSettings(reloaded, { ...link, lock: [...link.lock] }, 'boulangerie', tab);
    expect(told(reloaded)).toEqual([]);
  });

  it('is told again for another link’s settings, in another tab, and when it went by itself', () => {
    const tab = memoryStorage();
    const first = new Notices();
    tellRunSettings(first, link, 'boulangerie', tab);
    first.dismiss(told(first)[0].id);

    const otherLink = new Notices();
    tellRunSettings(otherLink, { ...link, lock: ['financier', 'enquete'] }, 'boulangerie', tab);
    expect(told(otherLink)).toHaveLength(1);

    const otherTab = new Notices();
    tellRunSettings(otherTab, link, 'boulangerie', memoryStorage());
    expect(told(otherTab)).toHaveLength(1);

    // gone with the period, not closed: back at the next reload
    const passing = memoryStorage();
    const played = new Notices();
    tellRunSettings(played, link, 'boulangerie', passing);
    played.periodAdvanced();
    const reloaded = new Notices();
    tellRunSettings(reloaded, link, 'boulangerie', passing);
    expect(told(reloaded)).toHaveLength(1);
  });

  it('is told as before where the tab has no storage', () => {
    const notices = new Notices();
    tellRunSettings(notices, link, 'boulangerie', null);
    notices.dismiss(told(notices)[0].id);
    tellRunSettings(notices, link, 'boulangerie', null);
    expect(told(notices)).toHaveLength(1);
  });
});
