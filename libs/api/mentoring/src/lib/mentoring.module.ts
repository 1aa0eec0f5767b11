import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@pathways/api-notifications';
import { PeopleModule } from '@pathways/api-people';
import { ProgrammesModule } from '@pathways/api-programmes';
import { IdentityModule } from '@pathways/api-identity';
import { MatchingRunEntity } from './entities/matching-run.entity';
import { MenteeApplicationEntity } from './entities/mentee-application.entity';
import { MentorOfferEntity } from './entities/mentor-offer.entity';
import { MentoringSessionEntity } from './entities/mentoring-session.entity';
import { RelationshipEntity } from './entities/relationship.entity';
import { SurveyResponseEntity } from './entities/survey-response.entity';
import { ApplicantFactsLoader } from './loaders/applicant-facts.loader';
import { ApplicationLoader } from './loaders/application.loader';
import { MentorOfferLoader } from './loaders/mentor-offer.loader';
import { MyApplicationLoader } from './loaders/my-application.loader';
import { MyMentorOfferLoader } from './loaders/my-mentor-offer.loader';
import { PersonBriefLoader } from './loaders/person-brief.loader';
import { SeatsTakenLoader } from './loaders/seats-taken.loader';
import { SessionStatsLoader } from './loaders/session-stats.loader';
import { MentoringDataHolder } from './mentoring-data.holder';
import { MentoringDemoSeeder } from './mentoring-demo.seeder';
import { ApplicationResolver } from './resolvers/application.resolver';
import { CohortJourneyResolver } from './resolvers/cohort-journey.resolver';
import { LeadResolver } from './resolvers/lead.resolver';
import { MenteeResolver } from './resolvers/mentee.resolver';
import { MentorOfferResolver } from './resolvers/mentor-offer.resolver';
import { ProgrammeJourneyResolver } from './resolvers/programme-journey.resolver';
import { RelationshipResolver } from './resolvers/relationship.resolver';
import { SessionResolver } from './resolvers/session.resolver';
import { SurveyResolver } from './resolvers/survey.resolver';
import { TimelineResolver } from './resolvers/timeline.resolver';
import { ApplicantFactsService } from './services/applicant-facts.service';
import { ApplicationService } from './services/application.service';
import { CohortExportService } from './services/cohort-export.service';
import { LeadAccessService } from './services/lead-access.service';
import { MatchingReviewService } from './services/matching-review.service';
import { MatchingService } from './services/matching.service';
import { MentorOfferService } from './services/mentor-offer.service';
import { ProposalApprovalService } from './services/proposal-approval.service';
import { ProposalResponseService } from './services/proposal-response.service';
import { ProposalTimeoutService } from './services/proposal-timeout.service';
import { RelationshipAccessService } from './services/relationship-access.service';
import { RelationshipService } from './services/relationship.service';
import { SessionLogService } from './services/session-log.service';
import { SurveyService } from './services/survey.service';
import { TimelineService } from './services/timeline.service';

export const MENTORING_ENTITIES = [
  MenteeApplicationEntity,
  MentorOfferEntity,
  MatchingRunEntity,
  RelationshipEntity,
  MentoringSessionEntity,
  SurveyResponseEntity,
];

@Module({
  imports: [
    TypeOrmModule.forFeature(MENTORING_ENTITIES),
    PeopleModule,
    IdentityModule,
    ProgrammesModule,
    NotificationsModule,
  ],
  providers: [
    ApplicantFactsService,
    ApplicationService,
    CohortExportService,
    LeadAccessService,
    MatchingReviewService,
    MatchingService,
    MentorOfferService,
    ProposalApprovalService,
    ProposalResponseService,
    ProposalTimeoutService,
    RelationshipAccessService,
    RelationshipService,
    SessionLogService,
    SurveyService,
    TimelineService,
    ApplicantFactsLoader,
    ApplicationLoader,
    MentorOfferLoader,
    MyApplicationLoader,
    MyMentorOfferLoader,
    PersonBriefLoader,
    SeatsTakenLoader,
    SessionStatsLoader,
    ApplicationResolver,
    CohortJourneyResolver,
    LeadResolver,
    MenteeResolver,
    MentorOfferResolver,
    ProgrammeJourneyResolver,
    RelationshipResolver,
    SessionResolver,
    SurveyResolver,
    TimelineResolver,
    MentoringDemoSeeder,
    MentoringDataHolder,
  ],
  exports: [ProposalTimeoutService, TypeOrmModule],
})
export class MentoringModule {}
