import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class Department {
  @Field() code!: string;
  @Field() name!: string;
  @Field() active!: boolean;
}

@ObjectType()
export class Grade {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Int) rank!: number;
}

@ObjectType()
export class Profession {
  @Field() code!: string;
  @Field() name!: string;
  @Field() active!: boolean;
}

@ObjectType()
export class Region {
  @Field() code!: string;
  @Field() name!: string;
}
