import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, hasRole } from '@pathways/api-core';
import { OutboxInput, OutboxPage } from './outbox.model';
import { OutboxService } from './outbox.service';

@Resolver()
export class OutboxResolver {
  constructor(private readonly messages: OutboxService) {}

  @Query(() => OutboxPage, {
    description: "E-mails in the local outbox: the caller's own, or everyone's for an admin.",
  })
  outbox(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input', { type: () => OutboxInput, nullable: true }) input?: OutboxInput,
  ): Promise<OutboxPage> {
    return this.messages.page(
      hasRole(user, 'admin') ? null : user.personId,
      input?.limit ?? 20,
      input?.offset ?? 0,
    );
  }
}
