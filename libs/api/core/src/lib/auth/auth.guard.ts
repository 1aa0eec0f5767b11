import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden, unauthenticated } from '../errors/domain-error';
import { IS_PUBLIC, REQUIRED_ROLES, requestOf } from './auth.decorators';
import { hasRole, Role } from './roles';
import { SESSION_RESOLVER, SessionResolver } from './session-resolver';

/** Global: every resolver and route needs a signed-in user unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(SESSION_RESOLVER) private readonly sessions: SessionResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = requestOf(context);
    if (request && request.user === undefined)
      request.user = (await this.sessions.resolve(request)) ?? undefined;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const user = request?.user;
    if (!user) throw unauthenticated();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles?.length && !roles.some((role) => hasRole(user, role))) throw forbidden();
    return true;
  }
}
