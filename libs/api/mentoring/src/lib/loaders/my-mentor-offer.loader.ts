import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { byKeys, RequestLoader } from '@pathways/api-programmes';
import { In, Repository } from 'typeorm';
import { MentorOfferEntity } from '../entities/mentor-offer.entity';

/** Key: `${personId}:${cohortId}`; the person's offer to mentor in the cohort. */
@Injectable()
export class MyMentorOfferLoader extends RequestLoader<string, MentorOfferEntity | null> {
  constructor(
    @InjectRepository(MentorOfferEntity) private readonly offers: Repository<MentorOfferEntity>,
  ) {
    super();
  }

  protected async batch(keys: readonly string[]) {
    const pairs = keys.map((key) => key.split(':'));
    const rows = await this.offers.find({
      where: {
        personId: In([...new Set(pairs.map(([personId]) => personId))]),
        cohortId: In([...new Set(pairs.map(([, cohortId]) => cohortId))]),
      },
    });
    return byKeys(keys, rows, (row) => `${row.personId}:${row.cohortId}`);
  }
}
