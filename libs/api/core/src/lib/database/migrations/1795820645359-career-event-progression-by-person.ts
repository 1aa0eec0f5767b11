import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * career_event_progression keyed by person first: outcome reports probe each person's
 * progression in a cohort's first year. (TypeORM sees no change in column order, so this one
 * is written by hand.)
 */
export class CareerEventProgressionByPerson1795820645359 implements MigrationInterface {
  name = 'CareerEventProgressionByPerson1795820645359';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."career_event_progression"`);
    await queryRunner.query(
      `CREATE INDEX "career_event_progression" ON "career_event" ("person_id", "effective_date") WHERE confirmed AND type IN ('promotion', 'temporary_promotion', 'lateral_move')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."career_event_progression"`);
    await queryRunner.query(
      `CREATE INDEX "career_event_progression" ON "career_event" ("effective_date", "person_id") WHERE confirmed AND type IN ('promotion', 'temporary_promotion', 'lateral_move')`,
    );
  }
}
