/** mulberry32: a small seeded PRNG, so every run generates the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from `items` in proportion to `weights`. */
export function weightedPicker<T>(
  random: () => number,
  items: readonly T[],
  weights: readonly number[],
): () => T {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let sum = 0;
  const cumulative = weights.map((weight) => (sum += weight / total));
  return () => {
    const r = random();
    const index = cumulative.findIndex((edge) => r < edge);
    return items[index === -1 ? items.length - 1 : index] as T;
  };
}
