/**
 * What a screen reader would be sent by the page's live regions, as the keyboard QA logged it (qa32keyboard): each
 * change of the text of an element that is a live region (`aria-live` other than « off », or role status / alert /
 * log) at that moment, a region inserted with its text counted too; the text a region has when it turns live is not. `said` is the list of texts in order.
 */
const LIVE = '[aria-live], [role="status"], [role="alert"], [role="log"]';

export function liveLog(root: Node = document.body): { said: string[]; stop: () => void } {
  const said: string[] = [];
  const seen = new WeakMap<Element, string>();
  const record = (speak: boolean) => {
    for (const region of document.querySelectorAll(LIVE)) {
      const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (seen.get(region) === text) continue;
      seen.set(region, text);
      // a change while « off » is not said, nor is the text already there when the region turns « polite »
      if (speak && text && region.getAttribute('aria-live') !== 'off') said.push(text);
    }
  };
  record(false);
  const observer = new MutationObserver(() => record(true));
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-live', 'role'] });
  return { said, stop: () => observer.disconnect() };
}
