import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, badInput, forbidden, notFound } from '@pathways/api-core';
import { DataSource, EntityManager } from 'typeorm';
import { assertManagesProgrammeOutcomes, programmesLedBy } from '../access/outcome-access';
import { isCalendarDate } from '../csv/calendar-date';
import type { CareerEventSource } from '../entities/career-event.entity';
import { CareerEventRow } from './career-event.model';
import { MyCareerEventInput, RecordCareerEventInput } from './career-event.inputs';
import {
  CAREER_EVENT_BY_ID_SQL,
  CAREER_EVENTS_OF_PERSON_SQL,
  CONFIRM_CAREER_EVENT_SQL,
  ENROLLED_IN_ANY_SQL,
  INSERT_CAREER_EVENT_SQL,
  PERSON_ID_BY_STAFF_NUMBER_SQL,
  UNCONFIRMED_EVENTS_OF_PROGRAMME_SQL,
} from './career-events.sql';

const NOT_YOURS = 'That person is not enrolled in a programme you lead.';

/** Career events recorded in the app: by leads (confirmed) and by people themselves (not yet). */
@Injectable()
export class CareerEventsService {
  constructor(private readonly dataSource: DataSource) {}

  async record(user: AuthenticatedUser, input: RecordCareerEventInput): Promise<CareerEventRow> {
    const [person]: { id: string }[] = await this.dataSource.query(PERSON_ID_BY_STAFF_NUMBER_SQL, [
      input.staffNumber,
    ]);
    // Unknown and not-yours read the same, so leads cannot probe who exists.
    if (!person) throw forbidden(NOT_YOURS);
    await this.assertLeadsPersonsProgramme(user, person.id);
    return this.insert(person.id, input, 'lead_recorded', true, user.personId);
  }

  reportMine(user: AuthenticatedUser, input: MyCareerEventInput): Promise<CareerEventRow> {
    return this.insert(user.personId, input, 'self_reported', false, user.personId);
  }

  async mine(user: AuthenticatedUser): Promise<CareerEventRow[]> {
    return this.dataSource.query(CAREER_EVENTS_OF_PERSON_SQL, [user.personId]);
  }

  async unconfirmed(user: AuthenticatedUser, programme: string): Promise<CareerEventRow[]> {
    assertManagesProgrammeOutcomes(user, programme);
    return this.dataSource.query(UNCONFIRMED_EVENTS_OF_PROGRAMME_SQL, [programme]);
  }

  async confirm(user: AuthenticatedUser, id: string): Promise<CareerEventRow> {
    const event = await this.find(this.dataSource.manager, id);
    await this.assertLeadsPersonsProgramme(user, event.person_id);
    await this.dataSource.query(CONFIRM_CAREER_EVENT_SQL, [id, user.personId]);
    return this.find(this.dataSource.manager, id);
  }

  private async find(manager: EntityManager, id: string): Promise<CareerEventRow> {
    const [event]: CareerEventRow[] = await manager.query(CAREER_EVENT_BY_ID_SQL, [id]);
    if (!event) throw notFound('No such career event');
    return event;
  }

  private async assertLeadsPersonsProgramme(user: AuthenticatedUser, personId: string) {
    const led = programmesLedBy(user);
    const [{ enrolled }]: { enrolled: boolean }[] = await this.dataSource.query(
      ENROLLED_IN_ANY_SQL,
      [personId, led === 'all' ? null : led],
    );
    if (!enrolled) throw forbidden(NOT_YOURS);
  }

  private async insert(
    personId: string,
    input: MyCareerEventInput,
    source: CareerEventSource,
    confirmed: boolean,
    recordedBy: string,
  ): Promise<CareerEventRow> {
    if (!isCalendarDate(input.effectiveDate))
      throw badInput('Enter a real date as YYYY-MM-DD', 'effectiveDate');
    await this.assertDepartments(input);
    return this.dataSource.transaction(async (manager) => {
      const [{ id }]: { id: string }[] = await manager.query(INSERT_CAREER_EVENT_SQL, [
        personId,
        input.type,
        input.effectiveDate,
        input.fromGrade ?? null,
        input.toGrade ?? null,
        input.fromDepartment ?? null,
        input.toDepartment ?? null,
        source,
        confirmed,
        recordedBy,
      ]);
      return this.find(manager, id);
    });
  }

  private async assertDepartments(input: MyCareerEventInput): Promise<void> {
    for (const field of ['fromDepartment', 'toDepartment'] as const) {
      const code = input[field];
      if (!code) continue;
      const known: unknown[] = await this.dataSource.query(
        'SELECT 1 FROM department WHERE code = $1',
        [code],
      );
      if (known.length === 0) throw badInput('Select a department from the list', field);
    }
  }
}
