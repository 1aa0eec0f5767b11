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
import { AuthenticatedUser, CurrentUser, notFound, RequireRoles } from '@pathways/api-core';
import { CohortService } from './cohort.service';
import { CreateCohortInput, UpdateCohortInput } from './inputs/cohort.input';
import { ProgrammeLoader } from './loaders/programme.loader';
import { Cohort, cohortModel } from './models/cohort.model';
import { Programme, programmeModel } from './models/programme.model';

@Resolver(() => Cohort)
export class CohortResolver {
  constructor(
    private readonly cohorts: CohortService,
    private readonly programmeLoader: ProgrammeLoader,
  ) {}

  @Query(() => Cohort)
  async cohort(@Args('id', { type: () => ID }) id: string): Promise<Cohort> {
    return cohortModel(await this.cohorts.findById(id));
  }

  @RequireRoles('programme_lead', 'admin')
  @Mutation(() => Cohort)
  async createCohort(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CreateCohortInput,
  ): Promise<Cohort> {
    return cohortModel(await this.cohorts.create(user, input));
  }

  @RequireRoles('programme_lead', 'admin')
  @Mutation(() => Cohort)
  async updateCohort(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: UpdateCohortInput,
  ): Promise<Cohort> {
    return cohortModel(await this.cohorts.update(user, input));
  }

  @ResolveField(() => Programme)
  async programme(@Parent() cohort: Cohort, @Context('req') req: object): Promise<Programme> {
    const programme = await this.programmeLoader.load(req, cohort.programmeId);
    if (!programme) throw notFound('No such programme');
    return programmeModel(programme);
  }
}
