export * from './lib/mentoring.module';
export * from './lib/entities/mentee-application.entity';
export * from './lib/entities/mentor-offer.entity';
export * from './lib/entities/matching-run.entity';
export * from './lib/entities/relationship.entity';
export * from './lib/entities/mentoring-session.entity';
export * from './lib/entities/survey-response.entity';
export { ProposalTimeoutService } from './lib/services/proposal-timeout.service';
export type { TimeoutReport } from './lib/services/proposal-timeout.service';
export {
  MentoringDemoSeeder,
  DEMO_COHORT_CODE,
  DEMO_COHORT_ID,
  DEMO_PROGRAMME_CODE,
} from './lib/mentoring-demo.seeder';
