import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { AlertDeliveryEnum } from '../graphql-enums';
import { ALERT_DELIVERIES, AlertDelivery } from './alert-rule.entity';

@ObjectType({ description: 'A saved vacancy alert: empty lists match anything.' })
export class AlertRule {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => [String]) gradeCodes!: string[];
  @Field(() => [String]) professionCodes!: string[];
  @Field(() => [String]) regionCodes!: string[];
  @Field(() => [String]) departmentCodes!: string[];
  @Field(() => [String]) keywords!: string[];
  @Field(() => AlertDeliveryEnum) delivery!: AlertDelivery;
  @Field() inApp!: boolean;
  @Field() email!: boolean;
  @Field() createdAt!: Date;
}

@InputType({ description: 'Without id a new rule; with id, a change to one of the caller’s.' })
export class SaveAlertRuleInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'id must be an alert rule id' })
  id?: string | null;

  @Field({ defaultValue: '' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name!: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  gradeCodes!: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(60)
  @IsString({ each: true })
  professionCodes!: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  regionCodes!: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(60)
  @IsString({ each: true })
  departmentCodes!: string[];

  @Field(() => [String], { defaultValue: [], description: 'Any of these in the title or summary.' })
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  keywords!: string[];

  @Field(() => AlertDeliveryEnum, { defaultValue: 'instant' })
  @IsIn(ALERT_DELIVERIES, { message: 'Choose instant or a weekly digest' })
  delivery!: AlertDelivery;

  @Field({ defaultValue: true })
  @IsBoolean()
  inApp!: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  email!: boolean;
}

@InputType()
export class AlertRuleIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an alert rule id' })
  id!: string;
}
