import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser } from '@pathways/api-core';
import { Cohort, isoDate, ProgrammeLoader } from '@pathways/api-programmes';
import { ApplicantFactsLoader } from '../loaders/applicant-facts.loader';
import { MyApplicationLoader } from '../loaders/my-application.loader';
import { MyMentorOfferLoader } from '../loaders/my-mentor-offer.loader';
import { applicationModel, MenteeApplication } from '../models/application.model';
import { Eligibility } from '../models/eligibility.model';
import { MentorOffer, mentorOfferModel } from '../models/mentor-offer.model';
import { evaluateEligibility } from '../rules/eligibility';

/** The signed-in person's own standing in a cohort. */
@Resolver(() => Cohort)
export class CohortJourneyResolver {
  constructor(
    private readonly programmeLoader: ProgrammeLoader,
    private readonly facts: ApplicantFactsLoader,
    private readonly myApplications: MyApplicationLoader,
    private readonly myOffers: MyMentorOfferLoader,
  ) {}

  @ResolveField(() => Eligibility, { description: 'From your own answers; age on the start date.' })
  async myEligibility(
    @Parent() cohort: Cohort,
    @CurrentUser() user: AuthenticatedUser,
    @Context('req') req: object,
  ): Promise<Eligibility> {
    const [programme, facts] = await Promise.all([
      this.programmeLoader.load(req, cohort.programmeId),
      this.facts.load(req, user.personId),
    ]);
    if (!programme || !facts)
      return { eligible: false, reasons: ['We could not find your record.'] };
    return evaluateEligibility(
      programme.eligibility,
      facts,
      cohort.startDate ?? isoDate(new Date()),
    );
  }

  @ResolveField(() => MenteeApplication, { nullable: true, description: 'Your live application.' })
  async myApplication(
    @Parent() cohort: Cohort,
    @CurrentUser() user: AuthenticatedUser,
    @Context('req') req: object,
  ): Promise<MenteeApplication | null> {
    const application = await this.myApplications.load(req, `${user.personId}:${cohort.id}`);
    return application ? applicationModel(application) : null;
  }

  @ResolveField(() => MentorOffer, { nullable: true, description: 'Your offer to mentor.' })
  async myMentorOffer(
    @Parent() cohort: Cohort,
    @CurrentUser() user: AuthenticatedUser,
    @Context('req') req: object,
  ): Promise<MentorOffer | null> {
    const offer = await this.myOffers.load(req, `${user.personId}:${cohort.id}`);
    return offer ? mentorOfferModel(offer) : null;
  }
}
