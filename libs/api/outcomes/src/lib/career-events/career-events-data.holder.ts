import { Injectable } from '@nestjs/common';
import { HoldsPersonalData, PersonalDataHolder, PersonalDataSections } from '@pathways/api-privacy';
import { EntityManager } from 'typeorm';
import { CareerEventEntity } from '../entities/career-event.entity';

/**
 * A person's career events, in their export. Erasure keeps them: they hold no free text, and
 * outcome reports must still add up once the person's name is gone.
 */
@Injectable()
@HoldsPersonalData(60)
export class CareerEventsDataHolder implements PersonalDataHolder {
  async exportFor(personId: string, manager: EntityManager): Promise<PersonalDataSections> {
    const events = await manager
      .getRepository(CareerEventEntity)
      .find({ where: { personId }, order: { effectiveDate: 'ASC', createdAt: 'ASC' } });
    if (events.length === 0) return {};
    return {
      careerEvents: events.map((event) => ({
        type: event.type,
        effectiveDate: event.effectiveDate,
        fromGrade: event.fromGrade,
        toGrade: event.toGrade,
        fromDepartment: event.fromDepartment,
        toDepartment: event.toDepartment,
        source: event.source,
        confirmed: event.confirmed,
        recordedAt: event.createdAt,
      })),
    };
  }
}
