import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, notFound } from '@pathways/api-core';
import { DataSource, Brackets } from 'typeorm';
import { LONDON_TODAY_SQL } from '../london-date';
import { ownsVacancy } from './vacancy-access';
import { vacancyModel } from './vacancy-model.mapper';
import { VacancyEntity } from './vacancy.entity';
import { AcceleratorRolesInput } from './vacancy.inputs';
import { Vacancy, VacancyPage } from './vacancy.model';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The open accelerator roles, for everyone signed in; drafts only for their owner. */
@Injectable()
export class AcceleratorRolesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser, input: AcceleratorRolesInput): Promise<VacancyPage> {
    const query = this.dataSource
      .getRepository(VacancyEntity)
      .createQueryBuilder('v')
      .where(`v.status = 'open' AND v.closing_date >= ${LONDON_TODAY_SQL}`);
    if (input.gradeCode) query.andWhere(':grade = ANY (v.grade_codes)', { grade: input.gradeCode });
    if (input.professionCode)
      query.andWhere('v.profession_code = :profession', { profession: input.professionCode });
    if (input.regionCode)
      query.andWhere(
        new Brackets((where) =>
          where.where('v.remote').orWhere(':region = ANY (v.region_codes)', {
            region: input.regionCode,
          }),
        ),
      );
    if (input.departmentCode)
      query.andWhere('v.department_code = :department', { department: input.departmentCode });
    if (input.category) query.andWhere('v.category = :category', { category: input.category });
    for (const [i, word] of (input.keyword ?? '').trim().split(/\s+/).filter(Boolean).entries())
      query.andWhere(`(v.title ILIKE :word${i} OR v.summary ILIKE :word${i})`, {
        [`word${i}`]: `%${escapeLike(word)}%`,
      });
    const [rows, total] = await query
      .orderBy('v.closing_date', 'ASC')
      .addOrderBy('v.published_at', 'DESC')
      .addOrderBy('v.id', 'ASC')
      .take(input.limit ?? 20)
      .skip(input.offset ?? 0)
      .getManyAndCount();
    return { total, items: rows.map((row) => vacancyModel(row, user.personId)) };
  }

  async get(user: AuthenticatedUser, id: string): Promise<Vacancy> {
    const vacancy = await this.dataSource.getRepository(VacancyEntity).findOne({ where: { id } });
    if (!vacancy || (vacancy.status === 'draft' && !ownsVacancy(user, vacancy)))
      throw notFound('No such vacancy');
    return vacancyModel(vacancy, user.personId);
  }

  /** The vacancies the caller posted, newest first. */
  async mine(user: AuthenticatedUser): Promise<Vacancy[]> {
    const rows = await this.dataSource.getRepository(VacancyEntity).find({
      where: { ownerPersonId: user.personId },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    return rows.map((row) => vacancyModel(row, user.personId));
  }
}
