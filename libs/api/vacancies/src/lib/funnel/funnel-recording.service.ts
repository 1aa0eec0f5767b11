import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, badInput, forbidden, notFound } from '@pathways/api-core';
import { DataSource, EntityManager } from 'typeorm';
import { ownsVacancy } from '../vacancies/vacancy-access';
import { VacancyEntity } from '../vacancies/vacancy.entity';
import type { FunnelEventSource, FunnelEventStage } from './vacancy-funnel-event.entity';

// Reaching a stage means having passed the ones before it: an application is also a view.
const STAGES_UP_TO: Record<FunnelEventStage, FunnelEventStage[]> = {
  viewed: ['viewed'],
  applied: ['viewed', 'applied'],
  appointed: ['viewed', 'applied', 'appointed'],
};

/** Records who reached which stage; the first record of a stage stands, repeats change nothing. */
@Injectable()
export class FunnelRecordingService {
  constructor(private readonly dataSource: DataSource) {}

  async view(user: AuthenticatedUser, vacancyId: string): Promise<boolean> {
    await this.publishedVacancy(this.dataSource.manager, vacancyId);
    await record(this.dataSource.manager, vacancyId, user.personId, 'viewed', 'self', null);
    return true;
  }

  /** The person says they applied. */
  async apply(user: AuthenticatedUser, vacancyId: string): Promise<boolean> {
    await this.publishedVacancy(this.dataSource.manager, vacancyId);
    await record(this.dataSource.manager, vacancyId, user.personId, 'applied', 'self', null);
    return true;
  }

  /** The apply link: records the application of whoever is signed in, and says where to go. */
  async followApplyLink(vacancyId: string, personId: string | null): Promise<string | null> {
    const vacancy = await this.dataSource
      .getRepository(VacancyEntity)
      .findOne({ where: { id: vacancyId } });
    if (!vacancy || vacancy.status === 'draft' || !vacancy.applyUrl) return null;
    if (personId)
      await record(this.dataSource.manager, vacancyId, personId, 'applied', 'link', null);
    return vacancy.applyUrl;
  }

  /** Only the vacancy's owner (or an admin) records who was appointed, by staff number. */
  async appoint(user: AuthenticatedUser, vacancyId: string, staffNumber: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await this.publishedVacancy(manager, vacancyId);
      if (!ownsVacancy(user, vacancy))
        throw forbidden('Only the person who posted the vacancy records appointments.');
      const [person]: { id: string }[] = await manager.query(
        `SELECT id FROM person WHERE staff_number = $1 AND erased_at IS NULL`,
        [staffNumber.trim()],
      );
      if (!person) throw badInput('No one has that staff number', 'staffNumber');
      await record(manager, vacancyId, person.id, 'appointed', 'owner', user.personId);
      return true;
    });
  }

  private async publishedVacancy(manager: EntityManager, id: string): Promise<VacancyEntity> {
    const vacancy = await manager.getRepository(VacancyEntity).findOne({ where: { id } });
    if (!vacancy || vacancy.status === 'draft') throw notFound('No such vacancy');
    return vacancy;
  }
}

async function record(
  manager: EntityManager,
  vacancyId: string,
  personId: string,
  stage: FunnelEventStage,
  source: FunnelEventSource,
  recordedBy: string | null,
): Promise<void> {
  await manager.query(
    `INSERT INTO vacancy_funnel_event (vacancy_id, person_id, stage, source, recorded_by)
     SELECT $1, $2, stage, $4, $5 FROM unnest($3::text[]) AS stage
     ON CONFLICT DO NOTHING`,
    [vacancyId, personId, STAGES_UP_TO[stage], source, recordedBy],
  );
}
