export type Scale = (value: number) => number;

/** Maps [d0, d1] onto [r0, r1] in a straight line; a zero-width domain maps to r0. */
export function linearScale([d0, d1]: [number, number], [r0, r1]: [number, number]): Scale {
  const span = d1 - d0;
  return (value) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
}

/** Ticks every 10% up to 50%, every 20% above, so labels never crowd. */
const stepFor = (max: number) => (max <= 0.5 ? 0.1 : 0.2);

/**
 * The axis end for shares 0..1: the largest value rounded up to the next tick, at least 10%
 * and at most 100%, so bars fill the width without a lone tick past the data.
 */
export function niceShareMax(values: readonly number[]): number {
  const largest = Math.min(1, Math.max(0, ...values.filter(Number.isFinite)));
  // The epsilon stops 0.3 (0.30000000000000004 in binary) rounding up to 0.4.
  const tenths = Math.max(1, Math.ceil(largest * 10 - 1e-9));
  if (tenths <= 5) return tenths / 10;
  return (Math.ceil(tenths / 2) * 2) / 10;
}

/** Tick values from 0 to max, which niceShareMax made a whole number of steps. */
export function shareTicks(max: number): number[] {
  const step = stepFor(max);
  const count = Math.round(max / step);
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toFixed(10)));
}
