import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, RequireRoles } from '@pathways/api-core';
import { OfferPlacementInput } from '../inputs/programme.inputs';
import { DepartmentInternships, DepartmentPlacement } from '../models/department.model';
import { DepartmentInternshipsService } from '../services/department-internships.service';
import { PlacementOfferService } from '../services/placement-offer.service';

/** Department leads, for their own departments' placements (the services check which). */
@Resolver()
export class DepartmentResolver {
  constructor(
    private readonly departments: DepartmentInternshipsService,
    private readonly offers: PlacementOfferService,
  ) {}

  @RequireRoles('department_lead')
  @Query(() => DepartmentInternships, {
    description: 'Intakes you can offer placements to, and your departments’ placements. Audited.',
  })
  departmentInternships(@CurrentUser() user: AuthenticatedUser): Promise<DepartmentInternships> {
    return this.departments.view(user);
  }

  @RequireRoles('department_lead', 'programme_lead', 'admin')
  @Mutation(() => DepartmentPlacement, {
    description:
      'A lead of the placement’s department (until the intake starts), or the intake’s coordinators. The line manager is told at once.',
  })
  async offerDepartmentPlacement(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: OfferPlacementInput,
  ): Promise<DepartmentPlacement> {
    const placement = await this.offers.offer(user, input, 'coordinators_and_department_leads');
    return this.departments.placement(placement);
  }
}
