import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, RequireRoles } from '@pathways/api-core';
import { BroadcastVacancyInput, VacancyBroadcast } from '../broadcast/broadcast.model';
import { BroadcastService } from '../broadcast/broadcast.service';
import { AcceleratorRolesService } from './accelerator-roles.service';
import { POSTER_ROLES } from './vacancy-access';
import { VacancyEditingService } from './vacancy-editing.service';
import { VacancyPublishingService } from './vacancy-publishing.service';
import {
  AcceleratorRolesInput,
  CreateVacancyInput,
  UpdateVacancyInput,
  VacancyIdInput,
} from './vacancy.inputs';
import { Vacancy, VacancyPage } from './vacancy.model';

@Resolver(() => Vacancy)
export class VacanciesResolver {
  constructor(
    private readonly roles: AcceleratorRolesService,
    private readonly editing: VacancyEditingService,
    private readonly publishing: VacancyPublishingService,
    private readonly broadcasts: BroadcastService,
  ) {}

  @Query(() => VacancyPage, { description: 'Open accelerator roles, soonest closing first.' })
  acceleratorRoles(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input', { type: () => AcceleratorRolesInput, nullable: true })
    input?: AcceleratorRolesInput,
  ): Promise<VacancyPage> {
    return this.roles.list(user, input ?? { limit: 20, offset: 0 });
  }

  @Query(() => Vacancy, { description: 'A published vacancy, or a draft of the caller’s own.' })
  acceleratorRole(@CurrentUser() user: AuthenticatedUser, @Args('input') input: VacancyIdInput) {
    return this.roles.get(user, input.vacancyId);
  }

  @Query(() => [Vacancy], { description: 'The vacancies the signed-in person posted.' })
  @RequireRoles(...POSTER_ROLES)
  myVacancies(@CurrentUser() user: AuthenticatedUser): Promise<Vacancy[]> {
    return this.roles.mine(user);
  }

  @Mutation(() => Vacancy, { description: 'A draft: nobody is alerted until it is published.' })
  @RequireRoles(...POSTER_ROLES)
  createVacancy(@CurrentUser() user: AuthenticatedUser, @Args('input') input: CreateVacancyInput) {
    return this.editing.create(user, input);
  }

  @Mutation(() => Vacancy)
  @RequireRoles(...POSTER_ROLES)
  updateVacancy(@CurrentUser() user: AuthenticatedUser, @Args('input') input: UpdateVacancyInput) {
    return this.editing.update(user, input);
  }

  @Mutation(() => Vacancy, {
    description: 'Opens the vacancy and alerts everyone whose rules match it.',
  })
  @RequireRoles(...POSTER_ROLES)
  publishVacancy(@CurrentUser() user: AuthenticatedUser, @Args('input') input: VacancyIdInput) {
    return this.publishing.publish(user, input.vacancyId);
  }

  @Mutation(() => Vacancy)
  @RequireRoles(...POSTER_ROLES)
  closeVacancy(@CurrentUser() user: AuthenticatedUser, @Args('input') input: VacancyIdInput) {
    return this.editing.close(user, input.vacancyId);
  }

  @Mutation(() => VacancyBroadcast, {
    description: 'Alerts members of networks the caller leads: those whose rules match, or all.',
  })
  @RequireRoles('network_lead', 'admin')
  broadcastVacancy(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: BroadcastVacancyInput,
  ): Promise<VacancyBroadcast> {
    return this.broadcasts.broadcast(user, input);
  }
}
