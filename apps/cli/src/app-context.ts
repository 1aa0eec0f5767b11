import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CliModule } from './cli.module';
import { DatabaseSession, openDatabase } from './database-session';

/** Runs `work` inside a Nest application context on the command's database (migrated on boot). */
export async function withAppContext<T>(
  dataDir: string | undefined,
  work: (context: INestApplicationContext) => Promise<T>,
): Promise<T> {
  const session: DatabaseSession = await openDatabase(dataDir);
  let context: INestApplicationContext | undefined;
  try {
    context = await NestFactory.createApplicationContext(
      CliModule.forRoot(session.config, session.url),
      { logger: ['error'] },
    );
    return await work(context);
  } finally {
    await context?.close();
    await session.close();
  }
}
