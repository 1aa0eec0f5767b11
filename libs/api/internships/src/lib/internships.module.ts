import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@pathways/api-identity';
import { NotificationsModule } from '@pathways/api-notifications';
import { ProgrammesModule } from '@pathways/api-programmes';
import { InternshipDemoSeeder } from './demo/internship-demo.seeder';
import { CheckInEntity } from './entities/check-in.entity';
import { InternshipApplicationEntity } from './entities/internship-application.entity';
import { InternshipMatchEntity } from './entities/internship-match.entity';
import { PlacementEntity } from './entities/placement.entity';
import { InternshipDataHolder } from './internship-data.holder';
import { CandidateResolver } from './resolvers/candidate.resolver';
import { CoordinatorResolver } from './resolvers/coordinator.resolver';
import { DepartmentResolver } from './resolvers/department.resolver';
import { LineManagerResolver } from './resolvers/line-manager.resolver';
import { InternshipReportResolver } from './resolvers/report.resolver';
import { ApplicationWithdrawalService } from './services/application-withdrawal.service';
import { DepartmentInternshipsService } from './services/department-internships.service';
import { IntakeViewService } from './services/intake-view.service';
import { InternshipApplicationService } from './services/internship-application.service';
import { InternshipMatchingService } from './services/internship-matching.service';
import { InternshipProgrammeService } from './services/internship-programme.service';
import { InternshipReportService } from './services/internship-report.service';
import { LineManagerService } from './services/line-manager.service';
import { MyInternshipService } from './services/my-internship.service';
import { OfferResponseService } from './services/offer-response.service';
import { PeerNetworkService } from './services/peer-network.service';
import { PlacementOfferService } from './services/placement-offer.service';
import { PlacementOutcomeService } from './services/placement-outcome.service';

export const INTERNSHIP_ENTITIES = [
  PlacementEntity,
  InternshipApplicationEntity,
  InternshipMatchEntity,
  CheckInEntity,
];

/** Care leaver internships: intakes, placements, matching, line managers, outcomes, reports. */
@Module({
  imports: [
    TypeOrmModule.forFeature(INTERNSHIP_ENTITIES),
    IdentityModule,
    ProgrammesModule,
    NotificationsModule,
  ],
  providers: [
    InternshipProgrammeService,
    IntakeViewService,
    PlacementOfferService,
    DepartmentInternshipsService,
    InternshipApplicationService,
    InternshipMatchingService,
    OfferResponseService,
    ApplicationWithdrawalService,
    MyInternshipService,
    PeerNetworkService,
    LineManagerService,
    PlacementOutcomeService,
    InternshipReportService,
    CoordinatorResolver,
    DepartmentResolver,
    CandidateResolver,
    LineManagerResolver,
    InternshipReportResolver,
    InternshipDataHolder,
    InternshipDemoSeeder,
  ],
  exports: [TypeOrmModule],
})
export class InternshipsModule {}
