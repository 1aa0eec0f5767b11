/** What a number typed into a text input turned out to be. */
export type ParsedNumber =
  { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

const WHOLE = /^-?\d+$/;
const DECIMAL = /^-?(\d+\.?\d*|\.\d+)$/;

function parse(text: string, pattern: RegExp): ParsedNumber {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'empty' };
  const value = Number(trimmed);
  return pattern.test(trimmed) && Number.isFinite(value)
    ? { kind: 'number', value }
    : { kind: 'invalid' };
}

/** Whole numbers only, such as "12" or "-2"; "1.5" and "1e3" are invalid. */
export const parseWholeNumber = (text: string): ParsedNumber => parse(text, WHOLE);

/** Plain decimals such as "0.3", ".5" or "2"; no exponents or thousands separators. */
export const parseDecimal = (text: string): ParsedNumber => parse(text, DECIMAL);
