import { Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, Public } from '@pathways/api-core';
import { PeopleService } from '@pathways/api-people';
import { Me } from './identity.models';
import { RolesService } from './roles.service';

@Resolver(() => Me)
export class MeResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly roles: RolesService,
  ) {}

  /** Null when nobody is signed in, so the web client can show sign-in links. */
  @Public()
  @Query(() => Me, { nullable: true })
  async me(@CurrentUser() user: AuthenticatedUser | undefined): Promise<Me | null> {
    if (!user) return null;
    const person = await this.people.findById(user.personId);
    return {
      personId: person.id,
      staffNumber: person.staffNumber,
      givenName: person.givenName,
      familyName: person.familyName,
      email: person.email ?? '',
      departmentCode: person.departmentCode,
      gradeCode: person.gradeCode,
      roles: await this.roles.forPerson(person.id),
    };
  }
}
