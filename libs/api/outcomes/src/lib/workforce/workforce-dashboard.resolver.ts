import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditService } from '@pathways/api-audit';
import { AuthenticatedUser, CurrentUser, RequireRoles } from '@pathways/api-core';
import { analystDepartments } from '../access/outcome-access';
import { workforceCompositionCsv } from './workforce-csv';
import { WorkforceDashboard } from './workforce-dashboard.model';
import { WorkforceDashboardService } from './workforce-dashboard.service';

@Resolver(() => WorkforceDashboard)
export class WorkforceDashboardResolver {
  constructor(
    private readonly dashboards: WorkforceDashboardService,
    private readonly audit: AuditService,
  ) {}

  @RequireRoles('analyst', 'admin')
  @Query(() => WorkforceDashboard, {
    description: 'Analysts: aggregates for the departments of their scope. Admins: everything.',
  })
  workforceDashboard(@CurrentUser() user: AuthenticatedUser): Promise<WorkforceDashboard> {
    return this.dashboards.dashboard(analystDepartments(user));
  }

  @ResolveField(() => String, {
    description: 'Every composition table as CSV ([c] = suppressed). An audited export.',
  })
  async csv(
    @Parent() dashboard: WorkforceDashboard,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<string> {
    await this.audit.record({
      actorPersonId: user.personId,
      action: 'export.report',
      detail: { report: 'workforce', departments: dashboard.departments ?? 'all' },
    });
    return workforceCompositionCsv(dashboard.tables);
  }
}
