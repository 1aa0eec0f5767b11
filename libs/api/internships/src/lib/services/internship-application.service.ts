import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, badInput, conflict, notFound } from '@pathways/api-core';
import { PersonEntity, ProfessionEntity, RegionEntity } from '@pathways/api-people';
import {
  CohortEntity,
  isoDate,
  isValidIsoDate,
  isWindowOpen,
  ProgrammeEntity,
} from '@pathways/api-programmes';
import { DataSource, EntityManager, In, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { InternshipApplicationEntity } from '../entities/internship-application.entity';
import { ApplyToInternshipInput, InternshipEligibilityInput } from '../inputs/candidate.inputs';
import { OpenInternshipIntake } from '../models/candidate.model';
import {
  evaluateInternshipEligibility,
  type InternshipVerdict,
} from '../rules/care-leaver-eligibility';
import { internshipSettingsOf } from '../rules/internship-settings';
import { isUniqueViolation } from './database-errors';
import { internshipIntake, type InternshipIntakeRef } from './intake-lookup';

/** A care leaver's side: open intakes, the eligibility check, and applying. */
@Injectable()
export class InternshipApplicationService {
  constructor(private readonly dataSource: DataSource) {}

  async openIntakes(user: AuthenticatedUser): Promise<OpenInternshipIntake[]> {
    const today = isoDate(new Date());
    const cohorts = await this.dataSource.getRepository(CohortEntity).find({
      where: {
        applicationsOpen: LessThanOrEqual(today),
        applicationsClose: MoreThanOrEqual(today),
        programme: { type: 'internship' },
      },
      relations: { programme: true },
      order: { applicationsClose: 'ASC', code: 'ASC' },
    });
    const person = await this.person(this.dataSource.manager, user.personId);
    const applied = await this.appliedTo(
      user.personId,
      cohorts.map((cohort) => cohort.id),
    );
    return cohorts.flatMap((cohort) =>
      cohort.programme
        ? [openIntakeModel({ cohort, programme: cohort.programme }, person, applied)]
        : [],
    );
  }

  async openIntake(user: AuthenticatedUser, intakeId: string): Promise<OpenInternshipIntake> {
    const found = await this.openIntakeRef(this.dataSource.manager, intakeId);
    const person = await this.person(this.dataSource.manager, user.personId);
    return openIntakeModel(found, person, await this.appliedTo(user.personId, [intakeId]));
  }

  /** Worked out for the applicant alone; nothing is stored. */
  async eligibility(
    user: AuthenticatedUser,
    input: InternshipEligibilityInput,
  ): Promise<InternshipVerdict> {
    const manager = this.dataSource.manager;
    const found = await this.openIntakeRef(manager, input.intakeId);
    const person = await this.person(manager, user.personId);
    return this.verdict(found, person, input);
  }

  /**
   * Eligibility is checked again here, on the server; an ineligible application is refused
   * with every reason. The care details are stored for the applicant's eyes only; a date of
   * birth goes on their record only when it had none.
   */
  async apply(
    user: AuthenticatedUser,
    input: ApplyToInternshipInput,
  ): Promise<InternshipApplicationEntity> {
    return this.dataSource
      .transaction(async (manager) => {
        const found = await this.openIntakeRef(manager, input.intakeId);
        const person = await this.person(manager, user.personId);
        const verdict = this.verdict(found, person, input);
        if (!verdict.eligible) {
          throw badInput(`You cannot apply to this intake. ${verdict.reasons.join(' ')}`);
        }
        const regions = await checkCodes(
          manager,
          RegionEntity,
          input.preferredRegions,
          'preferredRegions',
        );
        const work = await checkCodes(
          manager,
          ProfessionEntity,
          input.preferredWork,
          'preferredWork',
        );
        const applications = manager.getRepository(InternshipApplicationEntity);
        if (
          await applications.exists({
            where: { cohortId: found.cohort.id, personId: person.id, status: 'active' },
          })
        ) {
          throw conflict('You have already applied to this intake', 'intakeId');
        }
        await manager.getRepository(PersonEntity).update(person.id, {
          careLeaver: true,
          ...(person.dateOfBirth ? {} : { dateOfBirth: input.dateOfBirth ?? null }),
        });
        return applications.save(
          applications.create({
            cohortId: found.cohort.id,
            personId: person.id,
            weeksInCare: input.weeksInCare,
            inCareAfterSixteen: input.inCareAfterSixteen,
            preferredRegions: regions,
            preferredWork: work,
            status: 'active',
            previouslyUnmatched: false,
          }),
        );
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) {
          throw conflict('You have already applied to this intake', 'intakeId');
        }
        throw error;
      });
  }

  private verdict(
    { cohort, programme }: InternshipIntakeRef,
    person: PersonEntity,
    input: InternshipEligibilityInput,
  ): InternshipVerdict {
    const dateOfBirth = person.dateOfBirth ?? checkDateOfBirth(input.dateOfBirth ?? null);
    const startDate = cohort.startDate ?? isoDate(new Date());
    return evaluateInternshipEligibility(
      { weeksInCare: input.weeksInCare, inCareAfterSixteen: input.inCareAfterSixteen, dateOfBirth },
      internshipSettingsOf(programme.settings),
      startDate,
    );
  }

  private async openIntakeRef(
    manager: EntityManager,
    intakeId: string,
  ): Promise<InternshipIntakeRef> {
    const found = await internshipIntake(manager, intakeId);
    if (!isWindowOpen(found.cohort, isoDate(new Date()))) {
      throw conflict('Applications for this intake are closed', 'intakeId');
    }
    return found;
  }

  private async person(manager: EntityManager, personId: string): Promise<PersonEntity> {
    const person = await manager.getRepository(PersonEntity).findOne({ where: { id: personId } });
    if (!person) throw notFound('No such person');
    return person;
  }

  private async appliedTo(personId: string, intakeIds: string[]): Promise<Set<string>> {
    if (intakeIds.length === 0) return new Set();
    const rows = await this.dataSource.getRepository(InternshipApplicationEntity).find({
      where: { personId, cohortId: In(intakeIds), status: 'active' },
      select: { cohortId: true },
    });
    return new Set(rows.map((row) => row.cohortId));
  }
}

function checkDateOfBirth(value: string | null): string | null {
  if (value === null) return null;
  if (!isValidIsoDate(value)) throw badInput('Date of birth must be a real date', 'dateOfBirth');
  if (value >= isoDate(new Date())) {
    throw badInput('Date of birth must be in the past', 'dateOfBirth');
  }
  return value;
}

async function checkCodes(
  manager: EntityManager,
  entity: typeof RegionEntity | typeof ProfessionEntity,
  codes: readonly string[],
  field: string,
): Promise<string[]> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return [];
  const found: { code: string }[] = await manager
    .createQueryBuilder()
    .select('r.code', 'code')
    .from(entity, 'r')
    .where('r.code IN (:...codes)', { codes: unique })
    .getRawMany();
  if (found.length !== unique.length) throw badInput('Choose from the list', field);
  return unique;
}

function openIntakeModel(
  { cohort, programme }: { cohort: CohortEntity; programme: ProgrammeEntity },
  person: PersonEntity,
  applied: Set<string>,
): OpenInternshipIntake {
  const settings = internshipSettingsOf(programme.settings);
  return {
    id: cohort.id,
    name: cohort.name,
    programmeName: programme.name,
    programmeDescription: programme.description,
    applicationsClose: cohort.applicationsClose ?? '',
    startDate: cohort.startDate ?? '',
    termMonths: settings.termMonths,
    minimumAge: settings.minimumAge,
    maximumAge: settings.maximumAge,
    applied: applied.has(cohort.id),
    needsDateOfBirth: person.dateOfBirth === null,
  };
}
