import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportRejectedError } from '../import-errors';
import type { PeopleImportBatch } from '../people-import-batch';
import type { PeopleImportReference } from '../people-import-reference';
import { readPeopleFile } from '../read-people-file';

const reference: PeopleImportReference = {
  departments: new Set(['DWP', 'HMRC', 'MOJ']),
  professions: new Set(['policy']),
  regions: new Set(['TLI']),
};

const HEADER = 'snapshot_date,staff_number,given_name,family_name,email,department,grade';
const row = (n: number, extra = '') =>
  `2024-01-01,SN${n},Given${n},Family${n},p${n}@example.gov.uk,DWP,HEO${extra}`;

describe(readPeopleFile.name, () => {
  let dir: string;
  let count = 0;
  const file = (content: string | Buffer): string => {
    const path = join(dir, `people-${++count}.csv`);
    writeFileSync(path, content);
    return path;
  };
  const rejection = async (path: string): Promise<ImportRejectedError> => {
    const error = await readPeopleFile(path, reference).then(
      () => new Error('expected a rejection'),
      (thrown: unknown) => thrown,
    );
    if (!(error instanceof ImportRejectedError)) throw error;
    return error;
  };
  const column = (batch: PeopleImportBatch, name: string) =>
    batch.columns.find((c) => c.name === name)?.values;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'read-people-file-'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every valid row, columns in any order', async () => {
    const path = file(
      'grade,email,staff_number,department,family_name,given_name,snapshot_date,region\n' +
        'G7,a@example.gov.uk,SN1,DWP,Smith,Ann,2024-01-01,TLI\n' +
        'EO,b@example.gov.uk,SN2,MOJ,Jones,Bob,2024-01-01,\n',
    );
    const batch = await readPeopleFile(path, reference);
    expect(batch.size).toBe(2);
    expect(column(batch, 'staff_number')).toEqual(['SN1', 'SN2']);
    expect(column(batch, 'grade_code')).toEqual(['G7', 'EO']);
    expect(column(batch, 'region_code')).toEqual(['TLI', null]);
    expect(column(batch, 'line')).toEqual([2, 3]);
    expect(batch.snapshotDates()).toEqual(['2024-01-01']);
  });

  it('keeps commas, quotes and line breaks inside quoted fields, counting physical lines', async () => {
    const path = file(
      `${HEADER}\n` +
        '2024-01-01,SN1,Ann,"Smith, Jr",a@example.gov.uk,DWP,HEO\n' +
        '2024-01-01,SN2,"Bo ""B""",Jones,b@example.gov.uk,DWP,HEO\n' +
        '2024-01-01,SN3,Cy,"Two\nLines",c@example.gov.uk,DWP,G8\n' +
        '2024-01-01,SN4,Di,Dee,d@example.gov.uk,DWP,G9\n',
    );
    const error = await rejection(path);
    expect(error.messages).toEqual([
      `${path}:4: field "family_name": contains a line break or another control character`,
      `${path}:4: field "grade": "G8" is not a grade; expected one of AA, AO, EO, HEO, SEO, G7, G6, SCS1, SCS2, SCS3, PS`,
      `${path}:6: field "grade": "G9" is not a grade; expected one of AA, AO, EO, HEO, SEO, G7, G6, SCS1, SCS2, SCS3, PS`,
    ]);
  });

  it('reads quoted commas and doubled quotes into the values', async () => {
    const path = file(
      `${HEADER}\n2024-01-01,SN1,"Bo ""B""","Smith, Jr",a@example.gov.uk,DWP,HEO\n`,
    );
    const batch = await readPeopleFile(path, reference);
    expect(column(batch, 'given_name')).toEqual(['Bo "B"']);
    expect(column(batch, 'family_name')).toEqual(['Smith, Jr']);
  });

  it('counts lines through CRLF line ends, a quoted CRLF, a BOM and blank lines', async () => {
    const path = file(
      `\uFEFF${HEADER}\r\n` +
        `${row(1)}\r\n` +
        '2024-01-01,SN2,"Multi\r\nLine",X,b@example.gov.uk,DWP,HEO\r\n' +
        '\r\n' +
        ',,,,,,\r\n' +
        `${row(3, 'X')}\r\n`,
    );
    const error = await rejection(path);
    expect(error.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'given_name'],
      [7, 'grade'],
    ]);
  });

  it('reads a file whose line ends are mixed', async () => {
    const path = file(`${HEADER}\r\n${row(1)}\n${row(2)}\r\n${row(3)}\r${row(4, 'X')}\n`);
    const error = await rejection(path);
    expect(error.messages).toEqual([expect.stringMatching(/:5: field "grade": "HEOX"/)]);
    const batch = await readPeopleFile(file(`${HEADER}\r\n${row(1)}\n${row(2)}\r\n`), reference);
    expect(batch.size).toBe(2);
  });

  it('accepts a last line without a line break', async () => {
    const batch = await readPeopleFile(file(`${HEADER}\n${row(1)}\n${row(2)}`), reference);
    expect(batch.size).toBe(2);
  });

  it('rejects a row with the wrong number of fields', async () => {
    const error = await rejection(file(`${HEADER}\n${row(1)}\n${row(2)},extra\n2024-01-01,SN3\n`));
    expect(error.messages).toEqual([
      `${error.file}:3: the row has 8 fields but the header has 7`,
      `${error.file}:4: the row has 2 fields but the header has 7`,
    ]);
  });

  it('rejects the header before reading any row', async () => {
    const error = await rejection(file(`${HEADER},salary\n${row(1)},1\n2024-99-99\n`));
    expect(error.messages).toEqual([
      expect.stringMatching(/:1: field "salary": unknown column; the columns of people\.csv are /),
    ]);
    const missing = await rejection(file('snapshot_date,staff_number\n2024-01-01,SN1\n'));
    expect(missing.errors.map((e) => e.field)).toEqual([
      'given_name',
      'family_name',
      'email',
      'department',
      'grade',
    ]);
  });

  it('rejects the same person twice in one snapshot, but not in two snapshots', async () => {
    const error = await rejection(file(`${HEADER}\n${row(1)}\n${row(2)}\n${row(1)}\n`));
    expect(error.messages).toEqual([
      `${error.file}:4: field "staff_number": SN1 appears twice for snapshot 2024-01-01 (also on line 2)`,
    ]);
    const batch = await readPeopleFile(
      file(`${HEADER}\n${row(1)}\n${row(1).replace('2024-01-01', '2025-01-01')}\n`),
      reference,
    );
    expect(batch.snapshotDates()).toEqual(['2024-01-01', '2025-01-01']);
  });

  it('rejects two people with one email in their latest rows', async () => {
    const error = await rejection(file(`${HEADER}\n${row(1)}\n${row(2).replace('p2@', 'P1@')}\n`));
    expect(error.messages).toEqual([
      `${error.file}:3: field "email": p1@example.gov.uk is also the email of SN1 (line 2)`,
    ]);
  });

  it('lets an email pass to another person when its first holder changed theirs', async () => {
    const later = (n: number, email: string) =>
      row(n).replace('2024-01-01', '2025-01-01').replace(`p${n}@`, `${email}@`);
    const batch = await readPeopleFile(
      file(`${HEADER}\n${row(1)}\n${later(1, 'new1')}\n${later(2, 'p1')}\n`),
      reference,
    );
    expect(batch.size).toBe(3);
  });

  it('reports the first 20 problems and counts the rest', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => row(i, 'Z'));
    const error = await rejection(file(`${HEADER}\n${rows.join('\n')}\n`));
    expect(error.messages).toHaveLength(21);
    expect(error.messages[0]).toMatch(/:2: field "grade": "HEOZ" is not a grade/);
    expect(error.messages[20]).toBe(`${error.file}: 10 more error(s) not shown`);
  });

  it('rejects text that is not UTF-8, naming the line', async () => {
    const latin1 = Buffer.from(
      `${HEADER}\n${row(1)}\n${row(2).replace('Given2', 'Zo\u00eb')}\n`,
      'latin1',
    );
    const error = await rejection(file(latin1));
    expect(error.messages).toEqual([
      `${error.file}:3: not valid UTF-8 text (save the file as "CSV UTF-8")`,
    ]);
  });

  it('accepts UTF-8 names', async () => {
    const batch = await readPeopleFile(
      file(`${HEADER}\n${row(1).replace('Given1', 'Zoë Ŵyn 陈')}\n`),
      reference,
    );
    expect(column(batch, 'given_name')).toEqual(['Zoë Ŵyn 陈']);
  });

  it('rejects malformed quoting at the line of the row', async () => {
    const unclosed = await rejection(
      file(`${HEADER}\n${row(1)}\n2024-01-01,SN2,"Open\n${row(3)}\n`),
    );
    expect(unclosed.messages).toEqual([
      `${unclosed.file}:3: a quoted field is never closed (a " is missing)`,
    ]);
    const stray = await rejection(
      file(`${HEADER}\n${row(1)}\n2024-01-01,SN2,Bo"b,X,b@x.uk,DWP,HEO\n`),
    );
    expect(stray.messages).toEqual([
      `${stray.file}:3: a " appears inside a field that is not quoted; quote the whole field and double the " inside it`,
    ]);
  });

  it('rejects an empty file and accepts a header without rows', async () => {
    expect((await rejection(file(''))).messages).toEqual([
      expect.stringMatching(/:1: the file is empty; expected a header row$/),
    ]);
    expect((await readPeopleFile(file(`${HEADER}\n`), reference)).size).toBe(0);
  });

  it('rejects a file it cannot read, naming it', async () => {
    const missing = join(dir, 'missing.csv');
    expect((await rejection(missing)).messages).toEqual([
      expect.stringMatching(new RegExp(`^${missing}: cannot read the file \\(ENOENT`)),
    ]);
    expect((await rejection(dir)).messages).toEqual([`${dir}: cannot read the file (not a file)`]);
  });

  it('reports progress every 10,000 rows', async () => {
    const rows = Array.from({ length: 25_000 }, (_, i) => row(i));
    const seen: number[] = [];
    const batch = await readPeopleFile(file(`${HEADER}\n${rows.join('\n')}\n`), reference, {
      onRowsRead: (n) => seen.push(n),
    });
    expect(batch.size).toBe(25_000);
    expect(seen).toEqual([10_000, 20_000]);
  });
});
