import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID, Matches, MaxLength } from 'class-validator';

@InputType()
export class ErasePersonInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'personId must be a person id' })
  personId!: string;

  @Field({ description: 'Why, e.g. the reference of the erasure request. Kept in the audit log.' })
  @Matches(/\S/, { message: 'Enter the reason for erasing this person' })
  @MaxLength(500, { message: 'Reason must be 500 characters or fewer' })
  reason!: string;
}
