import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { notFound } from '@pathways/api-core';
import { Cohort, CohortLoader, cohortModel } from '@pathways/api-programmes';
import { MenteeApplication } from '../models/application.model';

@Resolver(() => MenteeApplication)
export class ApplicationResolver {
  constructor(private readonly cohorts: CohortLoader) {}

  @ResolveField(() => Cohort)
  async cohort(
    @Parent() application: MenteeApplication,
    @Context('req') req: object,
  ): Promise<Cohort> {
    const cohort = await this.cohorts.load(req, application.cohortId);
    if (!cohort) throw notFound('No such cohort');
    return cohortModel(cohort);
  }
}
