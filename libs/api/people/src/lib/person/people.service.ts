import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { badInput, conflict, notFound } from '@pathways/api-core';
import { EntityManager, Repository } from 'typeorm';
import { DepartmentEntity, GradeEntity } from '../reference/reference.entities';
import { PersonEntity } from './person.entity';

export interface NewPerson {
  staffNumber: string;
  givenName: string;
  familyName: string;
  email: string;
  departmentCode: string;
  gradeCode: string;
}

@Injectable()
export class PeopleService {
  constructor(@InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>) {}

  async findById(id: string): Promise<PersonEntity> {
    const person = await this.people.findOne({ where: { id } });
    if (!person) throw notFound('No such person');
    return person;
  }

  /** Up to 20 people whose name, email or staff number contains the text; erased people are left out. */
  search(text: string): Promise<PersonEntity[]> {
    const pattern = `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return this.people
      .createQueryBuilder('p')
      .where('p.erased_at IS NULL')
      .andWhere(
        "(p.staff_number ILIKE :pattern OR p.email ILIKE :pattern OR (p.given_name || ' ' || p.family_name) ILIKE :pattern)",
        { pattern },
      )
      .orderBy('p.family_name')
      .addOrderBy('p.given_name')
      .take(20)
      .getMany();
  }

  /** A person signing themselves up; a person already in a workforce extract is claimed by staff number + email. */
  async createForSignUp(input: NewPerson, manager: EntityManager): Promise<PersonEntity> {
    const repository = manager.getRepository(PersonEntity);
    if (
      !(await manager
        .getRepository(DepartmentEntity)
        .exists({ where: { code: input.departmentCode, active: true } }))
    ) {
      throw badInput('Select your department from the list', 'departmentCode');
    }
    if (!(await manager.getRepository(GradeEntity).exists({ where: { code: input.gradeCode } }))) {
      throw badInput('Select your grade from the list', 'gradeCode');
    }
    const existing = await repository.findOne({ where: { staffNumber: input.staffNumber } });
    if (existing) {
      if (existing.email?.toLowerCase() !== input.email || existing.erasedAt) {
        throw conflict(
          'That staff number belongs to someone else. Check it, or ask your HR team.',
          'staffNumber',
        );
      }
      return existing;
    }
    if (await repository.exists({ where: { email: input.email } })) {
      throw conflict('That email address belongs to someone else', 'email');
    }
    return repository.save(
      repository.create({
        ...input,
        professionCode: null,
        regionCode: null,
        dateOfBirth: null,
        careLeaver: null,
        apprentice: null,
        erasedAt: null,
      }),
    );
  }
}
