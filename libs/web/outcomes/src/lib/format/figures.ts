/** The statistical convention for a withheld cell (Civil Service Statistics); never a figure. */
export const SUPPRESSED = '[c]';
/** Nothing to show: no one to count yet, or a figure that cannot be worked out. */
export const NOT_APPLICABLE = '–';

export interface CountLike {
  value?: number | null;
  suppressed: boolean;
}

const COUNT = new Intl.NumberFormat('en-GB');

export function formatCount(value: number): string {
  return COUNT.format(value);
}

/** A fraction 0..1 as a percentage, "33.6%", with one decimal unless asked otherwise. */
export function formatPercent(fraction: number, digits = 1): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** A published figure as it was published: "39%", or "15.4%" when it has a decimal. */
export function formatPublishedPercent(fraction: number): string {
  const percent = Number((fraction * 100).toFixed(6));
  return Number.isInteger(percent) ? `${percent}%` : formatPercent(fraction);
}

/** A 95% interval, "27.8% to 40.0%". */
export function formatInterval(low: number, high: number): string {
  return `${formatPercent(low)} to ${formatPercent(high)}`;
}

/**
 * Three decimals, and "< 0.001" below that: more digits would suggest a precision nobody has.
 * The space is non-breaking so the sign never wraps away from its number.
 */
export function formatPValue(p: number): string {
  return p < 0.001 ? '<\u00a00.001' : p.toFixed(3);
}

/** A published count: the number, or [c] when disclosure control withheld it. */
export function countText(cell: CountLike): string {
  if (cell.suppressed || cell.value === null || cell.value === undefined) return SUPPRESSED;
  return formatCount(cell.value);
}

/**
 * A count with its share in brackets, "41 (32.5%)". A withheld count is [c], and so is the share
 * of a shown count when the share itself was withheld (it would need a withheld total).
 */
export function countWithShareText(cell: CountLike, share: number | null | undefined): string {
  const count = countText(cell);
  if (count === SUPPRESSED) return SUPPRESSED;
  return share === null || share === undefined ? count : `${count} (${formatPercent(share)})`;
}

/** A share or NOT_APPLICABLE; for shares whose count may itself be withheld use shareOfText. */
export function percentOrNothing(fraction: number | null | undefined): string {
  return fraction === null || fraction === undefined ? NOT_APPLICABLE : formatPercent(fraction);
}

/** "162 of 206 (78.6%)": yes of those asked, [c] when either count is withheld. */
export function shareOfText(count: CountLike, total: CountLike, share: number | null): string {
  if (countText(count) === SUPPRESSED || countText(total) === SUPPRESSED) return SUPPRESSED;
  if (share === null) return NOT_APPLICABLE;
  return `${countText(count)} of ${countText(total)} (${formatPercent(share)})`;
}
