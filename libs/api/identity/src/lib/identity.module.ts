import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGuard, SESSION_RESOLVER } from '@pathways/api-core';
import { PeopleModule } from '@pathways/api-people';
import { AccountEntity } from './account.entity';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { DemoAccountsSeeder } from './demo-accounts.seeder';
import { MeResolver } from './me.resolver';
import { PasswordHasher } from './password-hasher';
import { RoleGrantEntity } from './role-grant.entity';
import { RolesResolver } from './roles.resolver';
import { RolesService } from './roles.service';
import { SessionEntity } from './session.entity';
import { SessionService } from './session.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([AccountEntity, SessionEntity, RoleGrantEntity]),
    PeopleModule,
  ],
  providers: [
    PasswordHasher,
    SessionService,
    AuthService,
    RolesService,
    AuthResolver,
    MeResolver,
    RolesResolver,
    DemoAccountsSeeder,
    { provide: SESSION_RESOLVER, useExisting: SessionService },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [RolesService, SessionService, AuthService, TypeOrmModule],
})
export class IdentityModule {}
