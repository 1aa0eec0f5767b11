import { linearScale, niceShareMax, shareTicks } from '../scale';

describe('chart scales', () => {
  describe(linearScale.name, () => {
    it('maps the domain onto the range in a straight line', () => {
      const x = linearScale([0, 0.5], [150, 650]);
      expect(x(0)).toBe(150);
      expect(x(0.25)).toBe(400);
      expect(x(0.5)).toBe(650);
    });

    it('maps a zero-width domain to the start of the range', () => {
      expect(linearScale([0, 0], [10, 20])(5)).toBe(10);
    });
  });

  describe(niceShareMax.name, () => {
    it('rounds up to the next tenth up to 50%, then to the next fifth', () => {
      expect(niceShareMax([0.336, 0.3997])).toBe(0.4);
      expect(niceShareMax([0.3])).toBe(0.3);
      expect(niceShareMax([0.1 + 0.2])).toBe(0.3);
      expect(niceShareMax([0.668])).toBe(0.8);
      expect(niceShareMax([0.51])).toBe(0.6);
    });

    it('keeps the axis between 10% and 100%', () => {
      expect(niceShareMax([])).toBe(0.1);
      expect(niceShareMax([0])).toBe(0.1);
      expect(niceShareMax([1.2])).toBe(1);
      expect(niceShareMax([Number.NaN, 0.05])).toBe(0.1);
    });
  });

  describe(shareTicks.name, () => {
    it('ticks every 10% up to 50% and every 20% above', () => {
      expect(shareTicks(0.4)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
      expect(shareTicks(0.8)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
      expect(shareTicks(1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    });
  });
});
