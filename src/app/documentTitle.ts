/**
 * The browser tab's title for a screen, in the UI language (WCAG 2.4.2): « Décisions — Fidélis »,
 * « Decisions — Fidélis »; the home screen keeps the app's full name. Several tabs, the history
 * and a screen reader's window list then say which screen is which.
 */
import { translate, type Locale } from '../i18n/translate.ts';
import type { Route } from './routes.ts';

export function documentTitle(locale: Locale, route: Route): string {
  if (route === 'home') return translate(locale, 'shell.documentTitle.home');
  return translate(locale, 'shell.documentTitle.screen', { screen: translate(locale, `shell.nav.${route}`) });
}
