import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('InternshipSettings', {
  description: 'Chosen per programme: the default term of a placement and the eligible ages.',
})
export class InternshipSettingsModel {
  @Field(() => Int) termMonths!: number;
  @Field(() => Int, { description: 'Youngest age on the intake start date.' }) minimumAge!: number;
  @Field(() => Int, { description: 'Oldest age on the intake start date.' }) maximumAge!: number;
}

@ObjectType({ description: 'An annual intake of an internship programme. Dates are YYYY-MM-DD.' })
export class InternshipIntakeSummary {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) applicationsOpen!: string | null;
  @Field(() => String, { nullable: true }) applicationsClose!: string | null;
  @Field(() => String, { nullable: true }) startDate!: string | null;
  @Field({ description: 'Whether applications are open today.' }) isOpen!: boolean;
}

@ObjectType({ description: 'A care leaver internship programme, for its coordinators.' })
export class InternshipProgramme {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => InternshipSettingsModel) settings!: InternshipSettingsModel;
  @Field(() => [InternshipIntakeSummary], { description: 'Newest start first.' })
  intakes!: InternshipIntakeSummary[];
}
