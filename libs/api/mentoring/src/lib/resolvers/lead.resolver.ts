import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, notFound, RequireRoles } from '@pathways/api-core';
import { ApproveProposalsInput, ReplacePairInput, RunMatchingInput } from '../inputs/lead.inputs';
import { PersonBriefLoader } from '../loaders/person-brief.loader';
import { CohortApplicant, menteeProfileModel } from '../models/application.model';
import { MatchingFairness, MatchingRun, runSummary } from '../models/matching-run.model';
import { MentorOffer, mentorOfferModel } from '../models/mentor-offer.model';
import { Relationship, relationshipModel } from '../models/relationship.model';
import type { MenteeApplicationEntity } from '../entities/mentee-application.entity';
import { ApplicationService } from '../services/application.service';
import { CohortExportService } from '../services/cohort-export.service';
import { MatchingReviewService } from '../services/matching-review.service';
import { MatchingService } from '../services/matching.service';
import { MentorOfferService } from '../services/mentor-offer.service';
import { ProposalApprovalService } from '../services/proposal-approval.service';
import { RelationshipService } from '../services/relationship.service';

/** Programme leads, for the programmes they lead (each service checks the scope). */
@RequireRoles('programme_lead')
@Resolver()
export class LeadResolver {
  constructor(
    private readonly applications: ApplicationService,
    private readonly offers: MentorOfferService,
    private readonly matching: MatchingService,
    private readonly review: MatchingReviewService,
    private readonly approval: ProposalApprovalService,
    private readonly relationships: RelationshipService,
    private readonly exports: CohortExportService,
    private readonly people: PersonBriefLoader,
  ) {}

  @Query(() => [CohortApplicant], {
    description: 'Applicants with eligible yes/no (never why). Each read is audited.',
  })
  async cohortApplications(
    @CurrentUser() user: AuthenticatedUser,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Context('req') req: object,
  ): Promise<CohortApplicant[]> {
    const rows = await this.applications.forCohort(user, cohortId);
    return Promise.all(
      rows.map(({ application, eligible }) => this.applicant(application, req, eligible)),
    );
  }

  @Query(() => [MentorOffer])
  async cohortMentors(
    @CurrentUser() user: AuthenticatedUser,
    @Args('cohortId', { type: () => ID }) cohortId: string,
  ): Promise<MentorOffer[]> {
    return (await this.offers.forCohort(user, cohortId)).map(mentorOfferModel);
  }

  @Mutation(() => MatchingRun, {
    description: 'Keeps proposed, active and hand-made pairs; replaces other suggestions.',
  })
  async runMatching(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: RunMatchingInput,
    @Context('req') req: object,
  ): Promise<MatchingRun> {
    await this.matching.run(user, input.cohortId);
    return this.board(user, input.cohortId, req) as Promise<MatchingRun>;
  }

  @Query(() => MatchingRun, { nullable: true, description: 'Null before the first run.' })
  matchingRun(
    @CurrentUser() user: AuthenticatedUser,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Context('req') req: object,
  ): Promise<MatchingRun | null> {
    return this.board(user, cohortId, req);
  }

  @Query(() => MatchingFairness, { nullable: true, description: 'Null before the first run.' })
  async matchingFairness(
    @CurrentUser() user: AuthenticatedUser,
    @Args('cohortId', { type: () => ID }) cohortId: string,
  ): Promise<MatchingFairness | null> {
    const found = await this.review.fairness(user, cohortId);
    return found && { runId: found.run.id, createdAt: found.run.createdAt, rows: found.rows };
  }

  @Mutation(() => [Relationship], { description: 'Both members of each pair are notified.' })
  async approveProposals(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: ApproveProposalsInput,
  ): Promise<Relationship[]> {
    return (await this.approval.approve(user, input)).map((r) => relationshipModel(r, 'lead'));
  }

  @Mutation(() => Relationship, { description: 'A suggested, locked pair: approve it to propose.' })
  async replacePair(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: ReplacePairInput,
  ): Promise<Relationship> {
    return relationshipModel(await this.approval.replacePair(user, input), 'lead');
  }

  @Query(() => [Relationship], {
    description: 'Pairs past suggestion; inactiveSince flags 60 days without a session.',
  })
  async cohortRelationships(
    @CurrentUser() user: AuthenticatedUser,
    @Args('cohortId', { type: () => ID }) cohortId: string,
  ): Promise<Relationship[]> {
    return (await this.relationships.forCohort(user, cohortId)).map((r) =>
      relationshipModel(r, 'lead'),
    );
  }

  @Query(() => String, {
    description: 'Matches and activity as CSV (no SEB answers, no private notes). Audited.',
  })
  cohortExportCsv(
    @CurrentUser() user: AuthenticatedUser,
    @Args('cohortId', { type: () => ID }) cohortId: string,
  ): Promise<string> {
    return this.exports.csv(user, cohortId);
  }

  private async board(
    user: AuthenticatedUser,
    cohortId: string,
    req: object,
  ): Promise<MatchingRun | null> {
    const board = await this.review.board(user, cohortId);
    if (!board) return null;
    return {
      ...runSummary(board.run),
      pairs: board.pairs.map((r) => relationshipModel(r, 'lead')),
      unmatched: await Promise.all(board.unmatched.map((a) => this.applicant(a, req, null))),
    };
  }

  private async applicant(
    application: MenteeApplicationEntity,
    req: object,
    eligible: boolean | null,
  ): Promise<CohortApplicant> {
    const person = await this.people.load(req, application.personId);
    if (!person) throw notFound('No such person');
    return {
      ...menteeProfileModel(application, person),
      status: application.status,
      appliedAt: application.createdAt,
      eligible,
    };
  }
}
