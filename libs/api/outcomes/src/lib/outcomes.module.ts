import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CareerEventsDataHolder } from './career-events/career-events-data.holder';
import { CareerEventsResolver } from './career-events/career-events.resolver';
import { CareerEventsService } from './career-events/career-events.service';
import { OutcomeDataChanges } from './changes/outcome-data-changes.service';
import { DemoOutcomesSeeder } from './demo/demo-outcomes.seeder';
import { CareerEventEntity } from './entities/career-event.entity';
import { FiveYearTargetEntity } from './entities/five-year-target.entity';
import { EnrolmentsImportService } from './import/enrolments-import.service';
import { EventsImportService } from './import/events-import.service';
import { ProgrammeDashboardResolver } from './programme-dashboard/programme-dashboard.resolver';
import { ProgrammeDashboardService } from './programme-dashboard/programme-dashboard.service';
import { OutcomeReportResolver } from './report/outcome-report.resolver';
import { OutcomeReportService } from './report/outcome-report.service';
import { FiveYearTargetsResolver } from './targets/five-year-targets.resolver';
import { FiveYearTargetsService } from './targets/five-year-targets.service';
import { WorkforceDashboardResolver } from './workforce/workforce-dashboard.resolver';
import { WorkforceDashboardService } from './workforce/workforce-dashboard.service';

export const OUTCOMES_ENTITIES = [CareerEventEntity, FiveYearTargetEntity];

const SERVICES = [
  EnrolmentsImportService,
  EventsImportService,
  OutcomeReportService,
  CareerEventsService,
  ProgrammeDashboardService,
  WorkforceDashboardService,
  FiveYearTargetsService,
];

@Module({
  imports: [TypeOrmModule.forFeature(OUTCOMES_ENTITIES)],
  providers: [
    ...SERVICES,
    OutcomeReportResolver,
    CareerEventsResolver,
    ProgrammeDashboardResolver,
    WorkforceDashboardResolver,
    FiveYearTargetsResolver,
    DemoOutcomesSeeder,
    CareerEventsDataHolder,
    OutcomeDataChanges,
  ],
  exports: [TypeOrmModule, ...SERVICES],
})
export class OutcomesModule {}
