import { describe, expect, it } from 'vitest';
import { TargetDraft } from '../../../src/app/targetDraft.svelte.ts';
import type { Target } from '../../../src/engine/decisions.ts';
import type { TargetSpend } from '../../../src/app/targetSpend.ts';

const CURVES = { all: { members: [3], spend: [30], liftSpend: [10] }, consented: { members: [2], spend: [20], liftSpend: [5] } };

/** A worker that answers when told to, and remembers what it was asked. */
function worker() {
  const asked: { target: Target; curves: boolean }[] = [];
  const waiting: (() => void)[] = [];
  const select = (target: Target, _preview: number, curves: boolean) =>
    new Promise<{ count: number; preview: never[]; spend: TargetSpend }>((resolve) => {
      asked.push({ target, curves });
      waiting.push(() => resolve({ count: 3, preview: [], spend: { active: 3, withoutConsent: 1, ...(curves ? { curves: CURVES } : {}) } }));
    });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  /** answers the oldest question, then lets the draft ask the next */
  const one = async () => {
    waiting.shift()!();
    await settle();
  };
  /** answers every question, in order, those the answers lead to included */
  const answer = Object.assign(
    async () => {
      while (waiting.length > 0) await one();
    },
    { one },
  );
  return { asked, select, answer };
}

describe('target draft: the cost curves a strategy is priced with', () => {
  it('are asked only for the target still asked once its count is in, and shown with the count', async () => {
    const { asked, select, answer } = worker();
    const draft = new TargetDraft();
    const first = draft.refresh(select);
    draft.update({ stages: ['nouveau'] });
    const second = draft.refresh(select);
    // the two counts, without curves
    expect(asked.map((a) => a.curves)).toEqual([false, false]);
    await answer();
    await Promise.all([first, second]);
    // the first count was superseded: only the target the learner ended on is priced
    expect(asked.map((a) => a.curves)).toEqual([false, false, true]);
    expect(asked[2].target).toEqual(asked[1].target);
    expect(draft.count).toBe(3);
    expect(draft.spend).toEqual({ active: 3, withoutConsent: 1, curves: CURVES });
  });

  it('keeps the count back until the curves are in (the form never prices a counted target without them)', async () => {
    const { asked, select, answer } = worker();
    const draft = new TargetDraft();
    const done = draft.refresh(select);
    await answer.one();
    // the count is in, the curves are asked
    expect(asked.map((a) => a.curves)).toEqual([false, true]);
    expect(draft.count).toBeNull();
    expect(draft.spend).toBeNull();
    await answer();
    await done;
    expect(draft.count).toBe(3);
    expect(draft.spend?.curves).toEqual(CURVES);
  });

  it('are not asked when no strategy form is shown (every strategy hidden by the class link)', async () => {
    const { asked, select, answer } = worker();
    const draft = new TargetDraft();
    const done = draft.refresh(select, false);
    await answer();
    await done;
    expect(asked.map((a) => a.curves)).toEqual([false]);
    expect(draft.count).toBe(3);
    expect(draft.spend).toEqual({ active: 3, withoutConsent: 1 });
  });
});
