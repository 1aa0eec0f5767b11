import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, RequireRoles } from '@pathways/api-core';
import { POSTER_ROLES } from '../vacancies/vacancy-access';
import { VacancyIdInput } from '../vacancies/vacancy.inputs';
import { FunnelRecordingService } from './funnel-recording.service';
import { FunnelReportService } from './funnel-report.service';
import { RecordAppointmentInput, VacancyFunnel, VacancyFunnelTotalsInput } from './funnel.model';

@Resolver(() => VacancyFunnel)
export class FunnelResolver {
  constructor(
    private readonly recording: FunnelRecordingService,
    private readonly reports: FunnelReportService,
  ) {}

  @Mutation(() => Boolean, { description: 'The signed-in person opened the vacancy.' })
  recordVacancyView(@CurrentUser() user: AuthenticatedUser, @Args('input') input: VacancyIdInput) {
    return this.recording.view(user, input.vacancyId);
  }

  @Mutation(() => Boolean, { description: 'The signed-in person says they applied.' })
  recordApplication(@CurrentUser() user: AuthenticatedUser, @Args('input') input: VacancyIdInput) {
    return this.recording.apply(user, input.vacancyId);
  }

  @Mutation(() => Boolean, { description: 'For the vacancy’s owner: who was appointed.' })
  @RequireRoles(...POSTER_ROLES)
  recordAppointment(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: RecordAppointmentInput,
  ) {
    return this.recording.appoint(user, input.vacancyId, input.staffNumber);
  }

  @Query(() => VacancyFunnel, { description: 'For the vacancy’s owner: aggregate counts only.' })
  @RequireRoles(...POSTER_ROLES)
  vacancyFunnel(@CurrentUser() user: AuthenticatedUser, @Args('input') input: VacancyIdInput) {
    return this.reports.forVacancy(user, input.vacancyId);
  }

  @Query(() => VacancyFunnel, { description: 'Every published vacancy in total, for analysts.' })
  @RequireRoles('analyst', 'admin')
  vacancyFunnelTotals(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input', { type: () => VacancyFunnelTotalsInput, nullable: true })
    input?: VacancyFunnelTotalsInput,
  ) {
    return this.reports.totals(user, input ?? {});
  }
}
