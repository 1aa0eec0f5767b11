import { capText, checkCapForm, overCap, reservedText } from '../cap-form';

describe(checkCapForm.name, () => {
  it('takes a whole percentage, with or without the % sign', () => {
    expect(checkCapForm({ departmentCode: 'MOJ', maxPercent: ' 30 ' })).toEqual({
      problems: [],
      input: { departmentCode: 'MOJ', maxPercent: 30 },
    });
    expect(checkCapForm({ departmentCode: 'MOJ', maxPercent: '30%' }).input).toEqual({
      departmentCode: 'MOJ',
      maxPercent: 30,
    });
  });

  it('takes 0 and 100, the ends of the range', () => {
    expect(checkCapForm({ departmentCode: 'MOJ', maxPercent: '0' }).input?.maxPercent).toBe(0);
    expect(checkCapForm({ departmentCode: 'MOJ', maxPercent: '100' }).input?.maxPercent).toBe(100);
  });

  it('removes the cap when the box is empty', () => {
    expect(checkCapForm({ departmentCode: 'DWP', maxPercent: '  ' }).input).toEqual({
      departmentCode: 'DWP',
      maxPercent: null,
    });
  });

  it('refuses fractions, negatives, words and more than 100, naming the field', () => {
    for (const typed of ['12.5', '-5', 'thirty', '1e2'])
      expect(checkCapForm({ departmentCode: 'MOJ', maxPercent: typed })).toEqual({
        problems: [
          {
            field: 'maxPercent',
            message: 'The cap must be a whole number of percent, like 30',
          },
        ],
        input: null,
      });
    expect(checkCapForm({ departmentCode: 'MOJ', maxPercent: '101' }).problems).toEqual([
      { field: 'maxPercent', message: 'The cap must be 100% or less' },
    ]);
  });

  it('asks for the department, alongside any problem with the cap', () => {
    expect(checkCapForm({ departmentCode: '', maxPercent: '200' }).problems).toEqual([
      { field: 'departmentCode', message: 'Select the department' },
      { field: 'maxPercent', message: 'The cap must be 100% or less' },
    ]);
  });
});

describe(reservedText.name, () => {
  it('gives the counts and the share', () => {
    expect(reservedText({ openCount: 5, reservedCount: 2, sharePercent: 40 })).toBe('2 of 5 (40%)');
    expect(reservedText({ openCount: 3, reservedCount: 1, sharePercent: 33.3 })).toBe(
      '1 of 3 (33.3%)',
    );
  });

  it('says so when the department has no open role', () => {
    expect(reservedText({ openCount: 0, reservedCount: 0, sharePercent: 0 })).toBe('No open roles');
  });
});

describe(capText.name, () => {
  it('names the cap, or its absence', () => {
    expect(capText({ maxPercent: 30 })).toBe('30%');
    expect(capText({ maxPercent: 0 })).toBe('0%');
    expect(capText({ maxPercent: null })).toBe('No cap');
  });
});

describe(overCap.name, () => {
  const share = { openCount: 4, reservedCount: 2, sharePercent: 50 };

  it('is true only when the share is above a cap', () => {
    expect(overCap({ ...share, maxPercent: 30 })).toBe(true);
    expect(overCap({ ...share, maxPercent: 50 })).toBe(false);
    expect(overCap({ ...share, maxPercent: null })).toBe(false);
  });

  it('is false for a department with no open roles, whatever the cap', () => {
    expect(overCap({ openCount: 0, reservedCount: 0, sharePercent: 0, maxPercent: 0 })).toBe(false);
  });
});
