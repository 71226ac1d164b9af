/**
 * QA self-learner #1 in real Chromium, where a focused button that disables itself drops the focus on
 * the page body: « Appliquer à la cible », « Appliquer cette politique » and « Commander l’enquête »,
 * pressed with the keyboard, leave the focus on the decision they queued in « Décisions de la période »,
 * and the next Tab goes on from there (its « Retirer » button), not from the top of the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { poll, startBakery } from './student.ts';

const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return e ? `${e.tagName} ${(e.getAttribute('aria-label') ?? e.textContent ?? '').replace(/\s+/g, ' ').trim()}` : 'none';
  });

describe('focus after a decision button (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('goes to the new decision of « Décisions de la période »', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    const list = page.getByRole('region', { name: 'Décisions de la période' });

    const apply = page.getByRole('button', { name: /^Appliquer à la cible/ });
    await poll(() => apply.isEnabled()).toBe(true);
    await apply.focus();
    await page.keyboard.press('Enter');
    await poll(() => apply.isDisabled()).toBe(true);
    await poll(() => focused(page)).toMatch(/^LI .*Retirer$/);
    expect(await list.getByRole('listitem').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('BUTTON Retirer la décision 1');

    const complaints = page.getByRole('form', { name: /Politique de réclamations/ });
    await complaints.getByRole('radio').last().check();
    const policy = complaints.getByRole('button', { name: 'Appliquer cette politique' });
    await policy.focus();
    await page.keyboard.press('Enter');
    await poll(() => policy.isDisabled()).toBe(true);
    await poll(() => focused(page)).toMatch(/^LI .*réclamations.*Retirer$/i);

    const order = page.getByRole('button', { name: 'Commander l’enquête' });
    await order.focus();
    await page.keyboard.press('Enter');
    await poll(() => order.isDisabled()).toBe(true);
    await poll(() => list.getByRole('listitem').count()).toBe(3);
    await poll(() => page.evaluate(() => document.activeElement === document.querySelector('#pending-list > li:last-child'))).toBe(true);

    expect(errors).toEqual([]);
    await context.close();
  });
});
