import { DEPARTMENTS, GRADES, PROFESSIONS, REGIONS } from '@pathways/domain-seb';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Loads the reference data of seb.md and makes the audit log append-only in the database itself. */
export class ReferenceDataAndAuditGuard1795816900000 implements MigrationInterface {
  name = 'ReferenceDataAndAuditGuard1795816900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { code, name } of DEPARTMENTS) {
      await queryRunner.query(
        'INSERT INTO department (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING',
        [code, name],
      );
    }
    for (const [index, { code, label }] of GRADES.entries()) {
      await queryRunner.query(
        'INSERT INTO grade (code, name, rank) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING',
        [code, label, index + 1],
      );
    }
    for (const { code, name } of PROFESSIONS) {
      await queryRunner.query(
        'INSERT INTO profession (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING',
        [code, name],
      );
    }
    for (const { code, name } of REGIONS) {
      await queryRunner.query(
        'INSERT INTO region (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING',
        [code, name],
      );
    }
    await queryRunner.query(`
      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_event_append_only ON audit_event');
    await queryRunner.query('DROP FUNCTION audit_event_is_append_only()');
    for (const table of ['region', 'profession', 'grade', 'department'])
      await queryRunner.query(`DELETE FROM ${table}`);
  }
}
