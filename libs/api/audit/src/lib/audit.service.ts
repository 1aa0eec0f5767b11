import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditAction } from './audit-actions';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditEntry {
  actorPersonId: string | null;
  action: AuditAction;
  subjectPersonIds?: string[];
  detail?: Record<string, unknown>;
}

export interface AuditFilter {
  action?: AuditAction;
  actorPersonId?: string;
  subjectPersonId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>,
  ) {}

  /** Pass the transaction's manager so the record commits or rolls back with the change. */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(AuditEventEntity) : this.events;
    await repository.save(
      repository.create({
        actorPersonId: entry.actorPersonId,
        action: entry.action,
        subjectPersonIds: entry.subjectPersonIds ?? [],
        detail: entry.detail ?? {},
      }),
    );
  }

  async find(filter: AuditFilter): Promise<{ items: AuditEventEntity[]; total: number }> {
    const query = this.events
      .createQueryBuilder('e')
      .orderBy('e.id', 'DESC')
      .take(filter.limit)
      .skip(filter.offset);
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter.actorPersonId)
      query.andWhere('e.actor_person_id = :actor', { actor: filter.actorPersonId });
    if (filter.subjectPersonId)
      query.andWhere(':subject = ANY(e.subject_person_ids)', { subject: filter.subjectPersonId });
    if (filter.from) query.andWhere('e.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.at < :to', { to: filter.to });
    const [items, total] = await query.getManyAndCount();
    return { items, total };
  }
}
