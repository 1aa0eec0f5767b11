import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PersonEntity } from '@pathways/api-people';

@ObjectType({ description: 'Who someone is at work: never any sensitive answers.' })
export class PersonBrief {
  @Field(() => ID) id!: string;
  @Field() givenName!: string;
  @Field() familyName!: string;
  @Field() gradeCode!: string;
  @Field() departmentCode!: string;
  @Field(() => String, { nullable: true }) professionCode!: string | null;
  @Field(() => String, { nullable: true }) regionCode!: string | null;
}

export function personBrief(person: PersonEntity): PersonBrief {
  return {
    id: person.id,
    givenName: person.givenName,
    familyName: person.familyName,
    gradeCode: person.gradeCode,
    departmentCode: person.departmentCode,
    professionCode: person.professionCode,
    regionCode: person.regionCode,
  };
}
