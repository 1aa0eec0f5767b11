import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser } from '@pathways/api-core';
import { AlertRule, AlertRuleIdInput, SaveAlertRuleInput } from './alert-rule.model';
import { AlertRulesService } from './alert-rules.service';

/** Only ever the caller's own rules. */
@Resolver(() => AlertRule)
export class AlertRulesResolver {
  constructor(private readonly rules: AlertRulesService) {}

  @Query(() => [AlertRule])
  myAlertRules(@CurrentUser() user: AuthenticatedUser): Promise<AlertRule[]> {
    return this.rules.mine(user);
  }

  @Mutation(() => AlertRule)
  saveAlertRule(@CurrentUser() user: AuthenticatedUser, @Args('input') input: SaveAlertRuleInput) {
    return this.rules.save(user, input);
  }

  @Mutation(() => Boolean, { description: 'True when the caller had such a rule.' })
  deleteAlertRule(@CurrentUser() user: AuthenticatedUser, @Args('input') input: AlertRuleIdInput) {
    return this.rules.delete(user, input.id);
  }
}
