import { Field, ID, ObjectType } from '@nestjs/graphql';
import type {
  ApplicationStatus,
  MenteeApplicationEntity,
} from '../entities/mentee-application.entity';
import type { Preference, SessionTopic } from '../rules/vocabulary';
import { ApplicationStatusEnum, PreferenceEnum, SessionTopicEnum } from './enums';
import { PersonBrief } from './person-brief.model';

@ObjectType({ description: 'Your application to be mentored in a cohort.' })
export class MenteeApplication {
  @Field(() => ID) id!: string;
  @Field(() => ID) cohortId!: string;
  @Field() goals!: string;
  @Field(() => [SessionTopicEnum]) topics!: SessionTopic[];
  @Field(() => PreferenceEnum) professionPreference!: Preference;
  @Field(() => PreferenceEnum) departmentPreference!: Preference;
  @Field(() => String, { nullable: true }) region!: string | null;
  @Field() availability!: string;
  @Field(() => ApplicationStatusEnum) status!: ApplicationStatus;
  @Field() appliedAt!: Date;
  @Field(() => Date, { nullable: true }) withdrawnAt!: Date | null;
}

export function applicationModel(entity: MenteeApplicationEntity): MenteeApplication {
  return {
    id: entity.id,
    cohortId: entity.cohortId,
    goals: entity.goals,
    topics: entity.topics as SessionTopic[],
    professionPreference: entity.professionPreference,
    departmentPreference: entity.departmentPreference,
    region: entity.region,
    availability: entity.availability,
    status: entity.status,
    appliedAt: entity.createdAt,
    withdrawnAt: entity.withdrawnAt,
  };
}

@ObjectType({
  description:
    'A mentee as a lead or their mentor sees them: goals and work details, never SEB answers.',
})
export class MenteeProfile {
  @Field(() => ID) applicationId!: string;
  @Field(() => PersonBrief) person!: PersonBrief;
  @Field() goals!: string;
  @Field(() => [SessionTopicEnum]) topics!: SessionTopic[];
  @Field(() => PreferenceEnum) professionPreference!: Preference;
  @Field(() => PreferenceEnum) departmentPreference!: Preference;
  @Field(() => String, { nullable: true }) region!: string | null;
  @Field() availability!: string;
}

@ObjectType({ description: 'An applicant as the programme lead sees them.' })
export class CohortApplicant extends MenteeProfile {
  @Field(() => ApplicationStatusEnum) status!: ApplicationStatus;
  @Field() appliedAt!: Date;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Eligible today: yes or no only (never why). Only in cohortApplications.',
  })
  eligible!: boolean | null;
}

export function menteeProfileModel(
  entity: MenteeApplicationEntity,
  person: PersonBrief,
): MenteeProfile {
  return {
    applicationId: entity.id,
    person,
    goals: entity.goals,
    topics: entity.topics as SessionTopic[],
    professionPreference: entity.professionPreference,
    departmentPreference: entity.departmentPreference,
    region: entity.region,
    availability: entity.availability,
  };
}
