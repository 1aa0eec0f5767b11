import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, RequireRoles } from '@pathways/api-core';
import { InternshipReport } from '../models/report.model';
import { InternshipReportService } from '../services/internship-report.service';

@RequireRoles('programme_lead', 'analyst', 'admin')
@Resolver()
export class InternshipReportResolver {
  constructor(private readonly reports: InternshipReportService) {}

  @Query(() => InternshipReport, {
    description:
      'Leads of the programme, all-government analysts and admins. Cells under 10 are withheld.',
  })
  internshipReport(
    @CurrentUser() user: AuthenticatedUser,
    @Args('programmeId', { type: () => ID }) programmeId: string,
  ): Promise<InternshipReport> {
    return this.reports.report(user, programmeId);
  }
}
