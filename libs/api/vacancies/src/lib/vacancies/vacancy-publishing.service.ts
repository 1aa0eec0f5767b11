import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, conflict } from '@pathways/api-core';
import { DataSource } from 'typeorm';
import { AlertFanoutEntity } from '../delivery/alert-fanout.entity';
import { JOBS } from '../delivery/job-names';
import { JobQueue } from '../delivery/job-queue.service';
import { londonToday } from '../london-date';
import { ReservedShareService } from '../reserved-share/reserved-share.service';
import { ownedVacancyForUpdate } from './vacancy-access';
import { vacancyModel } from './vacancy-model.mapper';
import { checkPublishable } from './vacancy-rules';
import { VacancyEntity } from './vacancy.entity';
import { Vacancy } from './vacancy.model';

@Injectable()
export class VacancyPublishingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reservedShare: ReservedShareService,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * Opens the vacancy and alerts everyone whose rules match. The fan-out job is enqueued in the
   * same transaction: published means alerts will follow, and a failed publish alerts nobody.
   */
  async publish(user: AuthenticatedUser, id: string): Promise<Vacancy> {
    return this.dataSource.transaction(async (manager) => {
      const vacancy = await ownedVacancyForUpdate(manager, user, id);
      if (vacancy.status !== 'draft')
        throw conflict(`This vacancy is already ${vacancy.status}`, 'id');
      checkPublishable(vacancy, londonToday());
      const before = { ...vacancy };
      vacancy.status = 'open';
      vacancy.publishedAt = new Date();
      await this.reservedShare.assertWithinCap(manager, before, vacancy);
      const saved = await manager.getRepository(VacancyEntity).save(vacancy);
      const fanouts = manager.getRepository(AlertFanoutEntity);
      const fanout = await fanouts.save(
        fanouts.create({
          vacancyId: vacancy.id,
          kind: 'publish',
          audience: 'matching',
          networkIds: [],
          requestedBy: user.personId,
        }),
      );
      await this.jobs.send(JOBS.fanout, { fanoutId: fanout.id }, manager);
      return vacancyModel(saved, user.personId);
    });
  }
}
