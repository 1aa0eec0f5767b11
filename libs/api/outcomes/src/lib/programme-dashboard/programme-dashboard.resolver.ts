import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, RequireRoles } from '@pathways/api-core';
import { assertManagesProgrammeOutcomes } from '../access/outcome-access';
import { ProgrammeDashboard, ProgrammeDashboardInput } from './programme-dashboard.model';
import { ProgrammeDashboardService } from './programme-dashboard.service';

@Resolver(() => ProgrammeDashboard)
export class ProgrammeDashboardResolver {
  constructor(private readonly dashboards: ProgrammeDashboardService) {}

  @RequireRoles('programme_lead', 'admin')
  @Query(() => ProgrammeDashboard, { description: 'For the leads of the programme, and admins.' })
  programmeDashboard(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: ProgrammeDashboardInput,
  ): Promise<ProgrammeDashboard> {
    assertManagesProgrammeOutcomes(user, input.programme);
    return this.dashboards.dashboard(input.programme);
  }
}
