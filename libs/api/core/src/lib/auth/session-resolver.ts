import type { Request } from 'express';
import { AuthenticatedUser } from './roles';

/** Implemented by the identity module: who a request's session cookie belongs to. */
export interface SessionResolver {
  resolve(request: Request): Promise<AuthenticatedUser | null>;
}

export const SESSION_RESOLVER = Symbol('SESSION_RESOLVER');
