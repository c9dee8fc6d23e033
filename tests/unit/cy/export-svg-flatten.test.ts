// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  flattenGroups,
  IDENTITY,
  multiply,
  parseTransform,
  type Affine,
} from '../../../src/cy/export/svg-flatten.ts';

const apply = (m: Affine, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

function close(a: [number, number], b: [number, number]): void {
  expect(a[0]).toBeCloseTo(b[0], 6);
  expect(a[1]).toBeCloseTo(b[1], 6);
}

describe('parseTransform', () => {
  it('reads translate, scale, rotate about a point and matrix, composed left to right', () => {
    close(apply(parseTransform('translate(10,20)') ?? IDENTITY, 1, 1), [11, 21]);
    close(apply(parseTransform('scale(2)') ?? IDENTITY, 3, 4), [6, 8]);
    close(apply(parseTransform('rotate(90,0,0)') ?? IDENTITY, 1, 0), [0, 1]);
    close(apply(parseTransform('rotate(180 5 5)') ?? IDENTITY, 0, 0), [10, 10]);
    close(apply(parseTransform('translate(10,0) scale(2,3)') ?? IDENTITY, 1, 1), [12, 3]);
    close(apply(parseTransform('matrix(1 0 0 1 7 8)') ?? IDENTITY, 0, 0), [7, 8]);
  });
  it('refuses what it cannot read', () => {
    expect(parseTransform('translate(1,2) bogus')).toBeNull();
    expect(parseTransform('matrix(1 2 3)')).toBeNull();
    expect(parseTransform('')).toEqual(IDENTITY);
  });
  it('multiplies as SVG composes (outer first)', () => {
    const m = multiply([1, 0, 0, 1, 5, 0], [2, 0, 0, 2, 0, 0]);
    close(apply(m, 1, 1), [7, 2]);
  });
});

function depth(el: Element): number {
  let max = 0;
  const stack: [Element, number][] = [[el, 1]];
  while (stack.length) {
    const [e, d] = stack.pop() as [Element, number];
    max = Math.max(max, d);
    for (const c of Array.from(e.children)) stack.push([c, d + 1]);
  }
  return max;
}

describe('flattenGroups', () => {
  const NS = 'http://www.w3.org/2000/svg';
  function nested(levels: number): { root: Element; doc: Document } {
    const doc = new DOMParser().parseFromString(
      `<svg xmlns="${NS}"><g id="top"/></svg>`,
      'image/svg+xml',
    );
    const top = doc.getElementById('top') as Element;
    let parent = top;
    for (let i = 0; i < levels; i++) {
      const t = doc.createElementNS(NS, 'text');
      t.setAttribute('id', `t${i}`);
      t.textContent = `label ${i}`;
      parent.appendChild(t);
      const g = doc.createElementNS(NS, 'g');
      g.setAttribute(
        'transform',
        i % 2 === 0 ? 'translate(10,0) rotate(90,0,0)' : 'rotate(-90,0,0) translate(-10,0)',
      );
      parent.appendChild(g);
      parent = g;
    }
    const last = doc.createElementNS(NS, 'rect');
    last.setAttribute('id', 'last');
    last.setAttribute('transform', 'translate(1,1)');
    parent.appendChild(last);
    return { root: top, doc };
  }

  it('moves every drawn element to the top, in order, with its accumulated transform', () => {
    const { root } = nested(600);
    expect(depth(root)).toBeGreaterThan(600);
    expect(flattenGroups(root)).toBeGreaterThan(0);
    expect(depth(root)).toBe(2);
    const ids = Array.from(root.children).map((c) => c.getAttribute('id'));
    expect(ids[0]).toBe('t0');
    expect(ids[599]).toBe('t599');
    expect(ids[600]).toBe('last');
    // Each pair of levels cancels out: odd texts sit under translate(10,0) rotate(90).
    const t1 = parseTransform(root.children[1]?.getAttribute('transform') ?? '') ?? IDENTITY;
    close(apply(t1, 1, 0), [10, 1]);
    expect(root.children[2]?.hasAttribute('transform')).toBe(false);
    const last =
      parseTransform(root.querySelector('#last')?.getAttribute('transform') ?? '') ?? IDENTITY;
    close(apply(last, 0, 0), [1, 1]);
  });

  it('keeps a group that carries more than a transform (a clip path) whole', () => {
    const doc = new DOMParser().parseFromString(
      `<svg xmlns="${NS}"><g id="top"><g transform="translate(5,5)"><g clip-path="url(#c)" id="clip"><path id="p"/></g></g></g></svg>`,
      'image/svg+xml',
    );
    const top = doc.getElementById('top') as Element;
    flattenGroups(top);
    const clip = top.querySelector('#clip');
    expect(clip?.parentElement).toBe(top);
    expect(clip?.getAttribute('transform')).toBe('matrix(1 0 0 1 5 5)');
    expect(clip?.querySelector('#p')).not.toBeNull();
  });

  it('leaves a flat document as it is', () => {
    const doc = new DOMParser().parseFromString(
      `<svg xmlns="${NS}"><g id="top"><path/><text>a</text></g></svg>`,
      'image/svg+xml',
    );
    const top = doc.getElementById('top') as Element;
    expect(flattenGroups(top)).toBe(0);
    expect(top.children).toHaveLength(2);
  });
});
