// The classes of a choropleth: class 0 holds the areas with nothing, classes 1–5 split the others
// into groups of about equal size (quantiles over the areas), with equal values always in one
// class. Each class names the lowest and highest figure it holds, so the legend states exactly
// which figures a number stands for.

export interface ValueClass {
  index: number;
  min: number;
  max: number;
  colour: string;
}

/**
 * A sequential scale (ColorBrewer "Blues", Cynthia Brewer, Apache-2.0), light for few: its
 * lightness falls with every step, so the order reads in greyscale too. Class 0 is a pale warm
 * grey: "none" should not look like "a few".
 */
export const CLASS_COLOURS = ['#f1ede6', '#dbe9f6', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
export const MAX_CLASSES = CLASS_COLOURS.length - 1;

/** The classes for these figures (one per area); an empty list gives no classes. */
export function classBreaks(values: readonly number[], maxClasses = MAX_CLASSES): ValueClass[] {
  const classes: ValueClass[] = [];
  if (values.some((value) => value === 0)) classes.push({ index: 0, min: 0, max: 0, colour: CLASS_COLOURS[0] });
  const positive = values.filter((value) => value > 0).sort((a, b) => a - b);
  if (positive.length === 0) return classes;
  const distinct = [...new Set(positive)];
  const count = Math.min(maxClasses, distinct.length);
  let start = 0;
  for (let k = 1; k <= count && start < positive.length; k++) {
    // The quantile's end, moved on past every figure equal to its last one.
    let end = k === count ? positive.length : Math.max(start + 1, Math.round((positive.length * k) / count));
    while (end < positive.length && positive[end] === positive[end - 1]) end++;
    classes.push({ index: k, min: positive[start], max: positive[end - 1], colour: '' });
    start = end;
  }
  // Fewer classes than asked (few distinct figures, or ties swallowed some): number them 1, 2, …
  // and spread the colours over the whole scale, so the darkest still means "most".
  const positiveClasses = classes.filter((c) => c.max > 0);
  positiveClasses.forEach((c, i) => {
    c.index = i + 1;
    c.colour = CLASS_COLOURS[Math.ceil(((i + 1) * MAX_CLASSES) / positiveClasses.length)];
  });
  return classes;
}

/** The class a figure falls in (the classes from {@link classBreaks} over figures including it). */
export function classOf(value: number, classes: readonly ValueClass[]): ValueClass | undefined {
  return classes.find((c) => value >= c.min && value <= c.max);
}
