/**
 * The shared focus rule (ui/shell/keepFocus.ts): when the control a keyboard user pressed disables or
 * removes itself, the focus goes to what the action produced, never to the page body.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { focusResult, keepFocus } from '../../../src/ui/shell/keepFocus.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function page(html: string) {
  document.body.innerHTML = html;
  const region = document.getElementById('region')!;
  return region;
}

describe('keepFocus', () => {
  afterEach(() => (document.body.innerHTML = ''));

  it('moves the focus from a button that disables itself to the result it names, then back when usable again', async () => {
    const region = page('<div id="region"><button id="apply">Appliquer</button></div><ol id="list"></ol>');
    const stop = keepFocus(focusResult('#list li:last-child', 'h3'))(region) as () => void;
    const apply = document.getElementById('apply') as HTMLButtonElement;
    apply.focus();
    document.getElementById('list')!.innerHTML = '<li>Décision 1</li>';
    apply.disabled = true;
    await settle();
    const item = document.querySelector('#list li')!;
    expect(document.activeElement).toBe(item);
    expect(item.getAttribute('tabindex')).toBe('-1');
    apply.disabled = false;
    await settle();
    expect(document.activeElement).toBe(apply);
    stop();
  });

  it('with toResult, follows a waiting status then the result, never back to the button', async () => {
    const region = page('<section id="region"><h3>RFM</h3><button id="compute">Calculer</button><div id="out"></div></section>');
    const stop = keepFocus(focusResult('[role="status"]', 'h3'), { toResult: true })(region) as () => void;
    const compute = document.getElementById('compute') as HTMLButtonElement;
    compute.focus();
    compute.disabled = true;
    await settle();
    expect(document.activeElement).toBe(region.querySelector('h3'));
    document.getElementById('out')!.innerHTML = '<p role="status">1 000 clients</p>';
    compute.disabled = false;
    await settle();
    expect(document.activeElement).toBe(region.querySelector('[role="status"]'));
    stop();
  });

  it('focuses the field that replaces a removed button, and the button again when the field goes', async () => {
    const region = page('<ul id="region"><li><button data-rename="r1">Renommer</button></li></ul>');
    const stop = keepFocus(focusResult('input', '[data-rename="r1"]'))(region) as () => void;
    (region.querySelector('button') as HTMLButtonElement).focus();
    region.querySelector('li')!.innerHTML = '<input aria-label="Nouveau nom" />';
    await settle();
    expect(document.activeElement).toBe(region.querySelector('input'));
    region.querySelector('li')!.innerHTML = '<button data-rename="r1">Renommer</button>';
    await settle();
    expect(document.activeElement).toBe(region.querySelector('button'));
    stop();
  });

  it('goes on to the result when the field it waited on is removed, even if the browser says so before it leaves the page (Chromium)', async () => {
    const region = page('<div id="region"><form><input /><button id="check">Valider</button></form></div>');
    const stop = keepFocus(focusResult('[data-run-result]', 'input'))(region) as () => void;
    const check = document.getElementById('check') as HTMLButtonElement;
    check.focus();
    check.disabled = true;
    await settle();
    const input = region.querySelector('input')!;
    expect(document.activeElement).toBe(input);
    // Chromium fires focusout on a focused element being removed while it is still connected
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: null }));
    input.blur();
    region.innerHTML = '<a href="#/missions" data-run-result>Mission terminée</a>';
    await settle();
    expect(document.activeElement).toBe(region.querySelector('a'));
    stop();
  });

  it('forgets its button once the user has left the result it parked on: a later drop elsewhere is not taken back (QA a11y F1)', async () => {
    // the decisions form, « Décisions de la période » outside it, the time bar whose « Avancer de 4 semaines » gives way to « Arrêter »
    const region = page('<div id="region"><button id="apply">Collecter</button></div><ol id="list"></ol><div><button id="four">Avancer de 4 semaines</button></div>');
    const stop = keepFocus(focusResult('#list li:last-child'))(region) as () => void;
    const apply = document.getElementById('apply') as HTMLButtonElement;
    apply.focus();
    document.getElementById('list')!.innerHTML = '<li>Collecte de données</li>';
    apply.disabled = true;
    await settle();
    expect(document.activeElement).toBe(document.querySelector('#list li'));
    // the student tabs on to the time bar and plays four periods: the button goes, the focus falls on the body
    const four = document.getElementById('four')!;
    four.focus();
    four.remove();
    // the next period enables the form's button again
    apply.disabled = false;
    await settle();
    expect(document.activeElement).not.toBe(apply);
    stop();
  });

  it('leaves a user who moved elsewhere where they are', async () => {
    const region = page('<div id="region"><button id="apply">Appliquer</button></div><button id="other">Autre</button><p id="result">fait</p>');
    const stop = keepFocus(focusResult('#result'))(region) as () => void;
    const apply = document.getElementById('apply') as HTMLButtonElement;
    apply.focus();
    const other = document.getElementById('other')!;
    other.focus();
    apply.disabled = true;
    await settle();
    expect(document.activeElement).toBe(other);
    stop();
  });

  it('asks nothing more once torn down, when the focused element left with the whole screen (browser Back)', async () => {
    // the time bar of a finished game: no enabled button, so the fallback reads the screen's session,
    // which Svelte has destroyed by then (derived_inert, QA tablet verify N6)
    const region = page('<div id="region"><p role="status" tabindex="-1">Partie terminée</p></div>');
    let asked = 0;
    const stop = keepFocus(() => {
      asked++;
      return null;
    })(region) as () => void;
    const status = region.querySelector<HTMLElement>('[role="status"]')!;
    status.focus();
    // Chromium fires focusout while the screen's elements are removed, then Svelte tears the attachment down
    status.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: null }));
    region.remove();
    stop();
    await settle();
    expect(asked).toBe(0);
  });

  it('moves the focus without scrolling to an element already in sight, as the time bar’s heading and « Avancer », and scrolls to a covered one', async () => {
    // the time bar is sticky above the page's scroll-padding-bottom: a plain focus() there scrolled the page
    // down twice a period, under the finger of a learner already tapping the nav (touchTablet e2e)
    const region = page('<div id="region"><h3>Avancer dans le temps</h3><button id="one">Avancer d’une semaine</button></div><div id="cover"></div>');
    const stop = keepFocus(focusResult('button:not(:disabled)', 'h3'))(region) as () => void;
    const one = document.getElementById('one') as HTMLButtonElement;
    one.focus();
    const moves: [string, boolean | undefined][] = [];
    const focus = HTMLElement.prototype.focus;
    const hit = document.elementFromPoint;
    // what the browser has on top at the element's centre: the region holding a visually hidden heading, the button itself
    let onTop: Element | null = region;
    document.elementFromPoint = () => onTop;
    HTMLElement.prototype.focus = function (this: HTMLElement, options?: FocusOptions) {
      moves.push([this.id || this.tagName, options?.preventScroll]);
      focus.call(this, options);
    };
    try {
      one.disabled = true;
      await settle();
      onTop = one;
      one.disabled = false;
      await settle();
      expect(document.activeElement).toBe(one);
      // something else on top (a sticky bar over a list item): the browser may scroll to it
      onTop = document.getElementById('cover');
      one.disabled = true;
      await settle();
    } finally {
      HTMLElement.prototype.focus = focus;
      document.elementFromPoint = hit;
      stop();
    }
    expect(moves).toEqual([
      ['H3', true],
      ['one', true],
      ['H3', false],
    ]);
  });
});
