import { datePartsFromIso, parseDateParts } from '../date-parts';

describe('parseDateParts', () => {
  it('is empty when nothing was entered', () => {
    expect(parseDateParts({ day: ' ', month: '', year: '' }, 'The from date')).toEqual({
      kind: 'empty',
    });
  });

  it('reads a real date', () => {
    expect(parseDateParts({ day: '7', month: '3', year: '2025' }, 'The from date')).toEqual({
      kind: 'date',
      iso: '2025-03-07',
    });
  });

  it('names the missing parts', () => {
    expect(parseDateParts({ day: '7', month: '', year: '' }, 'The from date')).toEqual({
      kind: 'invalid',
      message: 'The from date must include a month and year',
    });
  });

  it.each([
    { day: '31', month: '2', year: '2025' },
    { day: 'x', month: '2', year: '2025' },
    { day: '1', month: '13', year: '2025' },
    { day: '1', month: '1', year: '25' },
  ])('rejects %p as not a real date', (parts) => {
    expect(parseDateParts(parts, 'The to date')).toEqual({
      kind: 'invalid',
      message: 'The to date must be a real date',
    });
  });
});

describe('datePartsFromIso', () => {
  it('splits an ISO date without leading zeros', () => {
    expect(datePartsFromIso('2025-03-07')).toEqual({ day: '7', month: '3', year: '2025' });
  });

  it('is empty for anything else', () => {
    expect(datePartsFromIso(null)).toEqual({ day: '', month: '', year: '' });
    expect(datePartsFromIso('7/3/2025')).toEqual({ day: '', month: '', year: '' });
  });
});
