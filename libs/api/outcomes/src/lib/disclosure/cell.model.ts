import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'A published count: null and suppressed when it could identify people.',
})
export class SuppressedCount {
  @Field(() => Int, { nullable: true }) value!: number | null;
  @Field({ description: 'Shown as [c].' }) suppressed!: boolean;
}

@ObjectType({ description: 'A count per SEB group, and in all (sebGroup "all").' })
export class SebCount {
  @Field() sebGroup!: string;
  @Field(() => SuppressedCount) count!: SuppressedCount;
}

@ObjectType({ description: 'A share per SEB group: count of total, null when either is withheld.' })
export class SebShare {
  @Field() sebGroup!: string;
  @Field(() => SuppressedCount) count!: SuppressedCount;
  @Field(() => SuppressedCount) total!: SuppressedCount;
  @Field(() => Float, { nullable: true }) share!: number | null;
}
