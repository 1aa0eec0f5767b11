import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Whether you may apply, worked out from your own answers and record.' })
export class Eligibility {
  @Field() eligible!: boolean;
  @Field(() => [String], { description: 'Each rule that said no, in words; empty when eligible.' })
  reasons!: string[];
}

@ObjectType()
export class TopicOption {
  @Field() code!: string;
  @Field() label!: string;
}
