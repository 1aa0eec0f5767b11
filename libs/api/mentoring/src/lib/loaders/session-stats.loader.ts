import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { RequestLoader } from '@pathways/api-programmes';
import { Repository } from 'typeorm';
import { MentoringSessionEntity } from '../entities/mentoring-session.entity';

export interface SessionStats {
  count: number;
  lastHeldOn: string | null;
}

/** Sessions logged per relationship: how many, and the latest date. */
@Injectable()
export class SessionStatsLoader extends RequestLoader<string, SessionStats> {
  constructor(
    @InjectRepository(MentoringSessionEntity)
    private readonly sessions: Repository<MentoringSessionEntity>,
  ) {
    super();
  }

  protected async batch(relationshipIds: readonly string[]) {
    const rows = await this.sessions
      .createQueryBuilder('s')
      .select('s.relationship_id', 'relationshipId')
      .addSelect('count(*)::int', 'count')
      .addSelect(`to_char(max(s.held_on), 'YYYY-MM-DD')`, 'lastHeldOn')
      .where('s.relationship_id IN (:...ids)', { ids: relationshipIds })
      .groupBy('s.relationship_id')
      .getRawMany<SessionStats & { relationshipId: string }>();
    const found = new Map(rows.map((row) => [row.relationshipId, row]));
    return relationshipIds.map((id) => found.get(id) ?? { count: 0, lastHeldOn: null });
  }
}
