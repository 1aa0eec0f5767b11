import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, RequireRoles } from '@pathways/api-core';
import { ErasePersonInput } from './erase-person.input';
import { PersonErasureService } from './person-erasure.service';
import { PersonalDataExportService } from './personal-data-export.service';
import { ErasedPerson, PersonalDataExport } from './privacy.models';

@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly exports: PersonalDataExportService,
    private readonly erasure: PersonErasureService,
  ) {}

  /** Only ever the caller's own data: there is no way to name another person here. */
  @Query(() => PersonalDataExport)
  myPersonalData(@CurrentUser() user: AuthenticatedUser): Promise<PersonalDataExport> {
    return this.exports.exportFor(user.personId);
  }

  @RequireRoles('admin')
  @Mutation(() => ErasedPerson, {
    description: 'Removes the identifying and sensitive data and the account of a person (admins).',
  })
  erasePerson(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: ErasePersonInput,
  ): Promise<ErasedPerson> {
    return this.erasure.erase(user.personId, input);
  }
}
