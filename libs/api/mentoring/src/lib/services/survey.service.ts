import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuthenticatedUser, badInput, conflict } from '@pathways/api-core';
import { isoDate } from '@pathways/api-programmes';
import { DataSource, In, Repository } from 'typeorm';
import { RelationshipEntity } from '../entities/relationship.entity';
import { SurveyResponseEntity } from '../entities/survey-response.entity';
import { SubmitSurveyInput } from '../inputs/relationship.inputs';
import { DueSurvey, surveyKey, surveysDue } from '../rules/survey-schedule';
import { isUniqueViolation } from './database-errors';
import { recordCloseOut } from './enrolment-writer';
import { RelationshipAccessService } from './relationship-access.service';

export interface OwedSurvey extends DueSurvey {
  relationship: RelationshipEntity;
}

@Injectable()
export class SurveyService {
  constructor(
    @InjectRepository(RelationshipEntity)
    private readonly relationships: Repository<RelationshipEntity>,
    @InjectRepository(SurveyResponseEntity)
    private readonly responses: Repository<SurveyResponseEntity>,
    private readonly access: RelationshipAccessService,
    private readonly dataSource: DataSource,
  ) {}

  /** Surveys the caller owes today across their relationships, as mentee or mentor. */
  async due(user: AuthenticatedUser, now = new Date()): Promise<OwedSurvey[]> {
    const status = In(['active', 'completed', 'ended_early']);
    const relationships = await this.relationships.find({
      where: [
        { menteePersonId: user.personId, status },
        { mentorPersonId: user.personId, status },
      ],
      relations: { cohort: { programme: true } },
      order: { startedOn: 'ASC' },
    });
    if (relationships.length === 0) return [];
    const answered = await this.responses.find({
      where: { personId: user.personId, relationshipId: In(relationships.map((r) => r.id)) },
      select: { relationshipId: true, kind: true, dueOn: true },
    });
    const today = isoDate(now);
    return relationships.flatMap((relationship) => {
      const done = new Set(
        answered.filter((a) => a.relationshipId === relationship.id).map((a) => surveyKey(a)),
      );
      const durationMonths = relationship.cohort?.programme?.durationMonths ?? 12;
      delete relationship.cohort;
      return surveysDue({ ...relationship, durationMonths }, today, done).map((survey) => ({
        ...survey,
        relationship,
      }));
    });
  }

  /**
   * Answers the survey of that kind now due; a mentee's close-out answers are copied to their
   * enrolment, where the outcome report reads satisfaction.
   */
  async submit(user: AuthenticatedUser, input: SubmitSurveyInput): Promise<SurveyResponseEntity> {
    const { relationship, viewer } = await this.access.asMember(user, input.relationshipId);
    const owed = (await this.due(user)).find(
      (survey) => survey.relationship.id === relationship.id && survey.kind === input.kind,
    );
    if (!owed) throw conflict('No survey of this kind is due for this relationship', 'kind');
    if (
      input.kind === 'close_out' &&
      (input.metExpectations == null || input.sessionsInteresting == null)
    ) {
      throw badInput(
        input.metExpectations == null
          ? 'Say whether mentoring met your expectations'
          : 'Say whether you found the sessions interesting',
        input.metExpectations == null ? 'metExpectations' : 'sessionsInteresting',
      );
    }
    try {
      return await this.dataSource.transaction(async (manager) => {
        const repository = manager.getRepository(SurveyResponseEntity);
        const response = await repository.save(
          repository.create({
            relationshipId: relationship.id,
            personId: user.personId,
            kind: input.kind,
            dueOn: owed.dueOn,
            rating: input.rating,
            metExpectations: input.metExpectations ?? null,
            sessionsInteresting: input.sessionsInteresting ?? null,
            comments: input.comments.trim(),
          }),
        );
        if (input.kind === 'close_out' && viewer === 'mentee') {
          await recordCloseOut(manager, relationship, {
            metExpectations: input.metExpectations === true,
            sessionsInteresting: input.sessionsInteresting === true,
          });
        }
        return response;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('You have already answered this survey', 'kind');
      throw error;
    }
  }
}
