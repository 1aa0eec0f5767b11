import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [DiscoveryModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class SeedModule {}
