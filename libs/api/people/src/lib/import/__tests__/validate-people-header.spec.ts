import { PEOPLE_COLUMNS, PEOPLE_REQUIRED_COLUMNS } from '../people-csv-columns';
import { validatePeopleHeader } from '../validate-people-header';

describe(validatePeopleHeader.name, () => {
  it('accepts the required columns in any order', () => {
    expect(validatePeopleHeader([...PEOPLE_REQUIRED_COLUMNS].reverse())).toEqual([]);
  });

  it('accepts every column of the contract', () => {
    expect(validatePeopleHeader(PEOPLE_COLUMNS)).toEqual([]);
    expect(PEOPLE_COLUMNS).toHaveLength(20);
  });

  it('rejects an unknown column, naming it', () => {
    expect(validatePeopleHeader([...PEOPLE_REQUIRED_COLUMNS, 'salary'])).toEqual([
      {
        line: 1,
        field: 'salary',
        message: expect.stringMatching(/^unknown column; .*snapshot_date/),
      },
    ]);
  });

  it('rejects a missing required column, naming it', () => {
    const columns = PEOPLE_REQUIRED_COLUMNS.filter((column) => column !== 'grade');
    expect(validatePeopleHeader(columns)).toEqual([
      { line: 1, field: 'grade', message: 'required column is missing' },
    ]);
  });

  it('rejects a repeated column and a column without a name', () => {
    expect(validatePeopleHeader([...PEOPLE_REQUIRED_COLUMNS, 'email', ''])).toEqual([
      { line: 1, field: 'email', message: 'column appears more than once' },
      { line: 1, field: null, message: 'column 9 has no name in the header row' },
    ]);
  });

  it('is case sensitive, as the contract names the columns', () => {
    const columns = PEOPLE_REQUIRED_COLUMNS.map((column) =>
      column === 'grade' ? 'Grade' : column,
    );
    expect(validatePeopleHeader(columns).map((error) => error.field)).toEqual(['Grade', 'grade']);
  });
});
