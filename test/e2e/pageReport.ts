/**
 * What the open pages showed when an e2e test failed: the address, the screen's headings, an open dialog,
 * the focused element, the alerts, the period and the page's errors. A timed-out locator says only what was
 * missing (CI, phone.e2e: « waiting for getByRole('img', … ) » for 30 s); this says where the page was instead.
 */
import type { Page } from 'playwright-core';
import { crashedPages, openBrowsers, pageErrors } from './browser.ts';

/** A page that does not answer (hung, crashed) is said so after this long rather than holding the report. */
const ANSWER_MS = 5_000;

interface Seen {
  address: string;
  headings: string[];
  dialog: string | null;
  focus: string;
  alerts: string[];
  period: string | null;
}

function look(): Seen {
  const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);
  const focused = document.activeElement;
  return {
    address: location.href,
    headings: [...document.querySelectorAll('h1, h2, h3')].slice(0, 8).map(text),
    dialog: text(document.querySelector('[role="dialog"], [role="alertdialog"], dialog[open]')) || null,
    focus: focused ? `${focused.tagName.toLowerCase()} « ${text(focused).slice(0, 60)} »` : 'none',
    alerts: [...document.querySelectorAll('[role="alert"], [role="status"]')].map(text).filter(Boolean).slice(0, 4),
    period: text(document.querySelector('[data-testid="tick-label"]')) || null,
  };
}

async function describePage(page: Page, index: number): Promise<string> {
  const errors = pageErrors.get(page) ?? [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const seen = await Promise.race([
    page.evaluate(look).catch((error: unknown) => `no answer: ${String(error).split('\n')[0]}`),
    new Promise<string>((resolve) => (timer = setTimeout(() => resolve(`no answer in ${ANSWER_MS / 1000} s (busy or hung)`), ANSWER_MS))),
  ]);
  clearTimeout(timer);
  const lines =
    typeof seen === 'string'
      ? [`  ${seen}`]
      : [
          `  address: ${seen.address}`,
          `  headings: ${seen.headings.join(' | ')}`,
          `  period: ${seen.period ?? '-'}; focus: ${seen.focus}`,
          ...(seen.dialog ? [`  dialog: ${seen.dialog}`] : []),
          ...(seen.alerts.length > 0 ? [`  alerts: ${seen.alerts.join(' | ')}`] : []),
        ];
  if (errors.length > 0) lines.push(`  errors: ${errors.slice(-3).join(' | ').slice(0, 400)}`);
  const state = crashedPages.has(page) ? ' (crashed)' : page.isClosed() ? ' (closed)' : '';
  return [`page ${index + 1}${state}:`, ...lines].join('\n');
}

/** Every open page of every browser still running, in order of opening. */
export function openPages(): Page[] {
  return [...openBrowsers].flatMap((browser) => browser.contexts().flatMap((context) => context.pages()));
}

/** A failed test's open pages, described. */
export async function describePages(pages: readonly Page[]): Promise<string> {
  if (pages.length === 0) return 'no page of this test was open when it failed';
  return (await Promise.all(pages.map(describePage))).join('\n');
}
