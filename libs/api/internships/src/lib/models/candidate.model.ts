import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MatchStatusEnum } from './enums';
import type { MatchStatus } from '../entities/internship-match.entity';

@ObjectType({ description: 'An intake taking applications, as an applicant sees it.' })
export class OpenInternshipIntake {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() programmeName!: string;
  @Field() programmeDescription!: string;
  @Field() applicationsClose!: string;
  @Field() startDate!: string;
  @Field(() => Int) termMonths!: number;
  @Field(() => Int) minimumAge!: number;
  @Field(() => Int) maximumAge!: number;
  @Field({ description: 'You have applied to it.' }) applied!: boolean;
  @Field({ description: 'Your record has no date of birth, so the application asks for it.' })
  needsDateOfBirth!: boolean;
}

@ObjectType({ description: 'Whether you may apply, worked out from what you told us.' })
export class InternshipEligibility {
  @Field() eligible!: boolean;
  @Field(() => [String], { description: 'Each condition not met, in words; empty when eligible.' })
  reasons!: string[];
}

@ObjectType({ description: 'A placement you have been offered, or have accepted.' })
export class InternshipOffer {
  @Field(() => ID) matchId!: string;
  @Field(() => MatchStatusEnum) status!: MatchStatus;
  @Field() departmentName!: string;
  @Field() team!: string;
  @Field() gradeCode!: string;
  @Field() regionName!: string;
  @Field() workAreaName!: string;
  @Field() startDate!: string;
  @Field() endDate!: string;
  @Field(() => Int) termMonths!: number;
  @Field() lineManagerName!: string;
  @Field(() => [String], { description: 'Why it was suggested for you.' }) explanation!: string[];
}

@ObjectType({
  description:
    'Your own application, with what you told us about your time in care: only you see it.',
})
export class MyInternshipApplication {
  @Field(() => ID) id!: string;
  @Field(() => ID) intakeId!: string;
  @Field() intakeName!: string;
  @Field() programmeName!: string;
  @Field(() => String, { nullable: true }) startDate!: string | null;
  @Field(() => Int, { nullable: true }) weeksInCare!: number | null;
  @Field(() => Boolean, { nullable: true }) inCareAfterSixteen!: boolean | null;
  @Field(() => [String], { description: 'Region codes; empty = any region.' })
  preferredRegions!: string[];
  @Field(() => [String], { description: 'Profession codes; empty = no preference.' })
  preferredWork!: string[];
  @Field() appliedAt!: Date;
  @Field(() => InternshipOffer, { nullable: true, description: 'Offered or accepted.' })
  offer!: InternshipOffer | null;
}

@ObjectType({ description: 'Your membership of the care leaver intern peer network.' })
export class CareLeaverNetworkMembership {
  @Field() member!: boolean;
  @Field(() => Date, { nullable: true }) joinedAt!: Date | null;
  @Field({ description: 'Interns (people who accepted a placement) can join.' }) canJoin!: boolean;
}
