import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { NetworkKindEnum } from '../graphql-enums';
import { NETWORK_KINDS, NetworkKind } from './network.entity';

@InputType()
export class CreateNetworkInput {
  @Field({ description: 'Capitals, digits and hyphens, e.g. MOJ-SOCIAL-MOBILITY.' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/, {
    message: 'code must be 2 to 40 capital letters, digits or hyphens',
  })
  code!: string;

  @Field()
  @IsString()
  @Length(1, 120, { message: 'Enter a name of up to 120 characters' })
  name!: string;

  @Field(() => NetworkKindEnum)
  @IsIn(NETWORK_KINDS, { message: 'Choose what kind of network it is' })
  kind!: NetworkKind;

  @Field({ defaultValue: '' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description!: string;

  @Field(() => [String])
  @ArrayMaxSize(50)
  @IsString({ each: true })
  departmentCodes!: string[];
}

@InputType()
export class UpdateNetworkInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a network id' })
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 120, { message: 'Enter a name of up to 120 characters' })
  name?: string;

  @Field(() => NetworkKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(NETWORK_KINDS, { message: 'Choose what kind of network it is' })
  kind?: NetworkKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  departmentCodes?: string[];
}

@InputType()
export class NetworkInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'networkId must be a network id' })
  networkId!: string;
}

@InputType()
export class RemoveNetworkMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'networkId must be a network id' })
  networkId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'personId must be a person id' })
  personId!: string;
}
