import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, RequireRoles } from '@pathways/api-core';
import {
  CreateProgrammeInput,
  ProgrammePresetsInput,
  UpdateProgrammeInput,
} from './inputs/programme.input';
import { CohortsByProgrammeLoader } from './loaders/cohorts-by-programme.loader';
import { Cohort, cohortModel } from './models/cohort.model';
import { Programme, programmeModel, ProgrammePreset, presetModel } from './models/programme.model';
import { leadsProgramme } from './programme-access';
import { buildProgrammePreset, PROGRAMME_PRESET_KEYS } from './programme-presets';
import { ProgrammeService } from './programme.service';

@Resolver(() => Programme)
export class ProgrammeResolver {
  constructor(
    private readonly programmes: ProgrammeService,
    private readonly cohortsByProgramme: CohortsByProgrammeLoader,
  ) {}

  @Query(() => Programme)
  async programme(@Args('id', { type: () => ID }) id: string): Promise<Programme> {
    return programmeModel(await this.programmes.findById(id));
  }

  @RequireRoles('programme_lead', 'admin')
  @Query(() => [Programme], { description: 'Programmes you lead (every programme for admins).' })
  async ledProgrammes(@CurrentUser() user: AuthenticatedUser): Promise<Programme[]> {
    return (await this.programmes.led(user)).map(programmeModel);
  }

  @RequireRoles('programme_lead', 'admin')
  @Query(() => [ProgrammePreset], { description: 'Starting points for createProgramme.' })
  programmePresets(
    @Args('input', { type: () => ProgrammePresetsInput, nullable: true })
    input?: ProgrammePresetsInput,
  ): ProgrammePreset[] {
    const options = { participatingDepartments: input?.participatingDepartments ?? [] };
    return PROGRAMME_PRESET_KEYS.map((key) => presetModel(buildProgrammePreset(key, options)));
  }

  @RequireRoles('programme_lead', 'admin')
  @Mutation(() => Programme, { description: 'You become a lead of the new programme.' })
  async createProgramme(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CreateProgrammeInput,
  ): Promise<Programme> {
    return programmeModel(await this.programmes.create(user, input));
  }

  @RequireRoles('programme_lead', 'admin')
  @Mutation(() => Programme)
  async updateProgramme(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: UpdateProgrammeInput,
  ): Promise<Programme> {
    return programmeModel(await this.programmes.update(user, input));
  }

  @ResolveField(() => [Cohort], { description: 'Newest first.' })
  async cohorts(@Parent() programme: Programme, @Context('req') req: object): Promise<Cohort[]> {
    const now = new Date();
    return (await this.cohortsByProgramme.load(req, programme.id)).map((c) => cohortModel(c, now));
  }

  @ResolveField(() => Boolean, { description: 'Whether you lead this programme.' })
  youLead(@Parent() programme: Programme, @CurrentUser() user: AuthenticatedUser): boolean {
    return leadsProgramme(user, programme.code);
  }
}
