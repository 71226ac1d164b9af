/**
 * The scoring lab's campaign says how many of its customers a reminder (e-mail or SMS) will not
 * contact for want of consent (RGPD, src/engine/consent.ts): those still there without consent;
 * an in-store action contacts them all.
 */
import { describe, expect, it } from 'vitest';
import { campaignAction, notContacted } from '../../../src/app/scoringLab/campaign.ts';

const records = [
  { id: 0, consent: true, stage: 'actif' as const },
  { id: 1, consent: false, stage: 'actif' as const },
  { id: 2, consent: false, stage: 'perdu' as const },
  { id: 3, consent: false, stage: 'dormant' as const },
  { id: 4, consent: false, stage: 'actif' as const },
];

describe('scoring lab campaign and consent', () => {
  it('counts the targeted customers still there without consent for a reminder, none for the in-store tools', () => {
    const ids = [0, 1, 2, 3];
    expect(notContacted(campaignAction('personnalisation', ids), records, ids)).toBe(2);
    for (const strategy of ['financier', 'lienSocial', 'customisation'] as const) expect(notContacted(campaignAction(strategy, ids), records, ids)).toBe(0);
  });
});
