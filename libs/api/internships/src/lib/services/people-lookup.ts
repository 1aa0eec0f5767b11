import { PersonEntity } from '@pathways/api-people';
import { EntityManager, In } from 'typeorm';

/** People by id, in one query. */
export async function peopleById(
  manager: EntityManager,
  ids: readonly (string | null)[],
): Promise<Map<string, PersonEntity>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const people = await manager.getRepository(PersonEntity).findBy({ id: In(wanted) });
  return new Map(people.map((person) => [person.id, person]));
}

export function fullName(person: PersonEntity | undefined): string {
  return person ? `${person.givenName} ${person.familyName}`.trim() : 'Unknown';
}
