import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, notFound } from '@pathways/api-core';
import { Cohort, CohortLoader, cohortModel, isoDate } from '@pathways/api-programmes';
import { AcceptProposalInput, DeclineProposalInput } from '../inputs/mentor.inputs';
import { CompleteRelationshipInput, EndRelationshipInput } from '../inputs/relationship.inputs';
import { ApplicationLoader } from '../loaders/application.loader';
import { MentorOfferLoader } from '../loaders/mentor-offer.loader';
import { PersonBriefLoader } from '../loaders/person-brief.loader';
import { SessionStatsLoader } from '../loaders/session-stats.loader';
import { MenteeProfile, menteeProfileModel } from '../models/application.model';
import { MentorProfile } from '../models/mentor-profile.model';
import { Relationship, relationshipModel } from '../models/relationship.model';
import { inactiveSince } from '../rules/inactivity';
import type { SessionTopic } from '../rules/vocabulary';
import { ProposalResponseService } from '../services/proposal-response.service';
import { RelationshipAccessService } from '../services/relationship-access.service';
import { RelationshipService } from '../services/relationship.service';

@Resolver(() => Relationship)
export class RelationshipResolver {
  constructor(
    private readonly relationships: RelationshipService,
    private readonly access: RelationshipAccessService,
    private readonly responses: ProposalResponseService,
    private readonly cohorts: CohortLoader,
    private readonly applications: ApplicationLoader,
    private readonly offers: MentorOfferLoader,
    private readonly people: PersonBriefLoader,
    private readonly sessionStats: SessionStatsLoader,
  ) {}

  @Query(() => Relationship, { description: 'For its two members and the programme leads.' })
  async relationship(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Relationship> {
    const { relationship, viewer } = await this.access.view(user, id);
    return relationshipModel(relationship, viewer);
  }

  @Query(() => [Relationship], { description: 'As mentee or mentor: proposed, active or ended.' })
  async myRelationships(@CurrentUser() user: AuthenticatedUser): Promise<Relationship[]> {
    return (await this.relationships.mine(user)).map((r) =>
      relationshipModel(r, r.mentorPersonId === user.personId ? 'mentor' : 'mentee'),
    );
  }

  @Query(() => [Relationship], { description: 'Proposals waiting for your answer as a mentor.' })
  async myMentorProposals(@CurrentUser() user: AuthenticatedUser): Promise<Relationship[]> {
    return (await this.responses.mentorProposals(user)).map((r) => relationshipModel(r, 'mentor'));
  }

  @Mutation(() => Relationship, { description: 'It starts when both members have accepted.' })
  async acceptProposal(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: AcceptProposalInput,
  ): Promise<Relationship> {
    const relationship = await this.responses.accept(user, input.relationshipId);
    return relationshipModel(relationship, viewerAsMember(user, relationship));
  }

  @Mutation(() => Relationship)
  async declineProposal(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: DeclineProposalInput,
  ): Promise<Relationship> {
    const relationship = await this.responses.decline(user, input);
    return relationshipModel(relationship, viewerAsMember(user, relationship));
  }

  @Mutation(() => Relationship, { description: 'A member or a lead marks it completed.' })
  async completeRelationship(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: CompleteRelationshipInput,
  ): Promise<Relationship> {
    const { relationship, viewer } = await this.relationships.complete(user, input.relationshipId);
    return relationshipModel(relationship, viewer);
  }

  @Mutation(() => Relationship, { description: 'A member or a lead ends it early, with a reason.' })
  async endRelationship(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: EndRelationshipInput,
  ): Promise<Relationship> {
    const { relationship, viewer } = await this.relationships.end(user, input);
    return relationshipModel(relationship, viewer);
  }

  @ResolveField(() => Cohort)
  async cohort(@Parent() relationship: Relationship, @Context('req') req: object): Promise<Cohort> {
    const cohort = await this.cohorts.load(req, relationship.cohortId);
    if (!cohort) throw notFound('No such cohort');
    return cohortModel(cohort);
  }

  @ResolveField(() => MenteeProfile, { description: 'Goals and work details; never SEB answers.' })
  async mentee(
    @Parent() relationship: Relationship,
    @Context('req') req: object,
  ): Promise<MenteeProfile> {
    const [application, person] = await Promise.all([
      this.applications.load(req, relationship.menteeApplicationId),
      this.people.load(req, relationship.menteePersonId),
    ]);
    if (!application || !person) throw notFound('No such mentee');
    return menteeProfileModel(application, person);
  }

  @ResolveField(() => MentorProfile)
  async mentor(
    @Parent() relationship: Relationship,
    @Context('req') req: object,
  ): Promise<MentorProfile> {
    const [offer, person] = await Promise.all([
      this.offers.load(req, relationship.mentorOfferId),
      this.people.load(req, relationship.mentorPersonId),
    ]);
    if (!offer || !person) throw notFound('No such mentor');
    return { person, topics: offer.topics as SessionTopic[], professions: offer.professions };
  }

  @ResolveField(() => Boolean, { description: 'A proposal waiting for your answer.' })
  awaitingMyResponse(@Parent() relationship: Relationship): boolean {
    if (relationship.status !== 'proposed') return false;
    if (relationship.viewer === 'mentor') return !relationship.mentorAcceptedAt;
    if (relationship.viewer === 'mentee') return !relationship.menteeAcceptedAt;
    return false;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why it was declined: for the programme lead and whoever declined.',
  })
  declineReason(
    @Parent() relationship: Relationship,
    @CurrentUser() user: AuthenticatedUser,
  ): string | null {
    const allowed = relationship.viewer === 'lead' || relationship.declinedBy === user.personId;
    return allowed ? relationship.declineReasonText : null;
  }

  @ResolveField(() => Int)
  async sessionCount(
    @Parent() relationship: Relationship,
    @Context('req') req: object,
  ): Promise<number> {
    return (await this.sessionStats.load(req, relationship.id)).count;
  }

  @ResolveField(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  async lastSessionOn(
    @Parent() relationship: Relationship,
    @Context('req') req: object,
  ): Promise<string | null> {
    return (await this.sessionStats.load(req, relationship.id)).lastHeldOn;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Set when an active relationship has had no session for 60 days: since when.',
  })
  async inactiveSince(
    @Parent() relationship: Relationship,
    @Context('req') req: object,
  ): Promise<string | null> {
    const stats = await this.sessionStats.load(req, relationship.id);
    return inactiveSince(relationship, stats.lastHeldOn, isoDate(new Date()));
  }
}

function viewerAsMember(
  user: AuthenticatedUser,
  relationship: { mentorPersonId: string },
): 'mentor' | 'mentee' {
  return relationship.mentorPersonId === user.personId ? 'mentor' : 'mentee';
}
