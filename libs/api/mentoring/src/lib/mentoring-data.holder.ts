import { Injectable } from '@nestjs/common';
import { HoldsPersonalData, PersonalDataHolder, PersonalDataSections } from '@pathways/api-privacy';
import { EntityManager } from 'typeorm';
import { MenteeApplicationEntity } from './entities/mentee-application.entity';
import { MentorOfferEntity } from './entities/mentor-offer.entity';
import { MentoringSessionEntity } from './entities/mentoring-session.entity';
import { RelationshipEntity } from './entities/relationship.entity';
import { SurveyResponseEntity } from './entities/survey-response.entity';

/**
 * What mentoring holds about a person: their applications, offers, relationships, the
 * sessions they logged (with their own private notes) and their survey answers.
 */
@Injectable()
@HoldsPersonalData(50)
export class MentoringDataHolder implements PersonalDataHolder {
  async exportFor(personId: string, manager: EntityManager): Promise<PersonalDataSections> {
    const applications = await manager
      .getRepository(MenteeApplicationEntity)
      .find({ where: { personId }, order: { createdAt: 'ASC' } });
    const offers = await manager
      .getRepository(MentorOfferEntity)
      .find({ where: { personId }, order: { createdAt: 'ASC' } });
    const relationships = await manager.getRepository(RelationshipEntity).find({
      where: [{ menteePersonId: personId }, { mentorPersonId: personId }],
      order: { createdAt: 'ASC' },
    });
    const sessions = await manager
      .getRepository(MentoringSessionEntity)
      .find({ where: { loggedBy: personId }, order: { heldOn: 'ASC' } });
    const surveys = await manager
      .getRepository(SurveyResponseEntity)
      .find({ where: { personId }, order: { submittedAt: 'ASC' } });
    const mentoring = {
      applications: applications.map(
        ({ person: _person, cohort: _cohort, ...application }) => application,
      ),
      mentorOffers: offers.map(({ person: _person, cohort: _cohort, ...offer }) => offer),
      relationships: relationships.map((r) => ({
        id: r.id,
        cohortId: r.cohortId,
        role: r.menteePersonId === personId ? 'mentee' : 'mentor',
        status: r.status,
        proposedAt: r.proposedAt,
        acceptedAt: r.menteePersonId === personId ? r.menteeAcceptedAt : r.mentorAcceptedAt,
        startedOn: r.startedOn,
        endedOn: r.endedOn,
        declineReason: r.declinedBy === personId ? r.declineReason : null,
        endReason: r.endedBy === personId ? r.endReason : null,
      })),
      sessionsLogged: sessions.map(({ relationship: _relationship, ...session }) => session),
      surveyAnswers: surveys.map(({ relationship: _relationship, ...answer }) => answer),
    };
    // Someone who never took part has no mentoring section at all.
    return Object.values(mentoring).some((rows) => rows.length > 0) ? { mentoring } : {};
  }

  /** Blanks the free text the person wrote; pairs, dates and counts stay for the reports. */
  async eraseFor(personId: string, manager: EntityManager): Promise<void> {
    await manager
      .getRepository(MenteeApplicationEntity)
      .update({ personId }, { goals: '', availability: '', region: null });
    await manager
      .getRepository(MentoringSessionEntity)
      .update({ loggedBy: personId }, { nextSteps: '', privateNote: null });
    await manager.getRepository(SurveyResponseEntity).update({ personId }, { comments: '' });
    await manager
      .getRepository(RelationshipEntity)
      .update({ declinedBy: personId }, { declineReason: null });
    await manager
      .getRepository(RelationshipEntity)
      .update({ endedBy: personId }, { endReason: null });
  }
}
