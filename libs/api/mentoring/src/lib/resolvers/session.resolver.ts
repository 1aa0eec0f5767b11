import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, notFound } from '@pathways/api-core';
import { LogSessionInput } from '../inputs/relationship.inputs';
import { PersonBriefLoader } from '../loaders/person-brief.loader';
import { PersonBrief } from '../models/person-brief.model';
import { MentoringSession, sessionModel } from '../models/session.model';
import { SessionLogService } from '../services/session-log.service';

@Resolver(() => MentoringSession)
export class SessionResolver {
  constructor(
    private readonly sessions: SessionLogService,
    private readonly people: PersonBriefLoader,
  ) {}

  @Mutation(() => MentoringSession, {
    description: 'Mentor or mentee, while the relationship is active.',
  })
  async logSession(
    @CurrentUser() user: AuthenticatedUser,
    @Args('input') input: LogSessionInput,
  ): Promise<MentoringSession> {
    return sessionModel(await this.sessions.log(user, input));
  }

  @ResolveField(() => PersonBrief)
  async loggedBy(
    @Parent() session: MentoringSession,
    @Context('req') req: object,
  ): Promise<PersonBrief> {
    const person = await this.people.load(req, session.loggedById);
    if (!person) throw notFound('No such person');
    return person;
  }

  @ResolveField(() => Boolean)
  loggedByMe(@Parent() session: MentoringSession, @CurrentUser() user: AuthenticatedUser): boolean {
    return session.loggedById === user.personId;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Only its author can read it: null for everyone else.',
  })
  privateNote(
    @Parent() session: MentoringSession,
    @CurrentUser() user: AuthenticatedUser,
  ): string | null {
    return session.loggedById === user.personId ? session.privateNoteText : null;
  }
}
