import { describe, expect, it } from 'vitest';
import { nextRowIndex, pageSizeFor } from './use-row-keyboard-navigation';

describe('moving between rows with the keyboard', () => {
  it('moves one row with the arrow keys, stopping at either end', () => {
    expect(nextRowIndex('ArrowDown', 4, 10, 5)).toBe(5);
    expect(nextRowIndex('ArrowUp', 4, 10, 5)).toBe(3);
    expect(nextRowIndex('ArrowDown', 9, 10, 5)).toBe(9);
    expect(nextRowIndex('ArrowUp', 0, 10, 5)).toBe(0);
  });

  it('moves a page with Page Up and Page Down, clamped to the list', () => {
    expect(nextRowIndex('PageDown', 2, 100, 20)).toBe(22);
    expect(nextRowIndex('PageUp', 30, 100, 20)).toBe(10);
    expect(nextRowIndex('PageDown', 90, 100, 20)).toBe(99);
    expect(nextRowIndex('PageUp', 5, 100, 20)).toBe(0);
  });

  it('jumps to the first and the last row with Home and End', () => {
    expect(nextRowIndex('Home', 57, 100, 20)).toBe(0);
    expect(nextRowIndex('End', 3, 100, 20)).toBe(99);
  });

  it('leaves other keys, and an empty list, alone', () => {
    expect(nextRowIndex('Enter', 3, 10, 5)).toBeNull();
    expect(nextRowIndex('a', 3, 10, 5)).toBeNull();
    expect(nextRowIndex('ArrowDown', 0, 0, 5)).toBeNull();
  });

  it('pages by a screenful less one row, and at least one', () => {
    expect(pageSizeFor(720, 36)).toBe(19);
    expect(pageSizeFor(0, 36)).toBe(1);
  });
});
