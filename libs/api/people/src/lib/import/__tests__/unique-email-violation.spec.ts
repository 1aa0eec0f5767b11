import { QueryFailedError } from 'typeorm';
import { PeopleImportBatch } from '../people-import-batch';
import { uniqueEmailViolation } from '../unique-email-violation';

const violation = (detail: string, code = '23505') =>
  new QueryFailedError('INSERT …', [], Object.assign(new Error('duplicate key'), { code, detail }));

describe(uniqueEmailViolation.name, () => {
  const batch = new PeopleImportBatch();
  const answers = {
    seb_occupation: null,
    seb_school: null,
    seb_fsm: null,
    seb_parent_degree: null,
    gender: null,
    ethnicity: null,
    disability: null,
    sexual_orientation: null,
  };
  for (const [line, email] of [
    [2, 'a@example.gov.uk'],
    [3, 'b@example.gov.uk'],
  ] as const) {
    batch.add({
      line,
      snapshotDate: '2024-01-01',
      staffNumber: `SN${line}`,
      givenName: 'G',
      familyName: 'F',
      email,
      departmentCode: 'DWP',
      gradeCode: 'EO',
      professionCode: null,
      regionCode: null,
      dateOfBirth: null,
      careLeaver: null,
      apprentice: null,
      answers,
    });
  }

  it('names the line of the row whose email the unique index refused', () => {
    const error = uniqueEmailViolation(
      violation('Key (email)=(b@example.gov.uk) already exists.'),
      'p.csv',
      batch,
    );
    expect(error?.messages).toEqual([
      'p.csv:3: field "email": b@example.gov.uk still belongs to another person when this row is written (two people swapping emails? import one change first)',
    ]);
  });

  it('leaves other database errors alone', () => {
    expect(
      uniqueEmailViolation(violation('Key (staff_number)=(SN1) already exists.'), 'p.csv', batch),
    ).toBeNull();
    expect(uniqueEmailViolation(violation('whatever', '23503'), 'p.csv', batch)).toBeNull();
    expect(uniqueEmailViolation(new Error('boom'), 'p.csv', batch)).toBeNull();
  });
});
