import { rangesFrom } from '../delivery/job-names';

describe(rangesFrom.name, () => {
  it('covers every id with one range when there is nothing to split at', () => {
    expect(rangesFrom([])).toEqual([{ from: null, to: null }]);
  });

  it('splits before each first id, leaving no gap and no overlap', () => {
    expect(rangesFrom(['b', 'd'])).toEqual([
      { from: null, to: 'b' },
      { from: 'b', to: 'd' },
      { from: 'd', to: null },
    ]);
  });

  it('puts every id in exactly one range', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `id${String(i).padStart(3, '0')}`);
    const ranges = rangesFrom(ids.filter((_, i) => i > 0 && i % 7 === 0));
    for (const id of ids) {
      const holding = ranges.filter(
        (range) =>
          (range.from === null || id >= range.from) && (range.to === null || id < range.to),
      );
      expect(holding).toHaveLength(1);
    }
  });
});
