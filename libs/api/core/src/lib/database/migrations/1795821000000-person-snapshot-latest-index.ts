import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Covering index for "each person's latest snapshot", the first step of every workforce
 * aggregate: an index-only scan instead of sorting the table.
 */
export class PersonSnapshotLatestIndex1795821000000 implements MigrationInterface {
  name = 'PersonSnapshotLatestIndex1795821000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "person_snapshot_latest" ON "person_snapshot" ("person_id", "snapshot_date" DESC) INCLUDE ("seb_occupation", "department_code", "grade_code", "profession_code", "region_code")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "person_snapshot_latest"`);
  }
}
