import type { MentoringSessionEntity } from '../entities/mentoring-session.entity';
import type { RelationshipEntity } from '../entities/relationship.entity';
import { timelineOf } from '../services/timeline.service';

const relationship = {
  status: 'completed',
  proposedAt: new Date('2026-01-02T10:00:00Z'),
  mentorAcceptedAt: new Date('2026-01-03T15:00:00Z'),
  menteeAcceptedAt: new Date('2026-01-05T16:30:00Z'),
  startedOn: '2026-01-05',
  endedOn: '2026-03-01',
} as RelationshipEntity;

const session = (heldOn: string) =>
  ({ heldOn, durationMinutes: 45, format: 'in_person' }) as MentoringSessionEntity;

describe(timelineOf.name, () => {
  it('lists what happened in order, a session on the start day after the start', () => {
    const events = timelineOf(relationship, [session('2026-02-01'), session('2026-01-05')]);
    expect(events.map((event) => event.title)).toEqual([
      'Proposed by the programme lead',
      'Mentor accepted',
      'Mentee accepted',
      'Relationship started',
      'Session (45 minutes, in person)',
      'Session (45 minutes, in person)',
      'Relationship completed',
    ]);
    expect(events[4].session?.heldOn).toBe('2026-01-05');
  });

  it('leaves out what has not happened', () => {
    const proposed = {
      ...relationship,
      status: 'proposed',
      mentorAcceptedAt: null,
      menteeAcceptedAt: null,
      startedOn: null,
      endedOn: null,
    } as RelationshipEntity;
    expect(timelineOf(proposed, []).map((event) => event.kind)).toEqual(['proposed']);
  });
});
