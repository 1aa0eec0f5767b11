import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, Matches, MaxLength, MinLength } from 'class-validator';

@InputType()
export class SignUpInput {
  @Field()
  @IsNotEmpty({ message: 'Enter your first name' })
  @MaxLength(100)
  givenName!: string;

  @Field()
  @IsNotEmpty({ message: 'Enter your last name' })
  @MaxLength(100)
  familyName!: string;

  @Field()
  @IsEmail(
    {},
    { message: 'Enter an email address in the correct format, like name@example.gov.uk' },
  )
  email!: string;

  @Field()
  @Matches(/^[A-Za-z0-9-]{3,20}$/, {
    message: 'Enter your staff number, 3 to 20 letters, digits or hyphens',
  })
  staffNumber!: string;

  @Field()
  @IsNotEmpty({ message: 'Select your department' })
  departmentCode!: string;

  @Field()
  @IsNotEmpty({ message: 'Select your grade' })
  gradeCode!: string;

  @Field()
  @MinLength(12, { message: 'Password must be 12 characters or more' })
  @MaxLength(200, { message: 'Password must be 200 characters or fewer' })
  password!: string;
}
