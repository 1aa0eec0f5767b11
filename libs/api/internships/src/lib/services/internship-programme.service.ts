import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuthenticatedUser, badInput, hasRole, notFound, scopesOf } from '@pathways/api-core';
import {
  CohortEntity,
  CohortService,
  ProgrammeEntity,
  ProgrammeService,
} from '@pathways/api-programmes';
import { In, Repository } from 'typeorm';
import {
  CreateInternshipProgrammeInput,
  OpenInternshipIntakeInput,
  UpdateInternshipSettingsInput,
} from '../inputs/programme.inputs';
import {
  InternshipSettings,
  internshipSettingsOf,
  SEED_INTERNSHIP_SETTINGS,
  settingsProblem,
} from '../rules/internship-settings';
import { assertCoordinates } from './internship-access';

type CreateProgrammeInput = Parameters<ProgrammeService['create']>[1];
type SettingsChanges = Partial<Record<keyof InternshipSettings, number | null | undefined>>;

function mergedSettings(base: InternshipSettings, changes: SettingsChanges): InternshipSettings {
  const pick = (key: keyof InternshipSettings) => changes[key] ?? base[key];
  const settings = {
    termMonths: pick('termMonths'),
    minimumAge: pick('minimumAge'),
    maximumAge: pick('maximumAge'),
  };
  const problem = settingsProblem(settings);
  if (problem) throw badInput(problem.message, problem.field);
  return settings;
}

/** Internship programmes and their intakes, for their coordinators (programme leads). */
@Injectable()
export class InternshipProgrammeService {
  constructor(
    @InjectRepository(ProgrammeEntity) private readonly programmes: Repository<ProgrammeEntity>,
    @InjectRepository(CohortEntity) private readonly cohorts: Repository<CohortEntity>,
    private readonly programmeService: ProgrammeService,
    private readonly cohortService: CohortService,
  ) {}

  /** The internship programmes the user leads; all of them for an admin. */
  led(user: AuthenticatedUser): Promise<ProgrammeEntity[]> {
    const order = { name: 'ASC' as const };
    const scopes = hasRole(user, 'admin') ? 'all' : scopesOf(user, 'programme_lead');
    if (scopes === 'all') return this.programmes.find({ where: { type: 'internship' }, order });
    return this.programmes.find({ where: { type: 'internship', code: In(scopes) }, order });
  }

  async coordinated(user: AuthenticatedUser, programmeId: string): Promise<ProgrammeEntity> {
    const programme = await this.programmes.findOne({ where: { id: programmeId } });
    if (!programme || programme.type !== 'internship')
      throw notFound('No such internship programme');
    assertCoordinates(user, programme.code);
    return programme;
  }

  intakesOf(programmeIds: readonly string[]): Promise<CohortEntity[]> {
    if (programmeIds.length === 0) return Promise.resolve([]);
    return this.cohorts.find({
      where: { programmeId: In([...programmeIds]) },
      order: { startDate: { direction: 'DESC', nulls: 'LAST' }, code: 'ASC' },
    });
  }

  /** The creator becomes its lead (an audited grant), as with every programme. */
  async create(
    user: AuthenticatedUser,
    input: CreateInternshipProgrammeInput,
  ): Promise<ProgrammeEntity> {
    const settings = mergedSettings(SEED_INTERNSHIP_SETTINGS, input);
    const programmeInput: CreateProgrammeInput = {
      code: input.code,
      name: input.name,
      type: 'internship',
      description: input.description ?? '',
    };
    const programme = await this.programmeService.create(user, programmeInput);
    programme.settings = { ...settings };
    return this.programmes.save(programme);
  }

  async updateSettings(
    user: AuthenticatedUser,
    input: UpdateInternshipSettingsInput,
  ): Promise<ProgrammeEntity> {
    const programme = await this.coordinated(user, input.programmeId);
    const settings = mergedSettings(internshipSettingsOf(programme.settings), input);
    programme.settings = { ...programme.settings, ...settings };
    return this.programmes.save(programme);
  }

  async openIntake(
    user: AuthenticatedUser,
    input: OpenInternshipIntakeInput,
  ): Promise<CohortEntity> {
    const programme = await this.coordinated(user, input.programmeId);
    return this.cohortService.create(user, { ...input, programmeId: programme.id });
  }
}
