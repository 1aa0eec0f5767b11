import { MigrationInterface, QueryRunner } from 'typeorm';

export class CareerEventProgressionIndex1795818902723 implements MigrationInterface {
  name = 'CareerEventProgressionIndex1795818902723';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "career_event_progression" ON "career_event"  ("effective_date", "person_id") WHERE confirmed AND type IN ('promotion', 'temporary_promotion', 'lateral_move')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."career_event_progression"`);
  }
}
