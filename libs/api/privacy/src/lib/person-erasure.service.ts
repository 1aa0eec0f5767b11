import { Injectable } from '@nestjs/common';
import { badInput, conflict, notFound } from '@pathways/api-core';
import { AuditService } from '@pathways/api-audit';
import { PersonEntity } from '@pathways/api-people';
import { DataSource } from 'typeorm';
import { ErasePersonInput } from './erase-person.input';
import { PersonalDataHolders } from './personal-data-holders';
import { ErasedPerson } from './privacy.models';

@Injectable()
export class PersonErasureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly holders: PersonalDataHolders,
    private readonly audit: AuditService,
  ) {}

  /** Every holder's erasure, the erased_at mark and the audit record commit together. */
  async erase(actorPersonId: string, input: ErasePersonInput): Promise<ErasedPerson> {
    if (input.personId === actorPersonId)
      throw badInput('You cannot erase yourself: ask another admin', 'personId');
    const reason = input.reason.trim();
    return this.dataSource.transaction(async (manager) => {
      const people = manager.getRepository(PersonEntity);
      // The row lock makes a second, concurrent erasure wait and then see erased_at.
      const person = await people.findOne({
        where: { id: input.personId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!person) throw notFound('No such person');
      if (person.erasedAt)
        throw conflict(
          `This person was already erased on ${person.erasedAt.toISOString().slice(0, 10)}`,
          'personId',
        );
      for (const holder of this.holders.all()) await holder.eraseFor?.(person.id, manager);
      const erasedAt = new Date();
      await people.update(person.id, { erasedAt });
      await this.audit.record(
        {
          actorPersonId,
          action: 'person.erased',
          subjectPersonIds: [person.id],
          detail: { reason },
        },
        manager,
      );
      return { personId: person.id, erasedAt };
    });
  }
}
