import { describe, expect, it } from '@jest/globals';
import { CLASS_COLOURS, classBreaks, classOf } from './class-breaks';

describe('classBreaks', () => {
  it('puts zeros in class 0 and splits the rest into at most five classes of about equal size', () => {
    const values = [0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const classes = classBreaks(values);
    expect(classes.map((c) => [c.index, c.min, c.max])).toEqual([
      [0, 0, 0],
      [1, 1, 2],
      [2, 3, 4],
      [3, 5, 6],
      [4, 7, 8],
      [5, 9, 10],
    ]);
    // Every figure falls in exactly one class.
    for (const value of values) expect(classes.filter((c) => value >= c.min && value <= c.max)).toHaveLength(1);
  });

  it('keeps equal figures in one class', () => {
    const classes = classBreaks([1, 1, 1, 1, 1, 1, 2, 9]);
    for (const value of [1, 2, 9]) expect(classes.filter((c) => value >= c.min && value <= c.max)).toHaveLength(1);
    expect(classOf(1, classes)!.max).toBe(1);
  });

  it('makes one class per figure when there are few, with the darkest colour for the most', () => {
    const classes = classBreaks([3, 7]);
    expect(classes.map((c) => [c.index, c.min, c.max])).toEqual([
      [1, 3, 3],
      [2, 7, 7],
    ]);
    expect(classes[1].colour).toBe(CLASS_COLOURS[CLASS_COLOURS.length - 1]);
    expect(classes[0].colour).not.toBe(classes[1].colour);
  });

  it('has no classes without figures, and only class 0 when all are zero', () => {
    expect(classBreaks([])).toEqual([]);
    expect(classBreaks([0, 0]).map((c) => c.index)).toEqual([0]);
  });
});
