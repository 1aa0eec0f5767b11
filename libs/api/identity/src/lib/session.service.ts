import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { createHash, randomBytes } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, AppConfig, AuthenticatedUser, SessionResolver } from '@pathways/api-core';
import { MoreThan, Repository } from 'typeorm';
import { AccountEntity } from './account.entity';
import { RoleGrantEntity } from './role-grant.entity';
import { SessionEntity } from './session.entity';

export const SESSION_COOKIE = 'pathways_session';
const SESSION_HOURS = 12;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class SessionService implements SessionResolver {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    @InjectRepository(AccountEntity) private readonly accounts: Repository<AccountEntity>,
    @InjectRepository(RoleGrantEntity) private readonly grants: Repository<RoleGrantEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(accountId: string, response: Response): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
    await this.sessions.insert({ tokenHash: hashToken(token), accountId, expiresAt });
    response.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.nodeEnv === 'production',
      path: '/',
      expires: expiresAt,
    });
  }

  async end(request: Request, response: Response): Promise<void> {
    const token = request.cookies?.[SESSION_COOKIE] as string | undefined;
    if (token) await this.sessions.delete({ tokenHash: hashToken(token) });
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  /** Signs the account out everywhere except, optionally, the current session. */
  async endAllFor(accountId: string, keep?: Request): Promise<void> {
    const token = keep?.cookies?.[SESSION_COOKIE] as string | undefined;
    const query = this.sessions
      .createQueryBuilder()
      .delete()
      .where('account_id = :accountId', { accountId });
    if (token) query.andWhere('token_hash <> :keep', { keep: hashToken(token) });
    await query.execute();
  }

  async resolve(request: Request): Promise<AuthenticatedUser | null> {
    const token = request.cookies?.[SESSION_COOKIE] as string | undefined;
    if (!token) return null;
    const tokenHash = hashToken(token);
    const session = await this.sessions.findOne({
      where: { tokenHash, expiresAt: MoreThan(new Date()) },
    });
    if (!session) return null;
    const account = await this.accounts.findOne({ where: { id: session.accountId } });
    if (!account) return null;
    const grants = await this.grants.find({ where: { personId: account.personId } });
    return {
      accountId: account.id,
      personId: account.personId,
      sessionId: tokenHash,
      grants: grants.map(({ role, scopeType, scopeId }) => ({ role, scopeType, scopeId })),
    };
  }
}
