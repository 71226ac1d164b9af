/**
 * The data-collection form counted and priced the lost customers of its target (« Client perdu »
 * 574: « Coût estimé : 1 148 € », « Collecter sur la cible (574 clients) »), then the simulation
 * refused the collection: « la cible ne contient aucun client » (QA F19). The engine contacts and
 * charges only the customers still there (src/engine/dataCollection.ts): the form says so, prices
 * them only, and closes its button when nobody is left.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { formatMoney, formatNumber } from '../../../src/app/format.ts';
import { DATA_COST_PER_CONTACT } from '../../../src/engine/params.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { started } from './session.ts';

const digits = (s: string) => Number(s.replace(/[^\d]/g, ''));
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('data collection on a target holding lost customers', () => {
  afterEach(() => setLocale('fr'));

  it('counts and prices only the customers still there, as the engine charges them (fr)', async () => {
    const user = userEvent.setup();
    // the starting base already holds lost customers
    const { session, notices } = await started(smallScenario(shippedScenarioList()[0], 1500));
    render(DecisionsScreen, { session, notices });
    await waitFor(() => expect(screen.getByTestId('target-count')).toHaveTextContent(/\d+ clients correspondent/));
    const form = screen.getByRole('heading', { name: /Collecte de données/ }).closest('form')!;
    const button = await within(form).findByRole('button', { name: /Collecter sur la cible/ });
    const text = () => plain(form.textContent!);
    await waitFor(() => expect(text()).toMatch(/\d+ clients perdus sont exclus/));
    const lost = digits(/([\d ]+) clients perdus sont exclus/.exec(text())![1]);
    const contacts = digits(button.textContent!);
    expect(lost).toBeGreaterThan(0);
    // the count beside the target says the same: the customers still there, the lost ones apart (QA play 26 #2)
    expect(plain(screen.getByTestId('target-count').textContent!)).toBe(
      `${plain(formatNumber('fr', contacts))} clients correspondent à la cible (${plain(formatNumber('fr', lost))} clients perdus exclus).`,
    );
    expect(text()).toContain(plain(formatMoney('fr', contacts * DATA_COST_PER_CONTACT.carteFidelite)));

    await user.click(button);
    await session.advance(1);
    const report = session.kpis.at(-1)!;
    expect(session.rejections).toEqual([]);
    expect(report.dataCollections?.[0].contacted).toBe(contacts);
    expect(report.costsByType.collecteDonnees).toBe(contacts * DATA_COST_PER_CONTACT.carteFidelite);
  });

  it.each([
    { lang: 'fr' as const, stage: 'Client perdu', apply: /Collecter sur la cible \(0 client\)/, allLost: 'Tous les clients de la cible sont perdus', lostLine: /\d+ clients perdus sont exclus/ },
    { lang: 'en' as const, stage: 'Lost customer', apply: /Collect on the target \(0 customers\)/, allLost: 'All the customers of the target are lost', lostLine: /\d+ lost customers are left out/ },
  ])('closes its button on a target of lost customers only, and says why ($lang)', async ({ lang, stage, apply, allLost, lostLine }) => {
    await setLocale(lang);
    const user = userEvent.setup();
    const { session, notices } = await started(smallScenario(shippedScenarioList()[0], 1500));
    render(DecisionsScreen, { session, notices });
    await user.click(screen.getByRole('checkbox', { name: stage }));
    const form = screen.getByRole('heading', { name: lang === 'fr' ? /Collecte de données/ : /Data collection/ }).closest('form')!;
    const button = await within(form).findByRole('button', { name: apply });
    // aria-disabled, not disabled: the keyboard reaches it and hears why (QA shops 13)
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(new RegExp(allLost));
    expect(plain(form.textContent!)).toMatch(lostLine);
    expect(plain(form.textContent!)).toContain(plain(formatMoney(lang, 0)));
  });
});
