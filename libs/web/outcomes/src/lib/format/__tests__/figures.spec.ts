import {
  countText,
  countWithShareText,
  formatCount,
  formatInterval,
  formatPercent,
  formatPublishedPercent,
  formatPValue,
  NOT_APPLICABLE,
  percentOrNothing,
  shareOfText,
  SUPPRESSED,
} from '../figures';

describe('figures', () => {
  describe(formatPercent.name, () => {
    it('shows a fraction as a percentage with one decimal', () => {
      expect(formatPercent(0.33624454148471616)).toBe('33.6%');
      expect(formatPercent(0)).toBe('0.0%');
      expect(formatPercent(1)).toBe('100.0%');
      expect(formatPercent(0.39, 0)).toBe('39%');
    });
  });

  describe(formatPublishedPercent.name, () => {
    it('keeps a decimal only where the source had one', () => {
      expect(formatPublishedPercent(0.39)).toBe('39%');
      expect(formatPublishedPercent(0.154)).toBe('15.4%');
      expect(formatPublishedPercent(0.07)).toBe('7%');
    });
  });

  describe(formatInterval.name, () => {
    it('joins both ends', () => {
      expect(formatInterval(0.2782055299112498, 0.39968688512367123)).toBe('27.8% to 40.0%');
    });
  });

  describe(formatPValue.name, () => {
    it('gives three decimals, and "< 0.001" below that', () => {
      expect(formatPValue(4.6e-15)).toBe('<\u00a00.001');
      expect(formatPValue(0.001)).toBe('0.001');
      expect(formatPValue(0.00302375973833839)).toBe('0.003');
      expect(formatPValue(1)).toBe('1.000');
    });
  });

  describe(countText.name, () => {
    it('shows [c] for a withheld count, and thousands with a comma', () => {
      expect(countText({ value: null, suppressed: true })).toBe(SUPPRESSED);
      expect(countText({ value: 12, suppressed: true })).toBe(SUPPRESSED);
      expect(countText({ value: 4911, suppressed: false })).toBe('4,911');
      expect(formatCount(0)).toBe('0');
    });
  });

  describe(countWithShareText.name, () => {
    it('never shows a share beside a withheld count', () => {
      expect(countWithShareText({ value: 41, suppressed: false }, 0.3253968)).toBe('41 (32.5%)');
      expect(countWithShareText({ value: 18, suppressed: false }, null)).toBe('18');
      expect(countWithShareText({ value: null, suppressed: true }, 0.5)).toBe(SUPPRESSED);
    });
  });

  describe(shareOfText.name, () => {
    it('is [c] when either count is withheld', () => {
      const shown = (value: number) => ({ value, suppressed: false });
      expect(shareOfText(shown(162), shown(206), 0.7864)).toBe('162 of 206 (78.6%)');
      expect(shareOfText({ value: null, suppressed: true }, shown(15), null)).toBe(SUPPRESSED);
      expect(shareOfText(shown(0), shown(0), null)).toBe(NOT_APPLICABLE);
      expect(percentOrNothing(null)).toBe(NOT_APPLICABLE);
    });
  });
});
