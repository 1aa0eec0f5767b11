import { SetMetadata } from '@nestjs/common';

export const DEMO_SEEDER = Symbol('DEMO_SEEDER');

/** A provider that loads part of the demo dataset; lower order runs first. Must be idempotent. */
export interface DemoSeeder {
  seedDemo(): Promise<string[]>;
}

export const AsDemoSeeder = (order: number) => SetMetadata(DEMO_SEEDER, order);
