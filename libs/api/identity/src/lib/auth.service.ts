import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { badInput, conflict, DomainError, unauthenticated } from '@pathways/api-core';
import { AuditService } from '@pathways/api-audit';
import { PeopleService } from '@pathways/api-people';
import { DataSource, Repository } from 'typeorm';
import { AccountEntity } from './account.entity';
import { ChangePasswordInput } from './inputs/change-password.input';
import { SignInInput } from './inputs/sign-in.input';
import { SignUpInput } from './inputs/sign-up.input';
import { PasswordHasher } from './password-hasher';
import { RoleGrantEntity } from './role-grant.entity';
import { SignInMethod } from './sign-in-method';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;
const WRONG_DETAILS = 'Enter a correct email address and password';

@Injectable()
export class AuthService implements SignInMethod<SignInInput> {
  readonly name = 'password';

  constructor(
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    private readonly hasher: PasswordHasher,
    private readonly people: PeopleService,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  /** Self sign-up: a person, their account and the participant role, all or nothing. */
  async signUp(input: SignUpInput): Promise<string> {
    const email = input.email.trim().toLowerCase();
    if (await this.accounts.exists({ where: { email } })) {
      throw conflict('An account with this email address already exists: sign in instead', 'email');
    }
    const passwordHash = await this.hasher.hash(input.password);
    return this.dataSource.transaction(async (manager) => {
      const person = await this.people.createForSignUp(
        {
          staffNumber: input.staffNumber.trim().toUpperCase(),
          givenName: input.givenName.trim(),
          familyName: input.familyName.trim(),
          email,
          departmentCode: input.departmentCode,
          gradeCode: input.gradeCode,
        },
        manager,
      );
      const account = await manager
        .getRepository(AccountEntity)
        .save({ personId: person.id, email, passwordHash });
      await manager
        .getRepository(RoleGrantEntity)
        .insert({ personId: person.id, role: 'participant', scopeType: null, scopeId: null });
      return account.id;
    });
  }

  async authenticate({ email, password }: SignInInput): Promise<string> {
    const account = await this.accounts.findOne({ where: { email: email.trim().toLowerCase() } });
    if (!account || !account.passwordHash) throw unauthenticated(WRONG_DETAILS);
    if (account.lockedUntil && account.lockedUntil > new Date()) {
      throw new DomainError(
        'RATE_LIMITED',
        `This account is locked after ${MAX_FAILED_ATTEMPTS} failed sign-in attempts. Try again after ${account.lockedUntil.toISOString().slice(11, 16)} UTC.`,
      );
    }
    if (!(await this.hasher.verify(account.passwordHash, password))) {
      await this.recordFailure(account);
      throw unauthenticated(WRONG_DETAILS);
    }
    await this.accounts.update(account.id, {
      failedAttempts: 0,
      lockedUntil: null,
      lastSignInAt: new Date(),
    });
    return account.id;
  }

  async changePassword(accountId: string, input: ChangePasswordInput): Promise<void> {
    const account = await this.accounts.findOneOrFail({ where: { id: accountId } });
    if (
      !account.passwordHash ||
      !(await this.hasher.verify(account.passwordHash, input.currentPassword))
    ) {
      throw badInput('Your current password is not correct', 'currentPassword');
    }
    if (input.currentPassword === input.newPassword)
      throw badInput('New password must be different from your current password', 'newPassword');
    await this.accounts.update(account.id, {
      passwordHash: await this.hasher.hash(input.newPassword),
    });
  }

  /** Counted in the database: failures arriving together must not overwrite each other's count. */
  private async recordFailure(account: AccountEntity) {
    const reachesLimit = `failed_attempts + 1 >= ${MAX_FAILED_ATTEMPTS}`;
    const { raw } = await this.accounts
      .createQueryBuilder()
      .update()
      .set({
        failedAttempts: () => `CASE WHEN ${reachesLimit} THEN 0 ELSE failed_attempts + 1 END`,
        lockedUntil: () =>
          `CASE WHEN ${reachesLimit} THEN now() + interval '${LOCKOUT_MINUTES} minutes' ELSE locked_until END`,
      })
      .where('id = :id', { id: account.id })
      .returning('failed_attempts')
      .execute();
    const locked = (raw as { failed_attempts: number }[])[0]?.failed_attempts === 0;
    if (locked)
      await this.audit.record({
        actorPersonId: null,
        action: 'account.locked',
        subjectPersonIds: [account.personId],
      });
  }
}
