import { MigrationInterface, QueryRunner } from 'typeorm';

/** The first migration: extensions every later migration may rely on. */
export class Initial1764200000000 implements MigrationInterface {
  name = 'Initial1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS "pgcrypto"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP EXTENSION IF EXISTS "pgcrypto"');
  }
}
