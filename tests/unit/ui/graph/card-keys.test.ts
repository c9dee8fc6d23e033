import { describe, expect, it } from 'vitest';
import { readingOrder } from '../../../../src/ui/graph/CardKeys.tsx';

describe('readingOrder', () => {
  it('reads rows from the top, each from the left; near heights make one row', () => {
    const at = (id: string, x: number, y: number) => ({ id, at: { x, y } });
    const order = readingOrder([
      at('c', 300, 205),
      at('a', 50, 10),
      at('b', 10, 200),
      at('d', 20, 12),
    ]);
    expect(order.map((a) => a.id)).toEqual(['d', 'a', 'b', 'c']);
  });
});
