import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, RequireRoles } from '@pathways/api-core';
import { AddReferenceItemInput } from './add-reference-item.input';
import { Department, Grade, Profession, Region } from './reference.models';
import { ReferenceDataService } from './reference-data.service';

/** Reference lists are public: sign-up needs departments and grades before anyone is signed in. */
@Resolver()
export class ReferenceDataResolver {
  constructor(private readonly reference: ReferenceDataService) {}

  @Public()
  @Query(() => [Department])
  departments() {
    return this.reference.listDepartments();
  }

  @Public()
  @Query(() => [Grade])
  grades() {
    return this.reference.listGrades();
  }

  @Public()
  @Query(() => [Profession])
  professions() {
    return this.reference.listProfessions();
  }

  @Public()
  @Query(() => [Region])
  regions() {
    return this.reference.listRegions();
  }

  @RequireRoles('admin')
  @Mutation(() => Department)
  addDepartment(@Args('input') input: AddReferenceItemInput) {
    return this.reference.addDepartment(input);
  }

  @RequireRoles('admin')
  @Mutation(() => Profession)
  addProfession(@Args('input') input: AddReferenceItemInput) {
    return this.reference.addProfession(input);
  }
}
