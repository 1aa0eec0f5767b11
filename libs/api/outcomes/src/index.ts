export * from './lib/outcomes.module';
export * from './lib/entities/career-event.entity';
export * from './lib/entities/five-year-target.entity';
export { EnrolmentsImportService } from './lib/import/enrolments-import.service';
export type { EnrolmentsImportResult } from './lib/import/enrolments-import.service';
export { EventsImportService } from './lib/import/events-import.service';
export type { EventsImportResult } from './lib/import/events-import.service';
export { OutcomeReportService } from './lib/report/outcome-report.service';
export { CareerEventsService } from './lib/career-events/career-events.service';
export { ProgrammeDashboardService } from './lib/programme-dashboard/programme-dashboard.service';
export { WorkforceDashboardService } from './lib/workforce/workforce-dashboard.service';
export { FiveYearTargetsService } from './lib/targets/five-year-targets.service';
export { generateDemoDataset } from './lib/demo/generate-demo-dataset';
export { DemoCalendar } from './lib/demo/demo-calendar';
export {
  DEMO_DEPARTMENT,
  DEMO_PROGRAMME,
  DEMO_UNCONFIRMED_EVENT_ID,
} from './lib/demo/demo-dataset';
export type { DemoDataset } from './lib/demo/demo-dataset';
