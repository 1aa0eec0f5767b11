import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '@pathways/api-core';
import type { RelationshipEntity } from '../entities/relationship.entity';
import type { MentoringSessionEntity } from '../entities/mentoring-session.entity';
import type { TimelineEventKind } from '../models/enums';
import { RelationshipAccessService, ViewedRelationship } from './relationship-access.service';
import { SessionLogService } from './session-log.service';

export interface TimelineEntry {
  kind: TimelineEventKind;
  at: Date;
  title: string;
  session: MentoringSessionEntity | null;
}

/** What has happened in a relationship, for its two members. */
@Injectable()
export class TimelineService {
  constructor(
    private readonly access: RelationshipAccessService,
    private readonly sessions: SessionLogService,
  ) {}

  async timeline(
    user: AuthenticatedUser,
    relationshipId: string,
  ): Promise<{ viewed: ViewedRelationship; events: TimelineEntry[] }> {
    const viewed = await this.access.asMember(user, relationshipId);
    const sessions = await this.sessions.forRelationship(relationshipId);
    return { viewed, events: timelineOf(viewed.relationship, sessions) };
  }
}

const atMidday = (date: string) => new Date(`${date}T12:00:00Z`);

/** Oldest first; sessions and start and end dates count as midday of their day. */
export function timelineOf(
  relationship: RelationshipEntity,
  sessions: readonly MentoringSessionEntity[],
): TimelineEntry[] {
  const events: TimelineEntry[] = [];
  const add = (kind: TimelineEventKind, at: Date | null, title: string) => {
    if (at) events.push({ kind, at, title, session: null });
  };
  add('proposed', relationship.proposedAt, 'Proposed by the programme lead');
  add('accepted', relationship.mentorAcceptedAt, 'Mentor accepted');
  add('accepted', relationship.menteeAcceptedAt, 'Mentee accepted');
  if (relationship.startedOn)
    add('started', atMidday(relationship.startedOn), 'Relationship started');
  for (const session of sessions) {
    events.push({
      kind: 'session',
      at: atMidday(session.heldOn),
      title: `Session (${session.durationMinutes} minutes, ${session.format.replace('_', ' ')})`,
      session,
    });
  }
  if (relationship.endedOn) {
    add(
      'ended',
      atMidday(relationship.endedOn),
      relationship.status === 'completed' ? 'Relationship completed' : 'Relationship ended early',
    );
  }
  return events.sort(
    (a, b) =>
      a.at.toISOString().slice(0, 10).localeCompare(b.at.toISOString().slice(0, 10)) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.at.getTime() - b.at.getTime(),
  );
}

/** Within a day, events fall in the order they can happen. */
const KIND_ORDER: readonly TimelineEventKind[] = [
  'proposed',
  'accepted',
  'started',
  'session',
  'survey',
  'ended',
];
