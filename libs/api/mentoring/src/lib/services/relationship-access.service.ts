import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuthenticatedUser, notFound } from '@pathways/api-core';
import { CohortEntity, leadsProgramme, ProgrammeEntity } from '@pathways/api-programmes';
import { Repository } from 'typeorm';
import { RelationshipEntity } from '../entities/relationship.entity';
import type { RelationshipViewer } from '../models/enums';

export interface ViewedRelationship {
  relationship: RelationshipEntity;
  viewer: RelationshipViewer;
  cohort: CohortEntity;
  programme: ProgrammeEntity;
}

/**
 * Who may see a relationship: its two members, and the leads of its programme. Suggestions
 * stay between the lead and the engine until approved.
 */
@Injectable()
export class RelationshipAccessService {
  constructor(
    @InjectRepository(RelationshipEntity)
    private readonly relationships: Repository<RelationshipEntity>,
  ) {}

  async view(user: AuthenticatedUser, id: string): Promise<ViewedRelationship> {
    const relationship = await this.relationships.findOne({
      where: { id },
      relations: { cohort: { programme: true } },
    });
    const cohort = relationship?.cohort;
    const programme = cohort?.programme;
    if (!relationship || !cohort || !programme) throw notFound('No such relationship');
    const viewer = viewerOf(user, relationship, programme.code);
    if (!viewer) throw notFound('No such relationship');
    delete relationship.cohort;
    return { relationship, viewer, cohort, programme };
  }

  /** Like view, but only for the two members (e.g. logging a session). */
  async asMember(user: AuthenticatedUser, id: string): Promise<ViewedRelationship> {
    const viewed = await this.view(user, id);
    if (viewed.viewer === 'lead') throw notFound('No such relationship');
    return viewed;
  }
}

export function viewerOf(
  user: AuthenticatedUser,
  relationship: RelationshipEntity,
  programmeCode: string,
): RelationshipViewer | null {
  const hidden = relationship.status === 'suggested' || relationship.status === 'discarded';
  if (!hidden && relationship.menteePersonId === user.personId) return 'mentee';
  if (!hidden && relationship.mentorPersonId === user.personId) return 'mentor';
  return leadsProgramme(user, programmeCode) ? 'lead' : null;
}
