import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuthenticatedUser, badInput, conflict, notFound } from '@pathways/api-core';
import { In, LessThanOrEqual, MoreThanOrEqual, Repository } from 'typeorm';
import { isoDate, isValidIsoDate } from './calendar-dates';
import { CohortEntity } from './entities/cohort.entity';
import { ProgrammeEntity } from './entities/programme.entity';
import { CreateCohortInput, UpdateCohortInput } from './inputs/cohort.input';
import { assertManagesProgramme } from './programme-access';

/** Programme kinds people apply to as mentees and mentors (internships have their own journey). */
export const MATCHED_PROGRAMME_TYPES = ['mentoring', 'sponsorship'] as const;

export interface CohortWithProgramme {
  cohort: CohortEntity;
  programme: ProgrammeEntity;
}

@Injectable()
export class CohortService {
  constructor(
    @InjectRepository(CohortEntity) private readonly cohorts: Repository<CohortEntity>,
    @InjectRepository(ProgrammeEntity) private readonly programmes: Repository<ProgrammeEntity>,
  ) {}

  async findById(id: string): Promise<CohortEntity> {
    const cohort = await this.cohorts.findOne({ where: { id } });
    if (!cohort) throw notFound('No such cohort');
    return cohort;
  }

  async withProgramme(id: string): Promise<CohortWithProgramme> {
    const cohort = await this.cohorts.findOne({ where: { id }, relations: { programme: true } });
    if (!cohort?.programme) throw notFound('No such cohort');
    return { cohort, programme: cohort.programme };
  }

  /** Mentoring and sponsorship cohorts taking applications today. */
  async open(now = new Date()): Promise<CohortWithProgramme[]> {
    const today = isoDate(now);
    const rows = await this.cohorts.find({
      where: {
        applicationsOpen: LessThanOrEqual(today),
        applicationsClose: MoreThanOrEqual(today),
        programme: { type: In([...MATCHED_PROGRAMME_TYPES]) },
      },
      relations: { programme: true },
      order: { applicationsClose: 'ASC', code: 'ASC' },
    });
    return rows.flatMap((cohort) =>
      cohort.programme ? [{ cohort, programme: cohort.programme }] : [],
    );
  }

  async create(user: AuthenticatedUser, input: CreateCohortInput): Promise<CohortEntity> {
    const programme = await this.programmes.findOne({ where: { id: input.programmeId } });
    if (!programme) throw notFound('No such programme');
    assertManagesProgramme(user, programme.code);
    checkWindow(input);
    if (await this.cohorts.exists({ where: { programmeId: programme.id, code: input.code } })) {
      throw conflict('This programme already has a cohort with this code', 'code');
    }
    return this.cohorts.save(
      this.cohorts.create({
        programmeId: programme.id,
        code: input.code,
        name: input.name.trim(),
        applicationsOpen: input.applicationsOpen,
        applicationsClose: input.applicationsClose,
        startDate: input.startDate,
      }),
    );
  }

  async update(user: AuthenticatedUser, input: UpdateCohortInput): Promise<CohortEntity> {
    const { cohort, programme } = await this.withProgramme(input.id);
    assertManagesProgramme(user, programme.code);
    const next = {
      applicationsOpen: input.applicationsOpen ?? cohort.applicationsOpen,
      applicationsClose: input.applicationsClose ?? cohort.applicationsClose,
      startDate: input.startDate ?? cohort.startDate,
    };
    checkWindow(next);
    Object.assign(cohort, next);
    if (input.name) cohort.name = input.name.trim();
    delete cohort.programme;
    return this.cohorts.save(cohort);
  }
}

function checkWindow(window: {
  applicationsOpen: string | null;
  applicationsClose: string | null;
  startDate: string | null;
}): void {
  for (const field of ['applicationsOpen', 'applicationsClose', 'startDate'] as const) {
    const value = window[field];
    if (value !== null && !isValidIsoDate(value)) throw badInput('Enter a real date', field);
  }
  const { applicationsOpen: open, applicationsClose: close, startDate: start } = window;
  if (open && close && close < open) {
    throw badInput('Applications must close on or after the day they open', 'applicationsClose');
  }
  if (close && start && start < close) {
    throw badInput('The cohort must start on or after applications close', 'startDate');
  }
}
