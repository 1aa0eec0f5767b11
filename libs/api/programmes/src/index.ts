export * from './lib/programmes.module';
export * from './lib/entities/programme.entity';
export * from './lib/entities/cohort.entity';
export * from './lib/entities/enrolment.entity';
