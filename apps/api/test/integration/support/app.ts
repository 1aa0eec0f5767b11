import { AppConfig } from '@pathways/api-core';
import { createTestApp, TestApp } from '@pathways/api-testing';
import { AppModule } from '../../../src/app.module';

export const startApp = (overrides: Partial<AppConfig> = {}): Promise<TestApp> =>
  createTestApp((config, url) => AppModule.forRoot(config, url), overrides);
