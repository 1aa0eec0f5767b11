import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { GENERATED_COLUMNS, generatePeopleRows } from './generate-people-rows';

const LINES_PER_WRITE = 1_000;

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes the generated snapshot as people.csv (CRLF, as spreadsheet exports do), streaming. */
export async function writePeopleCsv(path: string, seed: number, count: number): Promise<void> {
  const out = createWriteStream(path);
  let lines: string[] = [GENERATED_COLUMNS.join(',')];
  for (const row of generatePeopleRows(seed, count)) {
    lines.push(row.map(csvField).join(','));
    if (lines.length >= LINES_PER_WRITE) {
      if (!out.write(`${lines.join('\r\n')}\r\n`)) await once(out, 'drain');
      lines = [];
    }
  }
  if (lines.length > 0) out.write(`${lines.join('\r\n')}\r\n`);
  out.end();
  await once(out, 'finish');
}
