export * from './lib/internships.module';
export * from './lib/entities/placement.entity';
export * from './lib/entities/internship-application.entity';
export * from './lib/entities/internship-match.entity';
export * from './lib/entities/check-in.entity';
export {
  DEMO_INTERNSHIP_PROGRAMME_CODE,
  DEMO_INTERNSHIP_PROGRAMME_ID,
  DEMO_OPEN_INTAKE_ID,
  DEMO_PAST_INTAKE_ID,
  DEMO_PLACEMENT_ID,
} from './lib/demo/demo-internships';
