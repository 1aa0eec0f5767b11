import type { ImportRowError } from './import-errors';
import type { PeopleImportRow } from './people-import-row';

type LatestRow = Pick<PeopleImportRow, 'line' | 'snapshotDate' | 'email'>;

/** Rules across rows: one row per person and snapshot date, one person per email address. */
export class CrossRowChecks {
  private readonly seen = new Map<string, number>();
  private readonly latest = new Map<string, LatestRow>();

  addRow(row: PeopleImportRow): ImportRowError | null {
    const key = `${row.snapshotDate} ${row.staffNumber}`;
    const earlier = this.seen.get(key);
    if (earlier !== undefined) {
      return {
        line: row.line,
        field: 'staff_number',
        message: `${row.staffNumber} appears twice for snapshot ${row.snapshotDate} (also on line ${earlier})`,
      };
    }
    this.seen.set(key, row.line);
    const current = this.latest.get(row.staffNumber);
    if (!current || row.snapshotDate > current.snapshotDate)
      this.latest.set(row.staffNumber, {
        line: row.line,
        snapshotDate: row.snapshotDate,
        email: row.email,
      });
    return null;
  }

  /** A person's email comes from their latest row; two people cannot share one. */
  emailClashes(): ImportRowError[] {
    const owners = new Map<string, { staffNumber: string; line: number }>();
    const clashes: ImportRowError[] = [];
    for (const [staffNumber, { line, email }] of this.latest) {
      const owner = owners.get(email);
      if (!owner) {
        owners.set(email, { staffNumber, line });
        continue;
      }
      const [first, second] =
        owner.line < line ? [owner, { staffNumber, line }] : [{ staffNumber, line }, owner];
      clashes.push({
        line: second.line,
        field: 'email',
        message: `${email} is also the email of ${first.staffNumber} (line ${first.line})`,
      });
    }
    return clashes;
  }
}
