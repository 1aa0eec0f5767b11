import { ImportRejectedError } from '@pathways/api-people';
import { readCsv } from '../csv/read-csv';

const COLUMNS = { required: ['a', 'b'], optional: ['c'] };

function rejection(text: string): string[] {
  try {
    readCsv('f.csv', text, COLUMNS);
  } catch (error) {
    if (error instanceof ImportRejectedError) return [...error.messages];
    throw error;
  }
  throw new Error('not rejected');
}

describe('readCsv', () => {
  it('reads columns in any order with their physical line, skipping blank lines', () => {
    expect(readCsv('f.csv', 'b,a\r\n 2 ," x"\r\n\r\n"multi\nline",3\r\n', COLUMNS)).toEqual([
      { line: 2, cells: { b: '2', a: ' x' } },
      { line: 4, cells: { b: 'multi\nline', a: '3' } },
    ]);
  });

  it('rejects unknown, repeated and missing columns on line 1', () => {
    expect(rejection('a,a,d\n1,2,3\n')).toEqual([
      'f.csv:1: field "a": column appears more than once',
      expect.stringMatching(/^f\.csv:1: field "d": unknown column/),
      'f.csv:1: field "b": required column is missing',
    ]);
  });

  it('rejects a row with the wrong number of cells, and malformed quoting', () => {
    expect(rejection('a,b\n1,2,3\n')).toEqual(['f.csv:2: has 3 cells; the header has 2']);
    expect(rejection('a,b\n1,"2\n')[0]).toMatch(/^f\.csv:2: not valid CSV/);
  });

  it('rejects an empty file', () => {
    expect(rejection('')).toEqual(['f.csv:1: the file is empty; a header row is required']);
  });
});
