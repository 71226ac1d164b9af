/**
 * QA verify3 V3: estimates whose effect is not demonstrated can rank programmes the wrong way (sport: club argent
 * +47 % vs club sympathie/orgueil +15 %, true effects −3 642 € vs +13 854 €). A table listing two or more
 * programmes, one of them « non démontré », warns against ranking them.
 */
import { describe, expect, it } from 'vitest';
import { rankingNotShown } from '../../../src/app/programmeEffect.ts';

const notShown = { incrementalMarginToDate: 900, incrementalMarginError: 1000, costToDate: 100 };
const profitable = { incrementalMarginToDate: 5000, incrementalMarginError: 1000, costToDate: 100 };
const unmeasured = { incrementalMarginToDate: null, incrementalMarginError: null, costToDate: 100 };

describe('rankingNotShown', () => {
  it('warns when two or more programmes are listed and one effect is not demonstrated', () => {
    expect(rankingNotShown([notShown, profitable])).toBe(true);
    expect(rankingNotShown([notShown, notShown, unmeasured])).toBe(true);
  });
  it('says nothing for a single programme, or when no listed effect is « non démontré »', () => {
    expect(rankingNotShown([notShown])).toBe(false);
    expect(rankingNotShown([])).toBe(false);
    expect(rankingNotShown([profitable, profitable, unmeasured])).toBe(false);
  });
});
