import { parseDecimal, parseWholeNumber } from '../number-text';

describe('parseWholeNumber', () => {
  it.each([
    ['12', 12],
    [' -3 ', -3],
    ['007', 7],
  ])('reads %p', (text, value) => {
    expect(parseWholeNumber(text)).toEqual({ kind: 'number', value });
  });

  it('says when nothing was typed', () => {
    expect(parseWholeNumber('  ')).toEqual({ kind: 'empty' });
  });

  it.each(['1.5', '1e3', 'twelve', '+2', '1 2', '0x10'])('refuses %p', (text) => {
    expect(parseWholeNumber(text)).toEqual({ kind: 'invalid' });
  });
});

describe('parseDecimal', () => {
  it.each([
    ['0.3', 0.3],
    ['.5', 0.5],
    ['2.', 2],
    ['-0.25', -0.25],
    ['10', 10],
  ])('reads %p', (text, value) => {
    expect(parseDecimal(text)).toEqual({ kind: 'number', value });
  });

  it.each(['0,5', '1e3', 'Infinity', 'NaN', '.', '-', '1.2.3', '9'.repeat(400)])(
    'refuses %p',
    (text) => {
      expect(parseDecimal(text)).toEqual({ kind: 'invalid' });
    },
  );
});
