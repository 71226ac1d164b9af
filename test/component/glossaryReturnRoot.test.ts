/**
 * review21 m2: the mission bilan looks up the link a glossary card was opened from in its article (returnToPlace), while
 * leaveForCard counted it among every link of that concept in `main`: an earlier one outside the article shifted the
 * index and Back focused another link. The index is now counted in the root the screen looks in.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { leaveForCard, returnToPlace, takeReturn } from '../../src/ui/glossary/glossaryReturn.ts';

describe('the way back from a glossary card: one root for counting and finding (review21 m2)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('a link of the bilan counted in its article is found there again, despite one of the same concept before it', () => {
    window.location.hash = '#/missions/boulangerie-du-marche:bilan';
    document.body.innerHTML = `<main>
      <a href="#/glossary/rfm" data-concept="rfm">?</a>
      <article><a id="first" href="#/glossary/rfm" data-concept="rfm">RFM</a> <a id="second" href="#/glossary/rfm" data-concept="rfm">RFM</a></article>
    </main>`;
    const article = document.querySelector('article')!;
    leaveForCard('rfm', document.getElementById('second')!, article);
    const place = takeReturn('missions');
    expect(place).not.toBeNull();
    expect(returnToPlace(article, place!)).toBe(true);
    expect(document.activeElement?.id).toBe('second');
  });

  it('without a root, counted in main, as the app shell looks it up', () => {
    window.location.hash = '#/customers';
    document.body.innerHTML = `<header><a href="#/glossary/rfm" data-concept="rfm">?</a></header>
      <main><a id="first" href="#/glossary/rfm" data-concept="rfm">?</a> <a id="second" href="#/glossary/rfm" data-concept="rfm">?</a></main>`;
    leaveForCard('rfm', document.getElementById('second')!);
    const place = takeReturn('customers');
    expect(returnToPlace(document.querySelector('main')!, place!)).toBe(true);
    expect(document.activeElement?.id).toBe('second');
  });
});
