import type { ModuleRef } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import type { Request, Response } from 'express';
import type { Context } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../config/app-config';
import type { RequestWithUser } from '../auth/auth.decorators';
import { SESSION_RESOLVER, SessionResolver } from '../auth/session-resolver';

/** What graphql-ws hands its callbacks about the WebSocket's upgrade request. */
export interface SubscriptionContextArgs {
  extra: { request: IncomingMessage };
}

// A browser sends the session cookie with a WebSocket from any page, so a socket from another
// site would act as the signed-in person: accept only this service's own origin.
function sameOrigin(request: IncomingMessage, publicUrl: string): boolean {
  const origin = request.headers.origin;
  if (!origin) return true; // not a browser
  try {
    const host = new URL(origin).host;
    return host === new URL(publicUrl).host || host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * graphql-ws onConnect: signs the socket in with the session cookie of its upgrade request, which
 * no Express middleware has seen; a socket without a valid session is closed (4403).
 */
export function authenticateSubscription(config: AppConfig, moduleRef: ModuleRef) {
  const parseCookies = cookieParser(config.sessionSecret);
  return async (context: Context): Promise<boolean> => {
    const { extra } = context as unknown as SubscriptionContextArgs;
    const request = extra.request as IncomingMessage & RequestWithUser;
    if (!sameOrigin(request, config.publicUrl)) return false;
    parseCookies(request as Request, {} as Response, () => undefined);
    const sessions = moduleRef.get<SessionResolver>(SESSION_RESOLVER, { strict: false });
    request.user = (await sessions.resolve(request)) ?? undefined;
    return request.user !== undefined;
  };
}

/** The GraphQL context: the HTTP request, or for a subscription the socket's signed-in upgrade request. */
export function graphqlContext(args: { req?: unknown; res?: unknown } | SubscriptionContextArgs) {
  if ('extra' in args) return { req: args.extra.request };
  return { req: args.req, res: args.res };
}
