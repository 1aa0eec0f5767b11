export * from './lib/identity.module';
export * from './lib/account.entity';
export * from './lib/role-grant.entity';
export * from './lib/roles.service';
export * from './lib/demo-accounts.seeder';
export { SESSION_COOKIE } from './lib/session.service';
