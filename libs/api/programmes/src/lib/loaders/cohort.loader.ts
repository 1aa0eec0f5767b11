import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { CohortEntity } from '../entities/cohort.entity';
import { byKeys, RequestLoader } from './request-loader';

@Injectable()
export class CohortLoader extends RequestLoader<string, CohortEntity | null> {
  constructor(@InjectRepository(CohortEntity) private readonly cohorts: Repository<CohortEntity>) {
    super();
  }

  protected async batch(ids: readonly string[]) {
    const rows = await this.cohorts.findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (row) => row.id);
  }
}
