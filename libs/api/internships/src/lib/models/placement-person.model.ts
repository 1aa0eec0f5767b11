import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PersonEntity } from '@pathways/api-people';

@ObjectType({ description: 'Who someone is at work: never anything about their background.' })
export class PlacementPerson {
  @Field(() => ID) id!: string;
  @Field() givenName!: string;
  @Field() familyName!: string;
  @Field() staffNumber!: string;
  @Field() departmentCode!: string;
  @Field() gradeCode!: string;
}

export function placementPerson(person: PersonEntity): PlacementPerson {
  return {
    id: person.id,
    givenName: person.givenName,
    familyName: person.familyName,
    staffNumber: person.staffNumber,
    departmentCode: person.departmentCode,
    gradeCode: person.gradeCode,
  };
}
