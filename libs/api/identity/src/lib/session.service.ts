import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { createHash, randomBytes } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, AppConfig, AuthenticatedUser, SessionResolver } from '@pathways/api-core';
import { Repository } from 'typeorm';
import { SessionEntity } from './session.entity';

export const SESSION_COOKIE = 'pathways_session';
const SESSION_HOURS = 12;

interface SessionRow {
  accountId: string;
  personId: string;
  grants: AuthenticatedUser['grants'];
}

const RESOLVE_SESSION_SQL = `
  SELECT a.id AS "accountId", a.person_id AS "personId",
         coalesce(json_agg(json_build_object('role', g.role, 'scopeType', g.scope_type,
                                             'scopeId', g.scope_id))
                  FILTER (WHERE g.id IS NOT NULL), '[]') AS grants
  FROM session s
  JOIN account a ON a.id = s.account_id
  LEFT JOIN role_grant g ON g.person_id = a.person_id
  WHERE s.token_hash = $1 AND s.expires_at > now()
  GROUP BY a.id, a.person_id`;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class SessionService implements SessionResolver {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
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
    // Every request asks this, so it is one round trip, not three.
    const [row]: SessionRow[] = await this.sessions.manager.query(RESOLVE_SESSION_SQL, [tokenHash]);
    if (!row) return null;
    return {
      accountId: row.accountId,
      personId: row.personId,
      sessionId: tokenHash,
      grants: row.grants,
    };
  }
}
