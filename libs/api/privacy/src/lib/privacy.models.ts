import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Everything Pathways holds about you, to download.' })
export class PersonalDataExport {
  @Field({ description: 'A JSON document: your record, answers, account, roles and audit trail.' })
  json!: string;

  @Field()
  generatedAt!: Date;
}

@ObjectType({ description: 'A person whose identifying and sensitive data has been removed.' })
export class ErasedPerson {
  @Field(() => ID) personId!: string;
  @Field() erasedAt!: Date;
}
