import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, MaxLength } from 'class-validator';

@InputType()
export class SignInInput {
  @Field()
  @IsEmail(
    {},
    { message: 'Enter an email address in the correct format, like name@example.gov.uk' },
  )
  email!: string;

  @Field()
  @IsNotEmpty({ message: 'Enter your password' })
  @MaxLength(200)
  password!: string;
}
