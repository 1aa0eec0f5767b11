import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RequestLoader } from '@pathways/api-programmes';
import { Repository } from 'typeorm';
import { RelationshipEntity } from '../entities/relationship.entity';

/** Seats a mentor has committed: active pairs, and proposals they have accepted. */
@Injectable()
export class SeatsTakenLoader extends RequestLoader<string, number> {
  constructor(
    @InjectRepository(RelationshipEntity)
    private readonly relationships: Repository<RelationshipEntity>,
  ) {
    super();
  }

  protected async batch(offerIds: readonly string[]) {
    const rows = await this.relationships
      .createQueryBuilder('r')
      .select('r.mentor_offer_id', 'offerId')
      .addSelect('count(*)::int', 'taken')
      .where('r.mentor_offer_id IN (:...ids)', { ids: offerIds })
      .andWhere(
        "(r.status = 'active' OR (r.status = 'proposed' AND r.mentor_accepted_at IS NOT NULL))",
      )
      .groupBy('r.mentor_offer_id')
      .getRawMany<{ offerId: string; taken: number }>();
    const found = new Map(rows.map((row) => [row.offerId, row.taken]));
    return offerIds.map((id) => found.get(id) ?? 0);
  }
}
