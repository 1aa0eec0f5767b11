import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, RequireRoles } from '@pathways/api-core';
import { CareerEvent, careerEventModel } from './career-event.model';
import {
  ConfirmCareerEventInput,
  MyCareerEventInput,
  RecordCareerEventInput,
  UnconfirmedCareerEventsInput,
} from './career-event.inputs';
import { CareerEventsService } from './career-events.service';

@Resolver(() => CareerEvent)
export class CareerEventsResolver {
  constructor(private readonly events: CareerEventsService) {}

  @Query(() => [CareerEvent], { description: 'Your own career events, newest first.' })
  async myCareerEvents(@CurrentUser() user: AuthenticatedUser): Promise<CareerEvent[]> {
    return (await this.events.mine(user)).map(careerEventModel);
  }

  @Mutation(() => CareerEvent, {
    description: 'Tell your programme lead about a step in your career; it counts once confirmed.',
  })
  async reportMyCareerEvent(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: MyCareerEventInput,
  ): Promise<CareerEvent> {
    return careerEventModel(await this.events.reportMine(user, input));
  }

  @RequireRoles('programme_lead', 'admin')
  @Mutation(() => CareerEvent, {
    description: 'Record a confirmed event for someone enrolled in a programme you lead.',
  })
  async recordCareerEvent(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: RecordCareerEventInput,
  ): Promise<CareerEvent> {
    return careerEventModel(await this.events.record(user, input));
  }

  @RequireRoles('programme_lead', 'admin')
  @Query(() => [CareerEvent], {
    description: 'Self-reported events awaiting confirmation, of people in a programme you lead.',
  })
  async unconfirmedCareerEvents(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: UnconfirmedCareerEventsInput,
  ): Promise<CareerEvent[]> {
    return (await this.events.unconfirmed(user, input.programme)).map(careerEventModel);
  }

  @RequireRoles('programme_lead', 'admin')
  @Mutation(() => CareerEvent)
  async confirmCareerEvent(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: ConfirmCareerEventInput,
  ): Promise<CareerEvent> {
    return careerEventModel(await this.events.confirm(user, input.id));
  }
}
