/**
 * QA shops 7 (follow-up): the online cosmetics shop sells nationwide, yet its customers lived in the districts of a town
 * (« Centre-ville », « Saint-Martin »…) in the target builder, the customer table, filters and file, the pending
 * decisions and the Bilan timeline; and the enrolment lines told it to « choisir un outil en magasin ». Online, the
 * places are cities of France (same index drawn by the engine, another name) and the line names a tool without e-mail
 * nor SMS; the bakery keeps its districts and its « outil en magasin ».
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import CustomersScreen from '../../../src/ui/customers/CustomersScreen.svelte';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { ONLINE_TOWNS, TOWNS, townNames } from '../../../src/engine/towns.ts';
import { describeAction } from '../../../src/app/actionText.ts';
import { targetText } from '../../../src/ui/debrief/actionText.ts';
import { targetParts } from '../../../src/ui/debrief/decisionTimeline.ts';
import { enrolmentLines } from '../../../src/ui/decisions/enrolmentLines.ts';
import { enrolment } from '../../../src/app/enrolment.ts';
import { consentAdviceText } from '../../../src/app/collectionAdvice.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { translate, type Locale, type MessageKey } from '../../../src/i18n/translate.ts';
import { translateCount, type PluralBase } from '../../../src/i18n/plural.ts';
import type { Action } from '../../../src/engine/decisions.ts';
import { engineRun } from '../../fixtures/engineRun.ts';
import { deName } from '../../../src/i18n/elision.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { started } from '../decisions/session.ts';

const shop = (id: string) => shippedScenarioList().find((s) => s.id === id)!;
const options = (select: HTMLElement) => within(select).getAllByRole('option').map((o) => o.textContent);

afterEach(() => setLocale('fr'));

describe('an online shop’s customers live in cities of France, a store’s in its districts', () => {
  it('same indices, other names; the cosmetics shop reads the online list, the bakery its districts', () => {
    expect(ONLINE_TOWNS.length).toBe(TOWNS.length);
    expect(townNames(shop('cosmetiques-en-ligne'))).toEqual(ONLINE_TOWNS);
    expect(townNames(shop('boulangerie-du-marche'))).toEqual(TOWNS);
    for (const name of ONLINE_TOWNS) expect(TOWNS as readonly string[]).not.toContain(name);
  });

  it('the customer filters, table and file of an online shop name its cities', async () => {
    const run = engineRun();
    const online = { ...run.scenario, channel: 'online' as const };
    const record = run.records.find((r) => r.town > 0)!;
    render(CustomersScreen, { scenario: online, source: run.source });
    const town = screen.getByRole('combobox', { name: 'Ville' });
    expect(options(town)).toContain('Paris');
    expect(options(town)).not.toContain('Centre-ville');
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: String(record.id + 1) } });
    // Enter: the search goes to the list at once, not after the typing pause (CustomerFilters)
    await fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'Enter' });
    const open = await screen.findByRole('button', { name: `Ouvrir la fiche ${deName(`${record.firstName} ${record.lastName}`)}` });
    expect(open.closest('tr')).toHaveTextContent(ONLINE_TOWNS[record.town]);
    await fireEvent.click(open);
    const file = await screen.findByRole('region', { name: /Fiche client/ });
    expect(within(file).getByText(ONLINE_TOWNS[record.town])).toBeInTheDocument();
    expect(file).not.toHaveTextContent(TOWNS[record.town]);
  });

  it('the bakery’s customer filter keeps its districts', () => {
    const run = engineRun();
    render(CustomersScreen, { scenario: run.scenario, source: run.source });
    expect(options(screen.getByRole('combobox', { name: 'Ville' }))).toContain('Centre-ville');
  });

  it('the target builder offers the cosmetics shop’s cities, the bakery’s districts', async () => {
    const online = await started(smallScenario(shop('cosmetiques-en-ligne'), 300));
    const first = render(DecisionsScreen, { session: online.session, notices: online.notices });
    await waitFor(() => expect(screen.getByTestId('target-count')).toHaveTextContent(/\d+ clients correspondent/));
    let town = screen.getByRole('combobox', { name: 'Ville' });
    expect(options(town)).toContain('Lyon');
    expect(options(town)).not.toContain('Centre-ville');
    first.unmount();
    const store = await started(smallScenario(shop('boulangerie-du-marche'), 300));
    render(DecisionsScreen, { session: store.session, notices: store.notices });
    await waitFor(() => expect(screen.getByTestId('target-count')).toHaveTextContent(/\d+ clients correspondent/));
    town = screen.getByRole('combobox', { name: 'Ville' });
    expect(options(town)).toContain('Centre-ville');
    expect(options(town)).not.toContain('Lyon');
  });

  it('a decision on towns (pending list, Bilan timeline) names the online shop’s cities', () => {
    const action = { type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { towns: [0, 4] } } as unknown as Action;
    const tr = (key: string, params?: Record<string, string | number>) => translate('fr', key as MessageKey, params);
    const towns = townNames(shop('cosmetiques-en-ligne'));
    expect(describeAction(action, tr, 'fr', 'week', undefined, towns)).toContain('Paris ou Lille');
    expect(describeAction(action, tr, 'fr', 'week')).toContain('Centre-ville ou La Gare');
    expect(targetText(action, targetParts({ towns: [0, 4] }), 'fr', towns)).toContain('Paris ou Lille');
    expect(targetText(action, targetParts({ towns: [0, 4] }), 'fr')).toContain('Centre-ville ou La Gare');
  });

  it('online, a consent shortfall suggests a tool without e-mail nor SMS, not « un outil en magasin », in both languages', () => {
    const text = (locale: Locale, channel: 'store' | 'online', e: ReturnType<typeof enrolment>) =>
      enrolmentLines(e, channel)
        .map((l) => {
          // a consent shortfall's line ends with its advice (app/collectionAdvice.ts)
          const params = l.advice ? { ...l.params, advice: consentAdviceText(locale, l.advice.advice, l.advice.place, 'week') } : l.params;
          return l.count === undefined ? translate(locale, l.key as MessageKey, params) : translateCount(locale, l.key as PluralBase, l.count, params);
        })
        .join(' ');
    const shortfall = enrolment(566, 557, 'evenementPrive', 322);
    const nobody = enrolment(20, 20, 'relancePersonnalisee', 20);
    for (const e of [shortfall, nobody]) {
      expect(text('fr', 'store', e)).toContain('Ou choisissez un outil en magasin.');
      expect(text('fr', 'online', e)).not.toContain('en magasin');
      expect(text('fr', 'online', e)).toContain('Ou choisissez un outil qui ne passe ni par l’e-mail ni par le SMS.');
      expect(text('en', 'store', e)).toContain('Or choose an in-store tool.');
      expect(text('en', 'online', e)).not.toContain('in-store');
      expect(text('en', 'online', e)).toContain('Or choose a tool that sends no e-mail or SMS.');
    }
  });
});
