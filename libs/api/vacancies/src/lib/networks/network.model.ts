import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NetworkKindEnum } from '../graphql-enums';
import type { NetworkKind } from './network.entity';

@ObjectType({ description: 'A staff network: public details only, never who belongs to it.' })
export class Network {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => NetworkKindEnum) kind!: NetworkKind;
  @Field() description!: string;
  @Field(() => [String], { description: 'Departments the network covers.' })
  departmentCodes!: string[];
  @Field({ description: 'Whether the signed-in person is a member.' }) joined!: boolean;
  @Field({ description: 'Whether the signed-in person leads it (or is an admin).' })
  leading!: boolean;
}

@ObjectType({ description: 'A member, shown only to the network’s leads.' })
export class NetworkMember {
  @Field(() => ID) personId!: string;
  @Field() givenName!: string;
  @Field() familyName!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field() departmentCode!: string;
  @Field() gradeCode!: string;
  @Field() joinedAt!: Date;
}
