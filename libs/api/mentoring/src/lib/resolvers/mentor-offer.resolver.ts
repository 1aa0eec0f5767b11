import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, notFound } from '@pathways/api-core';
import { Cohort, CohortLoader, cohortModel } from '@pathways/api-programmes';
import { SetMentorPausedInput, VolunteerAsMentorInput } from '../inputs/mentor.inputs';
import { PersonBriefLoader } from '../loaders/person-brief.loader';
import { SeatsTakenLoader } from '../loaders/seats-taken.loader';
import { MentorOffer, mentorOfferModel } from '../models/mentor-offer.model';
import { PersonBrief } from '../models/person-brief.model';
import { MentorOfferService } from '../services/mentor-offer.service';

/** Offers reach only their mentor (these operations) and the cohort's leads (cohortMentors). */
@Resolver(() => MentorOffer)
export class MentorOfferResolver {
  constructor(
    private readonly offers: MentorOfferService,
    private readonly cohorts: CohortLoader,
    private readonly people: PersonBriefLoader,
    private readonly seats: SeatsTakenLoader,
  ) {}

  @Query(() => [MentorOffer], { description: 'Cohorts you have volunteered for.' })
  async myMentorOffers(@CurrentUser() user: AuthenticatedUser): Promise<MentorOffer[]> {
    return (await this.offers.mine(user)).map(mentorOfferModel);
  }

  @Mutation(() => MentorOffer, {
    description: "Fails with the reasons when you do not meet the programme's mentor rules.",
  })
  async volunteerAsMentor(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: VolunteerAsMentorInput,
  ): Promise<MentorOffer> {
    return mentorOfferModel(await this.offers.volunteer(user, input));
  }

  @Mutation(() => [MentorOffer], { description: 'Paused offers get no new proposals.' })
  async setMentorPaused(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SetMentorPausedInput,
  ): Promise<MentorOffer[]> {
    return (await this.offers.setPaused(user, input)).map(mentorOfferModel);
  }

  @ResolveField(() => Cohort)
  async cohort(@Parent() offer: MentorOffer, @Context('req') req: object): Promise<Cohort> {
    const cohort = await this.cohorts.load(req, offer.cohortId);
    if (!cohort) throw notFound('No such cohort');
    return cohortModel(cohort);
  }

  @ResolveField(() => PersonBrief)
  async person(@Parent() offer: MentorOffer, @Context('req') req: object): Promise<PersonBrief> {
    const person = await this.people.load(req, offer.personId);
    if (!person) throw notFound('No such person');
    return person;
  }

  @ResolveField(() => Int, { description: 'Active pairs and accepted proposals.' })
  seatsTaken(@Parent() offer: MentorOffer, @Context('req') req: object): Promise<number> {
    return this.seats.load(req, offer.id);
  }
}
