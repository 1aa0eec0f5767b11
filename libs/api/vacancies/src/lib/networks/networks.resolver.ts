import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, RequireRoles } from '@pathways/api-core';
import { MembershipsService } from './memberships.service';
import {
  CreateNetworkInput,
  NetworkInput,
  RemoveNetworkMemberInput,
  UpdateNetworkInput,
} from './network.inputs';
import { Network, NetworkMember } from './network.model';
import { NetworksService } from './networks.service';

@Resolver(() => Network)
export class NetworksResolver {
  constructor(
    private readonly networkService: NetworksService,
    private readonly memberships: MembershipsService,
  ) {}

  @Query(() => [Network], { description: 'Every network, public details only.' })
  networks(@CurrentUser() user: AuthenticatedUser): Promise<Network[]> {
    return this.networkService.list(user);
  }

  @Query(() => [Network], { description: 'The networks the signed-in person belongs to.' })
  myNetworks(@CurrentUser() user: AuthenticatedUser): Promise<Network[]> {
    return this.networkService.list(user, true);
  }

  @Query(() => Network)
  network(@CurrentUser() user: AuthenticatedUser, @Args('input') input: NetworkInput) {
    return this.networkService.get(user, input.networkId);
  }

  @Query(() => [NetworkMember], { description: 'For the network’s leads only.' })
  @RequireRoles('network_lead', 'admin')
  networkMembers(@CurrentUser() user: AuthenticatedUser, @Args('input') input: NetworkInput) {
    return this.memberships.members(user, input.networkId);
  }

  @Mutation(() => Network)
  @RequireRoles('network_lead', 'admin')
  createNetwork(@CurrentUser() user: AuthenticatedUser, @Args('input') input: CreateNetworkInput) {
    return this.networkService.create(user, input);
  }

  @Mutation(() => Network)
  @RequireRoles('network_lead', 'admin')
  updateNetwork(@CurrentUser() user: AuthenticatedUser, @Args('input') input: UpdateNetworkInput) {
    return this.networkService.update(user, input);
  }

  @Mutation(() => Network)
  async joinNetwork(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: NetworkInput,
  ): Promise<Network> {
    await this.memberships.join(user, input.networkId);
    return this.networkService.get(user, input.networkId);
  }

  @Mutation(() => Boolean, { description: 'True when the signed-in person was a member.' })
  leaveNetwork(@CurrentUser() user: AuthenticatedUser, @Args('input') input: NetworkInput) {
    return this.memberships.leave(user, input.networkId);
  }

  @Mutation(() => Boolean, {
    description: 'For the network’s leads; true when they were a member.',
  })
  @RequireRoles('network_lead', 'admin')
  removeNetworkMember(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: RemoveNetworkMemberInput,
  ) {
    return this.memberships.remove(user, input.networkId, input.personId);
  }
}
