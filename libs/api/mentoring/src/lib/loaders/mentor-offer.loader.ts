import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { byKeys, RequestLoader } from '@pathways/api-programmes';
import { In, Repository } from 'typeorm';
import { MentorOfferEntity } from '../entities/mentor-offer.entity';

@Injectable()
export class MentorOfferLoader extends RequestLoader<string, MentorOfferEntity | null> {
  constructor(
    @InjectRepository(MentorOfferEntity) private readonly offers: Repository<MentorOfferEntity>,
  ) {
    super();
  }

  protected async batch(ids: readonly string[]) {
    const rows = await this.offers.findBy({ id: In([...ids]) });
    return byKeys(ids, rows, (row) => row.id);
  }
}
