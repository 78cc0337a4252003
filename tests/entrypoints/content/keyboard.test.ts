import { describe, expect, it } from 'vitest';
import { stepIndex } from '../../../entrypoints/content/keyboard.ts';

describe('stepIndex', () => {
  it('moves from the current mention and wraps around both ends', () => {
    const below = () => 0;
    expect(stepIndex(5, 2, 1, below)).toBe(3);
    expect(stepIndex(5, 2, -1, below)).toBe(1);
    expect(stepIndex(5, 4, 1, below)).toBe(0);
    expect(stepIndex(5, 0, -1, below)).toBe(4);
  });

  it('without a current mention, starts from the viewport: the first below its top, or the last above it', () => {
    expect(stepIndex(5, -1, 1, () => 3)).toBe(3);
    expect(stepIndex(5, -1, -1, () => 3)).toBe(2);
    expect(stepIndex(5, -1, 1, () => 5)).toBe(0); // all above: wrap to the first
    expect(stepIndex(5, -1, -1, () => 0)).toBe(4); // all below: wrap to the last
  });

  it('has nowhere to go on a page without mentions', () => {
    expect(stepIndex(0, -1, 1, () => 0)).toBe(-1);
  });
});
