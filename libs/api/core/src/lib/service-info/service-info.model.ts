import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What this installation of Pathways is.' })
export class ServiceInfo {
  @Field()
  name!: string;

  @Field({ description: 'GOV.UK service phase shown in the phase banner.' })
  phase!: string;

  @Field()
  version!: string;
}
