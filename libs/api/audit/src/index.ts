export * from './lib/audit.module';
export * from './lib/audit.service';
export * from './lib/audit-actions';
export * from './lib/audit-event.entity';
