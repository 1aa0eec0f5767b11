import { Injectable } from '@nestjs/common';
import { notFound } from '@pathways/api-core';
import { PersonAnswersEntity, PersonEntity, sebGroupOf } from '@pathways/api-people';
import { DataSource, EntityManager, In } from 'typeorm';
import type { ApplicantFacts, SebStatus } from '../rules/eligibility';

/**
 * Reads what eligibility needs about people, including their sensitive answers. Callers
 * reveal only eligible / not eligible to anyone but the person themself.
 */
@Injectable()
export class ApplicantFactsService {
  constructor(private readonly dataSource: DataSource) {}

  async forPerson(personId: string, manager?: EntityManager): Promise<ApplicantFacts> {
    const [facts] = await this.forPeople([personId], manager);
    if (!facts) throw notFound('No such person');
    return facts;
  }

  /** Facts in the order of the ids; null for an unknown id. */
  async forPeople(
    personIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<(ApplicantFacts | null)[]> {
    if (personIds.length === 0) return [];
    const ids = [...new Set(personIds)];
    const people = await manager.getRepository(PersonEntity).findBy({ id: In(ids) });
    const answers = await manager.getRepository(PersonAnswersEntity).findBy({ personId: In(ids) });
    const answersOf = new Map(answers.map((row) => [row.personId, row]));
    const factsOf = new Map(
      people.map((person) => [person.id, factsFrom(person, answersOf.get(person.id) ?? null)]),
    );
    return personIds.map((id) => factsOf.get(id) ?? null);
  }
}

export function sebStatusOf(row: PersonAnswersEntity | null): SebStatus {
  if (!row || (!row.sebOccupation && !row.sebEarnerEmployment)) return { status: 'unanswered' };
  const group = sebGroupOf(row);
  if (group === 'unknown' && row.sebOccupation === 'prefer_not_to_say') {
    return { status: 'declined' };
  }
  return { status: 'answered', group };
}

function factsFrom(person: PersonEntity, answers: PersonAnswersEntity | null): ApplicantFacts {
  return {
    seb: sebStatusOf(answers),
    gradeCode: person.gradeCode,
    departmentCode: person.departmentCode,
    careLeaver: person.careLeaver,
    dateOfBirth: person.dateOfBirth,
  };
}
