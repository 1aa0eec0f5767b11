export * from './lib/outcomes.module';
export * from './lib/entities/career-event.entity';
