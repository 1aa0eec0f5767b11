import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { DEMO_SEEDER, DemoSeeder } from './demo-seeder.decorator';

@Injectable()
export class DemoSeedService {
  constructor(private readonly discovery: DiscoveryService) {}

  /** Runs every registered seeder in order; returns the lines each reports (e.g. sign-in details). */
  async seedDemo(): Promise<string[]> {
    const seeders = this.discovery
      .getProviders()
      .filter(
        (wrapper) =>
          wrapper.metatype && Reflect.getMetadata(DEMO_SEEDER, wrapper.metatype) !== undefined,
      )
      .map((wrapper) => ({
        order: Reflect.getMetadata(DEMO_SEEDER, wrapper.metatype as object) as number,
        instance: wrapper.instance as DemoSeeder,
      }))
      .sort((a, b) => a.order - b.order);
    const lines: string[] = [];
    for (const seeder of seeders) lines.push(...(await seeder.instance.seedDemo()));
    return lines;
  }
}
