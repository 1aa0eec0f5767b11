import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser } from '@pathways/api-core';
import {
  RecordInternCheckInInput,
  RecordLineManagerTrainingInput,
  RecordPlacementOutcomeInput,
} from '../inputs/line-manager.inputs';
import { ManagedPlacement } from '../models/placement.model';
import { LineManagerService } from '../services/line-manager.service';
import { PlacementOutcomeService } from '../services/placement-outcome.service';

/**
 * Line managers, for the placements they are named on. Training can be recorded before an
 * intern is placed, so these are open to anyone signed in and the services check the
 * placement's line manager (and, for anything about the intern, their line manager role).
 */
@Resolver()
export class LineManagerResolver {
  constructor(
    private readonly lineManagers: LineManagerService,
    private readonly outcomes: PlacementOutcomeService,
  ) {}

  @Query(() => [ManagedPlacement], { description: 'Placements you are the line manager of.' })
  managedPlacements(@CurrentUser() user: AuthenticatedUser): Promise<ManagedPlacement[]> {
    return this.lineManagers.managed(user);
  }

  @Query(() => ManagedPlacement)
  managedPlacement(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ManagedPlacement> {
    return this.lineManagers.one(user, id);
  }

  @Mutation(() => ManagedPlacement, {
    description: 'Due before the placement starts; counts for all your placements in the intake.',
  })
  recordLineManagerTraining(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: RecordLineManagerTrainingInput,
  ): Promise<ManagedPlacement> {
    return this.lineManagers.recordTraining(user, input);
  }

  @Mutation(() => ManagedPlacement)
  recordInternCheckIn(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: RecordInternCheckInInput,
  ): Promise<ManagedPlacement> {
    return this.lineManagers.recordCheckIn(user, input);
  }

  @Mutation(() => ManagedPlacement, {
    description: 'Once; writes the matching career event, dated at the effective date.',
  })
  async recordPlacementOutcome(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: RecordPlacementOutcomeInput,
  ): Promise<ManagedPlacement> {
    const placementId = await this.outcomes.record(user, input);
    return this.lineManagers.one(user, placementId);
  }
}
