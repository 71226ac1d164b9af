/**
 * Where a scenario link's code sits in a URL (`?scenario=…`, or after `scenario=` in the hash),
 * without decoding it: the app checks its address with this alone, and fetches the decoder and
 * the scenario checker (link.ts) only when there is a code to read.
 */

/** The URL parameter holding an encoded scenario. */
export const LINK_PARAM = 'scenario';

/** The encoded scenario in a URL: `?scenario=…`, or `scenario=…` anywhere in the hash (`#/editor?scenario=…`). */
export function scenarioCodeIn(url: string | URL): string | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url, 'http://localhost/') : url;
  } catch {
    return null;
  }
  const fromSearch = parsed.searchParams.get(LINK_PARAM);
  if (fromSearch !== null) return fromSearch;
  const match = new RegExp(`[?&#/]${LINK_PARAM}=([^&]*)`).exec(parsed.hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/** The same URL without its scenario parameter (to clean the address bar once the link is opened). */
export function withoutScenario(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.delete(LINK_PARAM);
  parsed.hash = parsed.hash.replace(new RegExp(`[?&]${LINK_PARAM}=[^&]*`), '');
  return parsed.toString();
}
