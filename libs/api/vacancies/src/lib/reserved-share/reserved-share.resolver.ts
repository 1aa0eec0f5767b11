import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, RequireRoles } from '@pathways/api-core';
import { ReservedShare, SetReservedShareCapInput } from './reserved-share.model';
import { ReservedShareService } from './reserved-share.service';

@Resolver(() => ReservedShare)
export class ReservedShareResolver {
  constructor(private readonly shares: ReservedShareService) {}

  @Query(() => [ReservedShare], {
    description: 'Departments with a cap or open accelerator roles: the reserved share of each.',
  })
  @RequireRoles('network_lead', 'programme_lead', 'analyst', 'admin')
  reservedShares(): Promise<ReservedShare[]> {
    return this.shares.shares();
  }

  @Mutation(() => ReservedShare)
  @RequireRoles('admin')
  setReservedShareCap(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SetReservedShareCapInput,
  ): Promise<ReservedShare> {
    return this.shares.setCap(user, input);
  }
}
