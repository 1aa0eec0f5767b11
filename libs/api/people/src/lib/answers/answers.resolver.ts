import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser } from '@pathways/api-core';
import { MyAnswers, SaveMyAnswersInput } from './answers.models';
import { AnswersService } from './answers.service';

/** Only ever the caller's own answers: there is no way to name another person here. */
@Resolver(() => MyAnswers)
export class AnswersResolver {
  constructor(private readonly answers: AnswersService) {}

  @Query(() => MyAnswers)
  myAnswers(@CurrentUser() user: AuthenticatedUser) {
    return this.answers.forPerson(user.personId);
  }

  @Mutation(() => MyAnswers)
  saveMyAnswers(@CurrentUser() user: AuthenticatedUser, @Args('input') input: SaveMyAnswersInput) {
    return this.answers.save(user.personId, input);
  }

  @Mutation(() => MyAnswers, { description: 'Removes all your answers.' })
  withdrawMyAnswers(@CurrentUser() user: AuthenticatedUser) {
    return this.answers.withdraw(user.personId);
  }
}
