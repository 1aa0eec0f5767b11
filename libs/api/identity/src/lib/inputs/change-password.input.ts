import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength, MinLength } from 'class-validator';

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsNotEmpty({ message: 'Enter your current password' })
  currentPassword!: string;

  @Field()
  @MinLength(12, { message: 'New password must be 12 characters or more' })
  @MaxLength(200, { message: 'New password must be 200 characters or fewer' })
  newPassword!: string;
}
