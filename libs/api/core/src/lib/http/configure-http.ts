import type { INestApplication } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';

/** Paths the API answers itself; everything else that is a page goes to the web client. */
const SERVER_PATHS = /^\/(graphql|health|api)(\/|$)/;

export function configureHttp(app: INestApplication, config: AppConfig) {
  const production = config.nodeEnv === 'production';
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // The GraphQL sandbox (outside production only) loads from Apollo's CDN.
          ...(production
            ? {}
            : {
                'script-src': [
                  "'self'",
                  "'unsafe-inline'",
                  'https://embeddable-sandbox.cdn.apollographql.com',
                ],
              }),
          'upgrade-insecure-requests': production ? [] : null,
        },
      },
      strictTransportSecurity: production,
    }),
  );
  app.use(cookieParser(config.sessionSecret));
  serveWebClient(app, config.webDistDir);
}

function serveWebClient(app: INestApplication, webDistDir: string) {
  const indexHtml = join(webDistDir, 'index.html');
  if (!existsSync(indexHtml)) return;
  app.use(express.static(webDistDir, { index: false, maxAge: '1h', immutable: false }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || SERVER_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
