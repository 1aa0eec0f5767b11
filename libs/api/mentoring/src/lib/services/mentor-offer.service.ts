import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuthenticatedUser, badInput, conflict, notFound } from '@pathways/api-core';
import { PersonEntity, ProfessionEntity } from '@pathways/api-people';
import {
  CohortService,
  DEFAULT_MATCHING_RULES,
  isoDate,
  MATCHED_PROGRAMME_TYPES,
} from '@pathways/api-programmes';
import { DataSource, In, Repository } from 'typeorm';
import { MentorOfferEntity } from '../entities/mentor-offer.entity';
import { SetMentorPausedInput, VolunteerAsMentorInput } from '../inputs/mentor.inputs';
import { mentorRuleReasons } from '../rules/mentor-rules';
import { isUniqueViolation } from './database-errors';
import { LeadAccessService } from './lead-access.service';

@Injectable()
export class MentorOfferService {
  constructor(
    @InjectRepository(MentorOfferEntity) private readonly offers: Repository<MentorOfferEntity>,
    private readonly cohorts: CohortService,
    private readonly leads: LeadAccessService,
    private readonly dataSource: DataSource,
  ) {}

  mine(user: AuthenticatedUser): Promise<MentorOfferEntity[]> {
    return this.offers.find({ where: { personId: user.personId }, order: { createdAt: 'DESC' } });
  }

  async forCohort(user: AuthenticatedUser, cohortId: string): Promise<MentorOfferEntity[]> {
    await this.leads.leadCohort(user, cohortId);
    return this.offers.find({ where: { cohortId }, order: { createdAt: 'ASC' } });
  }

  /**
   * Anyone meeting the programme's mentor rules may volunteer until the cohort starts; an
   * existing offer can be changed at any time (a lower capacity never ends accepted pairs).
   */
  async volunteer(
    user: AuthenticatedUser,
    input: VolunteerAsMentorInput,
  ): Promise<MentorOfferEntity> {
    const { cohort, programme } = await this.cohorts.withProgramme(input.cohortId);
    if (!(MATCHED_PROGRAMME_TYPES as readonly string[]).includes(programme.type)) {
      throw badInput('This programme does not take mentors', 'cohortId');
    }
    const person = await this.dataSource
      .getRepository(PersonEntity)
      .findOne({ where: { id: user.personId } });
    if (!person) throw notFound('No such person');
    const reasons = mentorRuleReasons(programme, person);
    if (reasons.length) throw badInput(reasons.join(' '), 'cohortId');
    await this.checkProfessions(input.professions);
    const existing = await this.offers.findOne({
      where: { cohortId: cohort.id, personId: user.personId },
    });
    if (!existing && cohort.startDate && cohort.startDate < isoDate(new Date())) {
      throw conflict('This cohort has already started', 'cohortId');
    }
    const capacity =
      input.capacity ??
      existing?.capacity ??
      (programme.matchingRules ?? DEFAULT_MATCHING_RULES).defaultMentorCapacity;
    const values = {
      capacity,
      topics: [...new Set(input.topics)],
      professions: [...new Set(input.professions)],
    };
    if (existing) return this.offers.save(Object.assign(existing, values));
    try {
      return await this.offers.save(
        this.offers.create({
          cohortId: cohort.id,
          personId: user.personId,
          paused: false,
          ...values,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict('You have already volunteered for this cohort', 'cohortId');
      throw error;
    }
  }

  async setPaused(
    user: AuthenticatedUser,
    input: SetMentorPausedInput,
  ): Promise<MentorOfferEntity[]> {
    const where = input.cohortId
      ? { personId: user.personId, cohortId: input.cohortId }
      : { personId: user.personId };
    const offers = await this.offers.find({ where });
    if (input.cohortId && offers.length === 0)
      throw notFound('You have not volunteered for this cohort');
    if (offers.length) {
      await this.offers.update(
        { id: In(offers.map((offer) => offer.id)) },
        { paused: input.paused },
      );
    }
    return offers.map((offer) => ({ ...offer, paused: input.paused }));
  }

  private async checkProfessions(codes: readonly string[]): Promise<void> {
    if (codes.length === 0) return;
    const found = await this.dataSource
      .getRepository(ProfessionEntity)
      .find({ where: { code: In([...codes]) }, select: { code: true } });
    const known = new Set(found.map((profession) => profession.code));
    const missing = codes.find((code) => !known.has(code));
    if (missing) throw badInput(`"${missing}" is not a profession code`, 'professions');
  }
}
