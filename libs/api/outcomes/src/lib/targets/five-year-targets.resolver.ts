import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, RequireRoles } from '@pathways/api-core';
import {
  FiveYearTarget,
  RemoveFiveYearTargetInput,
  SetFiveYearTargetInput,
} from './five-year-target.model';
import { FiveYearTargetsService } from './five-year-targets.service';

/** Progress is read on the workforce dashboard; these only set the targets. */
@RequireRoles('admin')
@Resolver(() => FiveYearTarget)
export class FiveYearTargetsResolver {
  constructor(private readonly targets: FiveYearTargetsService) {}

  @Mutation(() => FiveYearTarget, { description: 'Progress shows on the workforce dashboard.' })
  async setFiveYearTarget(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SetFiveYearTargetInput,
  ): Promise<FiveYearTarget> {
    return { ...(await this.targets.set(user.personId, input)), currentShare: null };
  }

  @Mutation(() => Boolean, { description: 'False when there was no such target.' })
  removeFiveYearTarget(@Args('input') input: RemoveFiveYearTargetInput): Promise<boolean> {
    return this.targets.remove(input.id);
  }
}
