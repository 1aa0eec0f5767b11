import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser } from '@pathways/api-core';
import {
  Cohort,
  cohortModel,
  CohortsByProgrammeLoader,
  isoDate,
  Programme,
  ProgrammeLoader,
} from '@pathways/api-programmes';
import { ApplicantFactsLoader } from '../loaders/applicant-facts.loader';
import { Eligibility } from '../models/eligibility.model';
import { evaluateEligibility } from '../rules/eligibility';

/** The mentee's view of a programme: its open cohorts and whether they may apply. */
@Resolver(() => Programme)
export class ProgrammeJourneyResolver {
  constructor(
    private readonly cohortsByProgramme: CohortsByProgrammeLoader,
    private readonly programmeLoader: ProgrammeLoader,
    private readonly facts: ApplicantFactsLoader,
  ) {}

  @ResolveField(() => [Cohort], { description: 'Cohorts taking applications today.' })
  async openCohorts(
    @Parent() programme: Programme,
    @Context('req') req: object,
  ): Promise<Cohort[]> {
    const now = new Date();
    const cohorts = await this.cohortsByProgramme.load(req, programme.id);
    return cohorts.map((cohort) => cohortModel(cohort, now)).filter((cohort) => cohort.isOpen);
  }

  @ResolveField(() => Eligibility, {
    description:
      "Whether you may apply, from your own answers (age on the next open cohort's start date).",
  })
  async myEligibility(
    @Parent() programme: Programme,
    @CurrentUser() user: AuthenticatedUser,
    @Context('req') req: object,
  ): Promise<Eligibility> {
    const [entity, cohorts, facts] = await Promise.all([
      this.programmeLoader.load(req, programme.id),
      this.openCohorts(programme, req),
      this.facts.load(req, user.personId),
    ]);
    const today = isoDate(new Date());
    const starts = cohorts.map((c) => c.startDate ?? today).sort();
    if (!entity || !facts) return { eligible: false, reasons: ['We could not find your record.'] };
    return evaluateEligibility(entity.eligibility, facts, starts[0] ?? today);
  }
}
