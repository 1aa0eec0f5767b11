import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, Public } from '@pathways/api-core';
import type { Request, Response } from 'express';
import { AuthService } from './auth.service';
import { ChangePasswordInput } from './inputs/change-password.input';
import { SignInInput } from './inputs/sign-in.input';
import { SignUpInput } from './inputs/sign-up.input';
import { SessionService } from './session.service';

interface HttpContext {
  req: Request;
  res: Response;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  @Public()
  @Mutation(() => Boolean, { description: 'Creates a participant account and signs it in.' })
  async signUp(
    @Args('input') input: SignUpInput,
    @Context() { res }: HttpContext,
  ): Promise<boolean> {
    await this.sessions.start(await this.auth.signUp(input), res);
    return true;
  }

  @Public()
  @Mutation(() => Boolean)
  async signIn(
    @Args('input') input: SignInInput,
    @Context() { res }: HttpContext,
  ): Promise<boolean> {
    await this.sessions.start(await this.auth.authenticate(input), res);
    return true;
  }

  @Public()
  @Mutation(() => Boolean)
  async signOut(@Context() { req, res }: HttpContext): Promise<boolean> {
    await this.sessions.end(req, res);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Changes the password and signs out every other session.',
  })
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentUser() user: AuthenticatedUser,
    @Context() { req }: HttpContext,
  ): Promise<boolean> {
    await this.auth.changePassword(user.accountId, input);
    await this.sessions.endAllFor(user.accountId, req);
    return true;
  }
}
