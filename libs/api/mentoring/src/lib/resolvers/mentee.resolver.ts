import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser } from '@pathways/api-core';
import { CohortService, Programme, programmeModel } from '@pathways/api-programmes';
import { ApplyToCohortInput, WithdrawApplicationInput } from '../inputs/mentee.inputs';
import { applicationModel, MenteeApplication } from '../models/application.model';
import { TopicOption } from '../models/eligibility.model';
import { SESSION_TOPIC_LABELS, SESSION_TOPICS } from '../rules/vocabulary';
import { ApplicationService } from '../services/application.service';

@Resolver()
export class MenteeResolver {
  constructor(
    private readonly cohorts: CohortService,
    private readonly applications: ApplicationService,
  ) {}

  @Query(() => [Programme], {
    description: 'Mentoring and sponsorship programmes with a cohort open for applications.',
  })
  async openProgrammes(): Promise<Programme[]> {
    const open = await this.cohorts.open();
    const unique = new Map(open.map(({ programme }) => [programme.id, programme]));
    return [...unique.values()].map(programmeModel);
  }

  @Query(() => [TopicOption], { description: 'Topics for applications, offers and sessions.' })
  mentoringTopics(): TopicOption[] {
    return SESSION_TOPICS.map((code) => ({ code, label: SESSION_TOPIC_LABELS[code] }));
  }

  @Query(() => [MenteeApplication], { description: 'Your applications, newest first.' })
  async myApplications(@CurrentUser() user: AuthenticatedUser): Promise<MenteeApplication[]> {
    return (await this.applications.mine(user)).map(applicationModel);
  }

  @Mutation(() => MenteeApplication, {
    description: 'Fails with the reasons when you are not eligible, or the window is closed.',
  })
  async applyToCohort(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: ApplyToCohortInput,
  ): Promise<MenteeApplication> {
    return applicationModel(await this.applications.apply(user, input));
  }

  @Mutation(() => MenteeApplication)
  async withdrawApplication(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: WithdrawApplicationInput,
  ): Promise<MenteeApplication> {
    return applicationModel(await this.applications.withdraw(user, input));
  }
}
