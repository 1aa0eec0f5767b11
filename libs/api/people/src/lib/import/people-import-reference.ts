import { EntityManager } from 'typeorm';

/** The codes a people.csv row may use, read from the reference tables once per import. */
export interface PeopleImportReference {
  departments: ReadonlySet<string>;
  professions: ReadonlySet<string>;
  regions: ReadonlySet<string>;
}

async function codes(manager: EntityManager, table: string): Promise<ReadonlySet<string>> {
  const rows: { code: string }[] = await manager.query(`SELECT code FROM ${table}`);
  return new Set(rows.map((row) => row.code));
}

/**
 * Inactive departments and professions are accepted: an extract may describe a date when
 * they were still in use.
 */
export async function loadPeopleImportReference(
  manager: EntityManager,
): Promise<PeopleImportReference> {
  const [departments, professions, regions] = await Promise.all([
    codes(manager, 'department'),
    codes(manager, 'profession'),
    codes(manager, 'region'),
  ]);
  return { departments, professions, regions };
}
