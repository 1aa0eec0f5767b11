import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser } from '@pathways/api-core';
import { relationshipModel } from '../models/relationship.model';
import { sessionModel } from '../models/session.model';
import { RelationshipTimeline } from '../models/timeline.model';
import { TimelineService } from '../services/timeline.service';

@Resolver(() => RelationshipTimeline)
export class TimelineResolver {
  constructor(private readonly timelines: TimelineService) {}

  @Query(() => RelationshipTimeline, { description: "For the relationship's two members." })
  async relationshipTimeline(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<RelationshipTimeline> {
    const { viewed, events } = await this.timelines.timeline(user, id);
    return {
      relationship: relationshipModel(viewed.relationship, viewed.viewer),
      events: events.map((event) => ({
        ...event,
        session: event.session ? sessionModel(event.session) : null,
      })),
    };
  }
}
