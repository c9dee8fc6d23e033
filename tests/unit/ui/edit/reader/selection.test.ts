// @vitest-environment jsdom
/** From a DOM range to offsets in the source text: text nodes, element boundaries, ranges reaching outside. */
import { afterEach, describe, expect, it } from 'vitest';
import { pointToOffset, rangeToSpan } from '../../../../../src/ui/edit/reader/selection.ts';

const TEXT = 'Witkoff met Hamas.\n\n  Second  paragraph.\n';

/** The reader's markup for TEXT: paragraphs [0, 18) and [22, 40), runs with their offsets. */
function build(): { before: HTMLElement; article: HTMLElement; after: HTMLElement } {
  document.body.innerHTML =
    '<p id="before">header</p><article>' +
    '<p data-start="0" data-end="18"><mark data-at="0">Witkoff</mark><span data-at="7"> met </span>' +
    '<mark data-at="12">Hamas</mark><span data-at="17">.</span></p>' +
    '<p data-start="22" data-end="40"><span data-at="22">Second  paragraph.</span></p>' +
    '</article><p id="after">footer</p>';
  return {
    before: document.getElementById('before') as HTMLElement,
    article: document.querySelector('article') as HTMLElement,
    after: document.getElementById('after') as HTMLElement,
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('pointToOffset', () => {
  it('places a point in a text node by its run', () => {
    const { article } = build();
    const hamas = article.querySelectorAll('mark')[1]?.firstChild as Text;
    expect(pointToOffset(hamas, 2, article)).toBe(14);
  });

  it('places a point between elements at the next run, or the end of the one before', () => {
    const { article } = build();
    const [p1, p2] = article.querySelectorAll('p');
    expect(pointToOffset(article, 1, article)).toBe(22);
    expect(pointToOffset(article, 2, article)).toBe(40);
    expect(pointToOffset(p1 as Element, 2, article)).toBe(12);
    expect(pointToOffset(p1 as Element, 4, article)).toBe(18);
    expect(pointToOffset(p2 as Element, 0, article)).toBe(22);
  });
});

describe('rangeToSpan', () => {
  it('gives the verbatim span across paragraphs, white space trimmed', () => {
    const { article } = build();
    const range = document.createRange();
    range.setStart(article.querySelectorAll('span')[1]?.firstChild as Text, 1); // after "."
    range.setEnd(article.querySelectorAll('span')[2]?.firstChild as Text, 17);
    const span = rangeToSpan(range, article, TEXT);
    expect(span && TEXT.slice(span.start, span.end)).toBe('Second  paragraph');
  });

  it('clamps a range that starts or ends outside the text', () => {
    const { before, article, after } = build();
    const range = document.createRange();
    range.setStart(before.firstChild as Text, 2);
    range.setEnd(article.querySelector('mark')?.firstChild as Text, 4);
    expect(rangeToSpan(range, article, TEXT)).toEqual({ start: 0, end: 4 });
    range.setStart(article.querySelectorAll('mark')[1]?.firstChild as Text, 0);
    range.setEnd(after.firstChild as Text, 3);
    const span = rangeToSpan(range, article, TEXT);
    expect(span && TEXT.slice(span.start, span.end)).toBe('Hamas.\n\n  Second  paragraph.');
  });

  it('gives nothing for a range outside the text or of white space only', () => {
    const { before, article, after } = build();
    const range = document.createRange();
    range.setStart(before.firstChild as Text, 0);
    range.setEnd(before.firstChild as Text, 3);
    expect(rangeToSpan(range, article, TEXT)).toBeUndefined();
    range.setStart(after.firstChild as Text, 0);
    range.setEnd(after.firstChild as Text, 3);
    expect(rangeToSpan(range, article, TEXT)).toBeUndefined();
    const space = article.querySelectorAll('span')[0]?.firstChild as Text; // " met "
    range.setStart(space, 0);
    range.setEnd(space, 1);
    expect(rangeToSpan(range, article, TEXT)).toBeUndefined();
  });
});
