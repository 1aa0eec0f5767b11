import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, RequireRoles } from '@pathways/api-core';
import { outcomeReportToCsv } from '@pathways/domain-stats';
import { assertMayReadProgrammeReport } from '../access/outcome-access';
import { todayIso } from '../csv/calendar-date';
import { OutcomeReport, OutcomeReportInput, outcomeReportModel } from './outcome-report.model';
import { OutcomeReportService } from './outcome-report.service';

@Resolver(() => OutcomeReport)
export class OutcomeReportResolver {
  constructor(private readonly reports: OutcomeReportService) {}

  @RequireRoles('programme_lead', 'analyst', 'admin')
  @Query(() => OutcomeReport, {
    description: 'A programme outcome report: leads of the programme, analysts and admins.',
  })
  async outcomeReport(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: OutcomeReportInput,
  ): Promise<OutcomeReport> {
    assertMayReadProgrammeReport(user, input.programme);
    return outcomeReportModel(await this.reports.report(input.programme, input.asOf ?? todayIso()));
  }

  @ResolveField(() => String, {
    description: 'The report as CSV (contracts.md columns). Asking for it is an audited export.',
  })
  async csv(
    @Parent() report: OutcomeReport,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<string> {
    await this.reports.recordExport(report.json, 'csv', user.personId);
    return outcomeReportToCsv(report.json);
  }
}
