import { Injectable } from '@nestjs/common';
import { AuditEventEntity } from '@pathways/api-audit';
import { EntityManager } from 'typeorm';
import {
  HoldsPersonalData,
  PersonalDataHolder,
  PersonalDataSections,
} from '../personal-data-holder';

/**
 * Who read or changed the person's data. Export only: the log is append-only and refers to
 * people by id, which no longer identifies anyone once the person is erased.
 */
@Injectable()
@HoldsPersonalData(40)
export class AuditDataHolder implements PersonalDataHolder {
  async exportFor(personId: string, manager: EntityManager): Promise<PersonalDataSections> {
    const events = await manager
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where(':personId = ANY(e.subject_person_ids)', { personId })
      .orderBy('e.id', 'ASC')
      .getMany();
    return {
      auditEvents: events.map(({ at, action, actorPersonId, detail }) => ({
        at,
        action,
        actorPersonId,
        detail,
      })),
    };
  }
}
