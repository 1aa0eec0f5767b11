import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, RequireRoles } from '@pathways/api-core';
import { PeopleService } from '@pathways/api-people';
import { GrantRoleInput, PersonSummary, RoleGrant } from './identity.models';
import { RolesService } from './roles.service';

@RequireRoles('admin')
@Resolver(() => RoleGrant)
export class RolesResolver {
  constructor(
    private readonly roles: RolesService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => [PersonSummary], {
    description: 'Find people by name, email or staff number (admins).',
  })
  peopleSearch(@Args('search') search: string) {
    return this.people.search(search);
  }

  @Query(() => [RoleGrant])
  roleGrants(@Args('personId', { type: () => ID }) personId: string) {
    return this.roles.forPerson(personId);
  }

  @Mutation(() => RoleGrant)
  grantRole(@CurrentUser() user: AuthenticatedUser, @Args('input') input: GrantRoleInput) {
    return this.roles.grant(user.personId, input);
  }

  @Mutation(() => Boolean)
  async revokeRole(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
  ) {
    await this.roles.revoke(user.personId, id);
    return true;
  }
}
