import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { CohortEntity } from '../entities/cohort.entity';
import { groupedByKeys, RequestLoader } from './request-loader';

/** A programme's cohorts, newest start first. */
@Injectable()
export class CohortsByProgrammeLoader extends RequestLoader<string, CohortEntity[]> {
  constructor(@InjectRepository(CohortEntity) private readonly cohorts: Repository<CohortEntity>) {
    super();
  }

  protected async batch(programmeIds: readonly string[]) {
    const rows = await this.cohorts.find({
      where: { programmeId: In([...programmeIds]) },
      order: { startDate: { direction: 'DESC', nulls: 'LAST' }, code: 'ASC' },
    });
    return groupedByKeys(programmeIds, rows, (row) => row.programmeId);
  }
}
