import { badInput } from '@pathways/api-core';
import type { EntityManager } from 'typeorm';

type ReferenceTable = 'department' | 'grade' | 'profession' | 'region';

/** Rejects codes the reference data does not have, naming the first and the field. */
export async function assertReferenceCodes(
  manager: EntityManager,
  table: ReferenceTable,
  codes: readonly string[],
  field: string,
): Promise<void> {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) return;
  const rows: { code: string }[] = await manager.query(
    `SELECT code FROM ${table} WHERE code = ANY ($1::text[])`,
    [wanted],
  );
  const known = new Set(rows.map((row) => row.code));
  const unknown = wanted.find((code) => !known.has(code));
  if (unknown !== undefined) throw badInput(`There is no ${table} "${unknown}"`, field);
}
