/** The current screen, kept in sync with the address bar's hash (back/forward work, links are plain). */
import { hrefOf, parseHash, type Location, type Route } from './routes.ts';

export class Router {
  location = $state<Location>({ route: 'home' });
  #onHashChange = () => {
    this.location = parseHash(window.location.hash);
  };

  /** Starts listening; returns the function that stops. */
  start(): () => void {
    this.#onHashChange();
    window.addEventListener('hashchange', this.#onHashChange);
    return () => window.removeEventListener('hashchange', this.#onHashChange);
  }

  go(route: Route, param?: string): void {
    const href = hrefOf(route, param);
    if (window.location.hash !== href) window.location.hash = href;
    this.location = param ? { route, param } : { route };
  }
}
