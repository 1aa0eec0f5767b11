import type { PeopleImportReference } from '../people-import-reference';
import { PeopleCsvRecord, validatePeopleRow } from '../validate-people-row';

const reference: PeopleImportReference = {
  departments: new Set(['DWP', 'HMRC']),
  professions: new Set(['policy', 'tax']),
  regions: new Set(['TLI', 'TLC']),
};

const minimal = {
  snapshot_date: '2024-01-01',
  staff_number: 'SN1',
  given_name: 'Ada',
  family_name: 'Lovelace',
  email: 'ada@example.gov.uk',
  department: 'DWP',
  grade: 'HEO',
};

const full = {
  ...minimal,
  profession: 'policy',
  region: 'TLI',
  date_of_birth: '1990-02-28',
  care_leaver: 'yes',
  apprentice: 'no',
  gender: 'female',
  ethnicity: 'white',
  disability: 'prefer_not_to_say',
  sexual_orientation: 'bisexual',
  seb_occupation: 'professional',
  seb_school: 'state_selective',
  seb_fsm: 'no',
  seb_parent_degree: 'yes',
};

function errorsOf(record: PeopleCsvRecord): { field: string | null; message: string }[] {
  const result = validatePeopleRow(record, 7, reference);
  return result.ok ? [] : result.errors.map(({ field, message }) => ({ field, message }));
}

describe(validatePeopleRow.name, () => {
  it('accepts a row with only the required columns, leaving the rest not provided', () => {
    expect(validatePeopleRow(minimal, 7, reference)).toEqual({
      ok: true,
      row: {
        line: 7,
        snapshotDate: '2024-01-01',
        staffNumber: 'SN1',
        givenName: 'Ada',
        familyName: 'Lovelace',
        email: 'ada@example.gov.uk',
        departmentCode: 'DWP',
        gradeCode: 'HEO',
        professionCode: null,
        regionCode: null,
        dateOfBirth: null,
        careLeaver: null,
        apprentice: null,
        answers: {
          seb_occupation: null,
          seb_school: null,
          seb_fsm: null,
          seb_parent_degree: null,
          gender: null,
          ethnicity: null,
          disability: null,
          sexual_orientation: null,
        },
      },
    });
  });

  it('accepts and normalises a full row', () => {
    const result = validatePeopleRow({ ...full, email: ' Ada@Example.GOV.uk ' }, 3, reference);
    expect(result).toMatchObject({
      ok: true,
      row: {
        email: 'ada@example.gov.uk',
        professionCode: 'policy',
        regionCode: 'TLI',
        dateOfBirth: '1990-02-28',
        careLeaver: true,
        apprentice: false,
        answers: {
          gender: 'female',
          disability: 'prefer_not_to_say',
          seb_occupation: 'professional',
          seb_school: 'state_selective',
          seb_parent_degree: 'yes',
        },
      },
    });
  });

  it('treats an empty or blank cell as not provided', () => {
    const result = validatePeopleRow({ ...minimal, region: '', care_leaver: '  ' }, 2, reference);
    expect(result).toMatchObject({ ok: true, row: { regionCode: null, careLeaver: null } });
  });

  it('trims the cells', () => {
    const result = validatePeopleRow(
      { ...minimal, given_name: '  Ada ', grade: ' G7' },
      2,
      reference,
    );
    expect(result).toMatchObject({ ok: true, row: { givenName: 'Ada', gradeCode: 'G7' } });
  });

  it.each(Object.keys(minimal))('requires %s', (field) => {
    expect(errorsOf({ ...minimal, [field]: '' })).toEqual([
      { field, message: 'required, but the cell is empty' },
    ]);
  });

  it('requires a column missing from the record too', () => {
    const { grade: _grade, ...withoutGrade } = minimal;
    expect(errorsOf(withoutGrade)).toEqual([
      { field: 'grade', message: 'required, but the cell is empty' },
    ]);
  });

  it.each(['2024-02-30', '2024-1-1', '01/01/2024', 'yesterday'])(
    'rejects the snapshot date %s',
    (value) => {
      expect(errorsOf({ ...minimal, snapshot_date: value })).toEqual([
        {
          field: 'snapshot_date',
          message: `"${value}" is not a date; expected YYYY-MM-DD, a real calendar day`,
        },
      ]);
    },
  );

  it('rejects a grade outside the fixed list, listing the grades', () => {
    expect(errorsOf({ ...minimal, grade: 'G8' })).toEqual([
      {
        field: 'grade',
        message:
          '"G8" is not a grade; expected one of AA, AO, EO, HEO, SEO, G7, G6, SCS1, SCS2, SCS3, PS',
      },
    ]);
    expect(errorsOf({ ...minimal, grade: 'heo' })).toHaveLength(1);
  });

  it.each([
    ['department', 'MOJ', 'department'],
    ['profession', 'plumbing', 'profession'],
    ['region', 'TLZ', 'region'],
  ])('rejects a %s code not in the reference data', (field, value, what) => {
    expect(errorsOf({ ...minimal, [field]: value })).toEqual([
      { field, message: `"${value}" is not a ${what} code in the reference data` },
    ]);
  });

  it.each(['care_leaver', 'apprentice'])('accepts only yes or no for %s', (field) => {
    expect(errorsOf({ ...minimal, [field]: 'no' })).toEqual([]);
    expect(errorsOf({ ...minimal, [field]: 'Y' })).toEqual([
      { field, message: '"Y" must be yes or no' },
    ]);
    expect(errorsOf({ ...minimal, [field]: 'true' })).toHaveLength(1);
  });

  it('rejects a date of birth that is not a date or not before the snapshot', () => {
    expect(errorsOf({ ...minimal, date_of_birth: '1990-02-29' })).toEqual([
      {
        field: 'date_of_birth',
        message: '"1990-02-29" is not a date; expected YYYY-MM-DD, a real calendar day',
      },
    ]);
    expect(errorsOf({ ...minimal, date_of_birth: '2024-01-01' })).toEqual([
      { field: 'date_of_birth', message: '2024-01-01 is not before the snapshot date' },
    ]);
  });

  it.each([
    ['seb_occupation', 'astronaut'],
    ['seb_school', 'Independent'],
    ['seb_fsm', 'maybe'],
    ['seb_parent_degree', 'y'],
    ['gender', 'f'],
    ['ethnicity', 'british'],
    ['disability', 'true'],
    ['sexual_orientation', 'gay'],
  ])('rejects %s "%s", listing the answer codes', (field, value) => {
    const [error] = errorsOf({ ...minimal, [field]: value });
    expect(error).toEqual({
      field,
      message: expect.stringMatching(
        new RegExp(`^"${value}" is not an answer code; expected one of .*prefer_not_to_say`),
      ),
    });
  });

  it('accepts "prefer not to say" for every answer column', () => {
    const declined = Object.fromEntries(
      [
        'seb_occupation',
        'seb_school',
        'seb_fsm',
        'seb_parent_degree',
        'gender',
        'ethnicity',
        'disability',
        'sexual_orientation',
      ].map((column) => [column, 'prefer_not_to_say']),
    );
    expect(errorsOf({ ...minimal, ...declined })).toEqual([]);
  });

  it.each([
    'ada',
    'ada@',
    '@example.gov.uk',
    'ada@example',
    'ada lovelace@example.gov.uk',
    'a@b@c.uk',
  ])('rejects the email %s', (value) => {
    expect(errorsOf({ ...minimal, email: value })).toEqual([
      { field: 'email', message: `"${value}" is not an email address (name@example.gov.uk)` },
    ]);
  });

  it('rejects a staff number with a space, and over-long values', () => {
    expect(errorsOf({ ...minimal, staff_number: 'SN 1' })).toEqual([
      { field: 'staff_number', message: '"SN 1" contains a space' },
    ]);
    expect(errorsOf({ ...minimal, family_name: 'x'.repeat(201) })).toEqual([
      { field: 'family_name', message: 'longer than 200 characters' },
    ]);
  });

  it('rejects a line break inside a name', () => {
    expect(errorsOf({ ...minimal, given_name: 'Ada\nByron' })).toEqual([
      { field: 'given_name', message: 'contains a line break or another control character' },
    ]);
  });

  it('accepts names with commas, quotes and accents', () => {
    const result = validatePeopleRow(
      { ...minimal, given_name: 'Zoë "Zo"', family_name: "O'Brien, Jr" },
      2,
      reference,
    );
    expect(result).toMatchObject({
      ok: true,
      row: { givenName: 'Zoë "Zo"', familyName: "O'Brien, Jr" },
    });
  });

  it('reports every problem of the row at its line', () => {
    const result = validatePeopleRow(
      { ...minimal, grade: 'G8', email: 'nope', seb_fsm: 'maybe', snapshot_date: '' },
      57,
      reference,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => [error.line, error.field])).toEqual([
      [57, 'snapshot_date'],
      [57, 'email'],
      [57, 'grade'],
      [57, 'seb_fsm'],
    ]);
  });
});
