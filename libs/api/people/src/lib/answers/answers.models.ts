import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsNotEmpty, IsOptional, ValidateNested } from 'class-validator';

@ObjectType({ description: 'One of your own answers. Only you can read these.' })
export class MyAnswer {
  @Field({ description: 'Question key, e.g. seb_occupation.' })
  question!: string;

  @Field(() => String, { nullable: true, description: 'Answer code; null when not answered.' })
  code!: string | null;

  @Field(() => String, { nullable: true })
  label!: string | null;
}

@ObjectType()
export class MyAnswers {
  @Field(() => [MyAnswer])
  answers!: MyAnswer[];

  @Field({ description: 'professional, intermediate, lower or unknown, from your answers.' })
  sebGroup!: string;

  @Field(() => Date, { nullable: true })
  updatedAt!: Date | null;
}

@InputType()
export class AnswerInput {
  @Field()
  @IsNotEmpty()
  question!: string;

  @Field(() => String, { nullable: true, description: 'null removes the answer.' })
  @IsOptional()
  code!: string | null;
}

@InputType()
export class SaveMyAnswersInput {
  @Field(() => [AnswerInput])
  @ValidateNested({ each: true })
  @ArrayMaxSize(20)
  @Type(() => AnswerInput)
  answers!: AnswerInput[];
}
