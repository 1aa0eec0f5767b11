import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

@ObjectType({ description: 'A department’s open accelerator roles reserved for talent schemes.' })
export class ReservedShare {
  @Field() departmentCode!: string;
  @Field() departmentName!: string;
  @Field(() => Int, { nullable: true, description: 'The cap in percent; null when none is set.' })
  maxPercent!: number | null;
  @Field(() => Int) openCount!: number;
  @Field(() => Int) reservedCount!: number;
  @Field(() => Float) sharePercent!: number;
}

@InputType()
export class SetReservedShareCapInput {
  @Field()
  @IsString()
  departmentCode!: string;

  @Field(() => Int, { nullable: true, description: 'Null removes the cap.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  maxPercent?: number | null;
}
