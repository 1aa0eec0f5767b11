import type { EntityManager } from 'typeorm';

const PEOPLE_BY_STAFF_NUMBER_SQL = `
  SELECT staff_number, id FROM person WHERE staff_number = ANY($1::text[])`;

/** Person ids by staff number, for the staff numbers that exist. */
export async function personIdsByStaffNumber(
  manager: EntityManager,
  staffNumbers: Iterable<string>,
): Promise<Map<string, string>> {
  const rows: { staff_number: string; id: string }[] = await manager.query(
    PEOPLE_BY_STAFF_NUMBER_SQL,
    [[...new Set(staffNumbers)]],
  );
  return new Map(rows.map((row) => [row.staff_number, row.id]));
}

export const unknownStaffNumber = (staffNumber: string) =>
  `no person has staff number "${staffNumber}"; import them with import people first`;
