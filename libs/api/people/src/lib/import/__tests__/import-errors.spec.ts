import { ImportRejectedError, formatImportRowError } from '../import-errors';

describe(formatImportRowError.name, () => {
  it('names the file, the line and the field', () => {
    expect(
      formatImportRowError('people.csv', { line: 57, field: 'grade', message: 'bad grade' }),
    ).toBe('people.csv:57: field "grade": bad grade');
  });

  it('leaves the field out when the whole row is at fault', () => {
    expect(formatImportRowError('p.csv', { line: 3, field: null, message: 'too short' })).toBe(
      'p.csv:3: too short',
    );
  });
});

describe(ImportRejectedError.name, () => {
  it('lists the problems by line and says how many more there were', () => {
    const error = ImportRejectedError.fromRowErrors(
      'p.csv',
      [
        { line: 9, field: 'email', message: 'b' },
        { line: 4, field: 'grade', message: 'a' },
      ],
      5,
    );
    expect(error.messages).toEqual([
      'p.csv:4: field "grade": a',
      'p.csv:9: field "email": b',
      'p.csv: 3 more error(s) not shown',
    ]);
    expect(error.message).toBe(error.messages.join('\n'));
    expect(error.errors.map((e) => e.line)).toEqual([4, 9]);
  });

  it('names an unreadable file', () => {
    expect(ImportRejectedError.unreadable('x.csv', 'ENOENT').messages).toEqual([
      'x.csv: cannot read the file (ENOENT)',
    ]);
  });
});
