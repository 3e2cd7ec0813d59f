import { describe, expect, it } from 'vitest';
import { keepShown, toggleAll, toggleOne } from './selection';

describe('choosing silent libraries for a reminder', () => {
  it('adds and removes one', () => {
    expect([...toggleOne(new Set([1]), 2)]).toEqual([1, 2]);
    expect([...toggleOne(new Set([1, 2]), 1)]).toEqual([2]);
  });

  it('chooses every shown one, or none once all are chosen', () => {
    expect([...toggleAll(new Set([2]), [1, 2, 3])]).toEqual([1, 2, 3]);
    expect([...toggleAll(new Set([1, 2, 3]), [1, 2, 3])]).toEqual([]);
  });

  it('forgets those no longer shown', () => {
    expect([...keepShown(new Set([1, 4]), [1, 2, 3])]).toEqual([1]);
  });
});
