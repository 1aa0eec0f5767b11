import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.tokens';
import { formatGraphqlError } from '../errors/format-graphql-error';
import { queryLimitsPlugin } from './query-limits.plugin';
import { authenticateSubscription, graphqlContext } from './subscription-auth';

/** The schema file is regenerated outside production and committed (CI checks for drift). */
export const SCHEMA_FILE = join(process.cwd(), 'apps/api/schema.gql');

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, ModuleRef],
      useFactory: (config: AppConfig, moduleRef: ModuleRef) => {
        const production = config.nodeEnv === 'production';
        return {
          autoSchemaFile: production ? true : SCHEMA_FILE,
          sortSchema: true,
          path: '/graphql',
          introspection: !production,
          playground: false,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          formatError: formatGraphqlError,
          context: graphqlContext,
          subscriptions: {
            'graphql-ws': { onConnect: authenticateSubscription(config, moduleRef) },
          },
          plugins: [
            ApolloServerPluginCacheControlDisabled(),
            queryLimitsPlugin(config.graphqlMaxDepth, config.graphqlMaxComplexity),
            ...(production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
          ],
        };
      },
    }),
  ],
})
export class GraphqlApiModule {}
