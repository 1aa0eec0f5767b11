import { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, configureHttp } from '@pathways/api-core';
import type { Server } from 'node:http';
import request from 'supertest';
import { createFreshDatabase } from './test-database';
import { testConfig } from './test-config';

export interface GraphqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export interface TestApp {
  app: INestApplication;
  server: Server;
  databaseUrl: string;
  /** Sends one GraphQL operation as a browser would (with the CSRF-prevention header). */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    cookie?: string,
  ): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

export type AppModuleFactory = (config: AppConfig, databaseUrl: string) => DynamicModule;

/** Boots the real application on a fresh, migrated database of its own. */
export async function createTestApp(
  appModule: AppModuleFactory,
  overrides: Partial<AppConfig> = {},
): Promise<TestApp> {
  const database = await createFreshDatabase();
  const config = testConfig(overrides);
  const app = await NestFactory.create(appModule(config, database.url), { logger: false });
  configureHttp(app, config);
  await app.init();
  const server = app.getHttpServer() as Server;
  return {
    app,
    server,
    databaseUrl: database.url,
    async graphql<T>(query: string, variables?: Record<string, unknown>, cookie?: string) {
      const call = request(server)
        .post('/graphql')
        .set('apollo-require-preflight', 'true')
        .send({ query, variables });
      const response = await (cookie ? call.set('Cookie', cookie) : call);
      return response.body as GraphqlResponse<T>;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
