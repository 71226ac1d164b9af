/**
 * The feed says every programme launched in a period and the acquisition campaign (QA play F3: at
 * week 1, four programmes, a flyer campaign and a survey were launched; the feed said only the
 * programme with an RGPD note and the survey). Real engine run of the shipped bakery.
 */
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { runSimulation } from '../../../src/engine/index.ts';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { parseScenario } from '../../../src/scenario/load.ts';
import EventFeed from '../../../src/ui/dashboard/EventFeed.svelte';
import { formatMoney } from '../../../src/app/format.ts';

const parsed = parseScenario(JSON.parse(readFileSync('scenarios/boulangerie-du-marche.json', 'utf8')));
if (!parsed.ok) throw new Error('bakery');
const bakery = parsed.scenario;
const run = runSimulation(bakery, {
  seed: bakery.defaultSeed,
  ticks: 2,
  decisions: decisionsLogSchema.parse([
    {
      tick: 0,
      actions: [
        // on parts of the base, within the bakery's 4 000 € budget
        { type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { stages: ['actif'], limit: 300 } },
        { type: 'lienSocial', instrument: 'club', target: { limit: 300 } },
        { type: 'personnalisation', instrument: 'relancePersonnalisee', target: { limit: 400 } },
        { type: 'customisation', instrument: 'offreSurMesure', target: { stages: ['nouveau', 'actif'], limit: 100 } },
        { type: 'acquisition', channel: 'flyers', budget: 500 },
        { type: 'enquete', instrument: 'questionnaire', sampleSize: 50 },
      ],
    },
  ]),
});
const kpis = run.reports.map((r) => r.kpis);

/** the week-1 entry of the feed (newest first: the last one) */
function firstWeek(shown: typeof kpis = kpis): HTMLElement {
  render(EventFeed, { scenario: bakery, kpis: shown, reports: run.reports });
  const week = screen.getByRole('heading', { level: 4, name: /1$/ });
  return week.closest('li')!;
}
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

afterEach(() => setLocale('fr'));

describe('the event feed of the week the programmes start', () => {
  it('ran as the learner decided: nothing refused, four programmes, the flyers spent', () => {
    expect(run.reports[0].rejected).toEqual([]);
    expect(kpis[0].programmes.filter((p) => p.startTick === 0)).toHaveLength(4);
    expect(kpis[0].acquisitionSpendByChannel.flyers).toBe(500);
  });

  it('names every programme launched, with its members, and the campaign with what it spent (fr)', () => {
    const lines = within(firstWeek())
      .getAllByRole('listitem')
      .map((li) => plain(li.textContent));
    const launched = lines.find((l) => l.startsWith('Programmes lancés : '));
    expect(launched).toBeDefined();
    for (const name of ['Avantage financier — Bons de réduction', 'Lien social — Club clients', 'Customisation — Offre sur mesure']) expect(launched).toContain(name);
    const members = kpis[0].programmes.find((p) => p.instrument === 'club')!.targeted;
    expect(launched).toContain(`Lien social — Club clients (${plain(new Intl.NumberFormat('fr-FR').format(members))} membres)`);
    // the relance keeps its own line (its RGPD note), not said twice
    expect(lines.filter((l) => l.includes('Relance personnalisée'))).toHaveLength(1);
    expect(lines.some((l) => l.startsWith('Programme lancé : Personnalisation — Relance personnalisée'))).toBe(true);
    const recruits = kpis[0].campaignRecruits!.flyers!.recruited;
    expect(recruits).toBeGreaterThan(1);
    expect(lines).toContain(
      plain(`Campagne de conquête : Prospectus, ${formatMoney('fr', 500)} dépensés, ${recruits} recrues. Ses recrues sont comptées parmi les nouveaux clients de la semaine.`),
    );
    // the campaign line comes just before the new customers it is counted in
    const campaign = lines.findIndex((l) => l.startsWith('Campagne de conquête'));
    expect(lines[campaign + 1]).toMatch(/nouveaux clients/);
  });

  it('speaks English', async () => {
    await setLocale('en');
    const lines = within(firstWeek())
      .getAllByRole('listitem')
      .map((li) => plain(li.textContent));
    expect(lines.some((l) => l.startsWith('Programmes launched: ') && l.includes('members)'))).toBe(true);
    const recruits = kpis[0].campaignRecruits!.flyers!.recruited;
    expect(lines).toContain(`Acquisition campaign: Flyers, ${plain(formatMoney('en', 500))} spent, ${recruits} recruits. Its recruits are counted among the week’s new customers.`);
  });

  it('does not make up the recruits of a run played before they were counted per channel', () => {
    const before = kpis.map((k) => ({ ...k, campaignRecruits: undefined }));
    const lines = within(firstWeek(before))
      .getAllByRole('listitem')
      .map((li) => plain(li.textContent));
    expect(lines).toContain(
      plain(
        `Campagne de conquête : Prospectus, ${formatMoney('fr', 500)} dépensés. Ses recrues ne sont pas comptées à part : elles sont parmi les nouveaux clients de la semaine, avec ceux venus d’eux-mêmes ou parrainés.`,
      ),
    );
  });

  it('says nothing of launches or campaigns the week after', () => {
    render(EventFeed, { scenario: bakery, kpis, reports: run.reports });
    const second = screen.getByRole('heading', { level: 4, name: /2$/ }).closest('li')!;
    expect(within(second).queryByText(/Programmes? lancés? :|Campagne de conquête/)).toBeNull();
  });
});
