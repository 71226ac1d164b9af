/**
 * CONCEPTS.md: « a glossary card linked from where it appears ». Course notions whose card names a place on
 * screen have their « ? » there (audit concepts.md C7): FRAT beside the purchases by product type, the club,
 * the contact channel and the collected profile in the customer file, the contact channel in the target,
 * word of mouth beside the recommended new customers, the three levels of satisfaction on the survey form,
 * the barriers to switching in the churn's « Comment est-ce calculé ? », the reference price for a « Prix »
 * departure and a stopped discount. A card no screen links is one « Voir aussi » away from one that is.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import CustomerFilePanel from '../../../src/ui/customers/CustomerFilePanel.svelte';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { CAUSE_CONCEPT } from '../../../src/ui/debrief/departures.ts';
import { courseFindings } from '../../../src/ui/debrief/courseFindings.ts';
import { CONCEPT_IDS, CONCEPTS, type ConceptId } from '../../../src/ui/glossary/concepts.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { makeCustomers } from '../../fixtures/customers.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { started } from '../decisions/session.ts';
import { loadDashboardResults } from '../../../src/ui/dashboard/dashboardResultsCode.ts';

// the dashboard's view of the periods played is fetched apart (dashboardResultsCode.ts): here it is there before the first render
beforeAll(async () => {
  await loadDashboardResults();
});

const scenario = fixtureScenario();
const help = (title: string) => frenchText`Définition : ${title}`;

describe('the course notions have their « ? » where they appear', () => {
  it('customer file: FRAT by the purchases, club, contact channel and collected profile on their lines', async () => {
    const user = userEvent.setup();
    const [record] = makeCustomers(1);
    const purchases = [{ tick: 2, amount: 12, productType: 0, channel: 'magasin' as const }];
    render(CustomerFilePanel, { scenario, file: { record, purchases, events: [] }, onclose: () => {} });
    // the heading and its region keep their name; the « ? » is a button of its own in the heading
    const region = screen.getByRole('region', { name: 'Achats' });
    const frat = within(screen.getByRole('heading', { name: 'Achats' })).getByRole('button', { name: help('FRAT') });
    expect(region).toContainElement(frat);
    expect(screen.getByText('Membre du club')).toContainElement(screen.getByRole('button', { name: help('Club clients') }));
    expect(screen.getByText('Canal préféré')).toContainElement(screen.getByRole('button', { name: help('Canaux de contact') }));
    expect(screen.getByText(/^Données de profil collectées/)).toContainElement(screen.getByRole('button', { name: help('Relation d’apprentissage') }));
    await user.click(frat);
    const dialog = await screen.findByRole('dialog', { name: 'FRAT' });
    expect(within(dialog).getByRole('link', { name: 'Ouvrir la fiche complète' })).toHaveAttribute('href', '#/glossary/frat');
  });

  it('decisions: the contact channel in the target, the three levels of satisfaction on the survey form', async () => {
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    const channels = screen.getByRole('group', { name: 'Canal de contact préféré' });
    expect(within(channels).getByRole('button', { name: help('Canaux de contact') })).toBeInTheDocument();
    const survey = screen.getByRole('form', { name: 'Mesurer la satisfaction' });
    // two « ? » after the survey's sentence: each shows its name
    const levels = within(survey).getByRole('button', { name: help('Les trois niveaux de satisfaction') });
    expect(levels).toHaveTextContent('Les trois niveaux de satisfaction');
    expect(within(survey).getByRole('button', { name: help('Satisfaction') })).toHaveTextContent('Satisfaction');
  });

  it('dashboard: word of mouth by the recommended new customers, barriers to switching in the churn rule', async () => {
    const user = userEvent.setup();
    render(DashboardScreen, { scenario, kpis: makeKpiSeries(6), reports: [] });
    const referrals = screen.getByText('dont 1 sur recommandation d’un client');
    expect(referrals).toContainElement(screen.getByRole('button', { name: help('Bouche-à-oreille et prescripteurs') }));
    const churn = screen.getByRole('region', { name: /Taux d’attrition/ });
    await user.click(within(churn).getByRole('button', { name: /Comment est-ce calculé/ }));
    const barriers = await within(churn).findByRole('button', { name: help('Barrières au changement') });
    expect(barriers.closest('li')).toHaveAttribute('data-rule', 'churn');
  });

  it('debrief: a « Prix » departure and a stopped discount open the reference price', () => {
    expect(CAUSE_CONCEPT.prix).toBe('prixReference');
    const kpis = makeKpiSeries(8, (k) => ({ ...k, programmes: k.programmes.map((p) => ({ ...p, endTick: 4 })) }));
    const launch = { tick: 0, actions: [{ type: 'financier' as const, instrument: 'coupon' as const, discountRate: 0.2, target: {}, durationTicks: 4 }] };
    const stopped = courseFindings(kpis, [launch]).find((f) => f.key.startsWith('discountStopped'));
    expect(stopped?.concept).toBe('prixReference');
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('every glossary card is reachable from a screen', () => {
  it('a card no « ? » opens is in the « Voir aussi » of one that is (outside the glossary itself)', () => {
    const linked = new Set<string>(Object.values(CAUSE_CONCEPT));
    for (const file of filesUnder('src/ui').filter((f) => !f.includes('/glossary/'))) {
      const text = readFileSync(file, 'utf8');
      // <GlossaryLink concept="rfm" /> in a component, `concept: 'roi'` in a finding or a KPI card's data
      for (const m of text.matchAll(/concept="(\w+)"|concept:\s*'(\w+)'/g)) linked.add(m[1] ?? m[2]);
    }
    const reached = new Set<ConceptId>();
    const queue = CONCEPT_IDS.filter((id) => linked.has(id));
    expect(queue.length).toBeGreaterThan(20);
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (reached.has(id)) continue;
      reached.add(id);
      queue.push(...CONCEPTS[id].related);
    }
    expect(CONCEPT_IDS.filter((id) => !reached.has(id))).toEqual([]);
  });
});
