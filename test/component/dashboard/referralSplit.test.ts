/**
 * QA shops 9: the feed said « 45 nouveaux clients, dont 27 par parrainage » beside a referral campaign of 16 recruits,
 * and the campaign table's note gave the paid campaigns' rule (« 85 % repartent ») over a referral-only row where 7 of
 * 16 stayed. The feed splits the referred as the « Nouveaux clients » glass box does; the note says the rule as a rule,
 * with the table's own figures, and referral apart.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { TickKpis } from '../../../src/engine/types.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { tickItems } from '../../../src/ui/dashboard/eventFeed.ts';
import { feedText } from '../../../src/ui/dashboard/feedText.ts';
import CampaignReturns from '../../../src/ui/dashboard/CampaignReturns.svelte';
import { makeKpi, makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

/** month 1 of the optician: a 1 992 € referral campaign, 16 recruits, 27 referred in all, 45 new customers */
const referralMonth: TickKpis = {
  ...makeKpi(0),
  acquired: 45,
  acquiredByReferral: 27,
  acquisitionSpendByChannel: { parrainage: 1992 },
  campaignRecruits: { parrainage: { recruited: 16, stillCustomers: 16, margin: 900 } },
};
const acquisitionLine = (k: TickKpis, locale: 'fr' | 'en') => norm(feedText(locale, tickItems(fixtureScenario(), k, []).find((i) => i.kind === 'acquisitions')!));

afterEach(() => setLocale('fr'));

describe('the referred new customers, split', () => {
  it('the feed says the referral campaign’s recruits and the spontaneous recommendations apart', () => {
    expect(acquisitionLine(referralMonth, 'fr')).toBe('45 nouveaux clients, dont 16 recrutés par la campagne de parrainage et 11 recommandés spontanément par un client.');
    expect(acquisitionLine(referralMonth, 'en')).toBe('45 new customers, of which 16 recruited by the referral campaign and 11 referred by customers on their own.');
    const noCampaign = { ...referralMonth, acquisitionSpendByChannel: {}, campaignRecruits: {}, acquiredByReferral: 1 };
    expect(acquisitionLine(noCampaign, 'fr')).toBe('45 nouveaux clients, dont 1 recommandé spontanément par un client.');
  });

  it('the campaign table’s note gives the rule of paid campaigns only with their figures, and referral apart', async () => {
    const kpis = makeKpiSeries(3, (k) => ({
      ...k,
      acquisitionSpendByChannel: k.tick === 0 ? { parrainage: 1992 } : {},
      campaignRecruits: { parrainage: { recruited: k.tick === 0 ? 16 : 0, stillCustomers: 7, margin: 100 } },
    }));
    const first = render(CampaignReturns, { kpis, idPrefix: 'c' });
    const note = norm(document.getElementById('c-note')!.textContent);
    expect(note).not.toContain('repartent');
    expect(note).toContain('Ici, recrues du parrainage encore clientes à ce jour : 7 sur 16.');
    first.unmount();
    const paid = makeKpiSeries(2, (k) => ({
      ...k,
      acquisitionSpendByChannel: k.tick === 0 ? { flyers: 1000 } : {},
      campaignRecruits: { flyers: { recruited: k.tick === 0 ? 25 : 0, stillCustomers: 15, margin: 100 } },
    }));
    await setLocale('en');
    render(CampaignReturns, { kpis: paid, idPrefix: 'p' });
    const en = norm(document.getElementById('p-note')!.textContent);
    expect(en).toContain('as a rule, 85% leave after their next purchase. Here, recruits of paid campaigns still customers to date: 15 of 25.');
    expect(en).not.toContain('Referral');
    expect(screen.getByRole('table')).toHaveAccessibleDescription(/15 of 25/);
  });
});
