import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser } from '@pathways/api-core';
import { SubmitSurveyInput } from '../inputs/relationship.inputs';
import { relationshipModel } from '../models/relationship.model';
import { DueSurvey, SurveyResponse } from '../models/survey.model';
import { SurveyService } from '../services/survey.service';

@Resolver()
export class SurveyResolver {
  constructor(private readonly surveys: SurveyService) {}

  @Query(() => [DueSurvey], { description: 'Check-ins and close-out surveys you owe today.' })
  async mySurveysDue(@CurrentUser() user: AuthenticatedUser): Promise<DueSurvey[]> {
    return (await this.surveys.due(user)).map(({ relationship, kind, dueOn }) => ({
      relationshipId: relationship.id,
      relationship: relationshipModel(
        relationship,
        relationship.mentorPersonId === user.personId ? 'mentor' : 'mentee',
      ),
      kind,
      dueOn,
    }));
  }

  @Mutation(() => SurveyResponse)
  submitSurvey(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: SubmitSurveyInput,
  ): Promise<SurveyResponse> {
    return this.surveys.submit(user, input);
  }
}
