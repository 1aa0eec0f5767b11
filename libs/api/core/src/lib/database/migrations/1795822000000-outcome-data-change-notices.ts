import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables the programme dashboard and the outcome report count from. */
const TABLES = [
  'programme',
  'cohort',
  'enrolment',
  'person_snapshot',
  'career_event',
  'mentoring_relationship',
  'mentoring_session',
];

/**
 * A notice on channel pathways_outcome_data when any of them changes. NOTIFY is sent on commit
 * (never for a rollback) and once per transaction, so an import of many rows sends one.
 */
export class OutcomeDataChangeNotices1795822000000 implements MigrationInterface {
  name = 'OutcomeDataChangeNotices1795822000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "notify_outcome_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_notify('pathways_outcome_data', '');
         RETURN NULL;
       END $$`,
    );
    for (const table of TABLES)
      await queryRunner.query(
        `CREATE TRIGGER "${table}_outcome_data_changed"
         AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION "notify_outcome_data_changed"()`,
      );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES)
      await queryRunner.query(`DROP TRIGGER "${table}_outcome_data_changed" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION "notify_outcome_data_changed"()`);
  }
}
