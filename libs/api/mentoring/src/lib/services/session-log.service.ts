import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuthenticatedUser, badInput, conflict } from '@pathways/api-core';
import { isoDate, isValidIsoDate } from '@pathways/api-programmes';
import { Repository } from 'typeorm';
import { MentoringSessionEntity } from '../entities/mentoring-session.entity';
import { LogSessionInput } from '../inputs/relationship.inputs';
import { RelationshipAccessService } from './relationship-access.service';

@Injectable()
export class SessionLogService {
  constructor(
    @InjectRepository(MentoringSessionEntity)
    private readonly sessions: Repository<MentoringSessionEntity>,
    private readonly access: RelationshipAccessService,
  ) {}

  /** Either member logs a session of their active relationship, held since it started. */
  async log(user: AuthenticatedUser, input: LogSessionInput): Promise<MentoringSessionEntity> {
    const { relationship } = await this.access.asMember(user, input.relationshipId);
    if (relationship.status !== 'active') {
      throw conflict('Sessions can be logged only while the relationship is active');
    }
    if (!isValidIsoDate(input.heldOn)) throw badInput('Enter a real date', 'heldOn');
    if (input.heldOn > isoDate(new Date())) {
      throw badInput('The date of the session must be today or in the past', 'heldOn');
    }
    if (relationship.startedOn && input.heldOn < relationship.startedOn) {
      throw badInput(
        `The date of the session must be on or after the relationship started (${relationship.startedOn})`,
        'heldOn',
      );
    }
    return this.sessions.save(
      this.sessions.create({
        relationshipId: relationship.id,
        loggedBy: user.personId,
        heldOn: input.heldOn,
        durationMinutes: input.durationMinutes,
        format: input.format,
        topics: [...new Set(input.topics)],
        nextSteps: input.nextSteps.trim(),
        privateNote: input.privateNote?.trim() || null,
      }),
    );
  }

  forRelationship(relationshipId: string): Promise<MentoringSessionEntity[]> {
    return this.sessions.find({
      where: { relationshipId },
      order: { heldOn: 'ASC', createdAt: 'ASC' },
    });
  }
}
