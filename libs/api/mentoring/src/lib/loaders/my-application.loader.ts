import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { byKeys, RequestLoader } from '@pathways/api-programmes';
import { In, Repository } from 'typeorm';
import { MenteeApplicationEntity } from '../entities/mentee-application.entity';

/** Key: `${personId}:${cohortId}`; the person's live application to the cohort. */
@Injectable()
export class MyApplicationLoader extends RequestLoader<string, MenteeApplicationEntity | null> {
  constructor(
    @InjectRepository(MenteeApplicationEntity)
    private readonly applications: Repository<MenteeApplicationEntity>,
  ) {
    super();
  }

  protected async batch(keys: readonly string[]) {
    const pairs = keys.map((key) => key.split(':'));
    const rows = await this.applications.find({
      where: {
        personId: In([...new Set(pairs.map(([personId]) => personId))]),
        cohortId: In([...new Set(pairs.map(([, cohortId]) => cohortId))]),
        status: 'active',
      },
    });
    return byKeys(keys, rows, (row) => `${row.personId}:${row.cohortId}`);
  }
}
