import { formatCsv } from '../csv';

describe(formatCsv.name, () => {
  it('joins fields with commas and ends every record with CRLF', () => {
    expect(
      formatCsv([
        ['a', 'b'],
        [1, true],
      ]),
    ).toBe('a,b\r\n1,true\r\n');
  });

  it('writes null as an empty field', () => {
    expect(formatCsv([[null, 0, null]])).toBe(',0,\r\n');
  });

  it('quotes fields with a comma, a quote or a line break, doubling quotes', () => {
    expect(formatCsv([['a,b', 'say "hi"', 'two\nlines', 'cr\r']])).toBe(
      '"a,b","say ""hi""","two\nlines","cr\r"\r\n',
    );
  });

  it('leaves other text, including spaces, unquoted', () => {
    expect(formatCsv([[' x ', "it's"]])).toBe(" x ,it's\r\n");
  });

  it('writes numbers as JavaScript prints them, unrounded', () => {
    expect(formatCsv([[0.13333333333333333, 1e-21]])).toBe('0.13333333333333333,1e-21\r\n');
  });

  it('gives an empty string for no records', () => {
    expect(formatCsv([])).toBe('');
  });
});
