import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, Matches, MaxLength } from 'class-validator';

@InputType()
export class AddReferenceItemInput {
  @Field()
  @Matches(/^[A-Za-z][A-Za-z0-9_]{1,39}$/, {
    message: 'Enter a code of 2 to 40 letters, digits or underscores, starting with a letter',
  })
  code!: string;

  @Field()
  @IsNotEmpty({ message: 'Enter a name' })
  @MaxLength(200)
  name!: string;
}
