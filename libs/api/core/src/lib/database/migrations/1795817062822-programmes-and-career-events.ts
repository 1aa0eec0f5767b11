import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProgrammesAndCareerEvents1795817062822 implements MigrationInterface {
  name = 'ProgrammesAndCareerEvents1795817062822';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "career_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" text NOT NULL, "source" text NOT NULL, "person_id" uuid NOT NULL, "type" text NOT NULL, "effective_date" date NOT NULL, "from_grade" text, "to_grade" text, "from_department" text, "to_department" text, "confirmed" boolean NOT NULL DEFAULT true, "recorded_by" uuid, "confirmed_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22f7e8b18a3c163ee8001508dc4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_014f36c5df1483bc51889262aa" ON "career_event"  ("type", "effective_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_89da7777607922d1b16fc5ce7d" ON "career_event"  ("person_id", "effective_date") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_050572dd80982cfd16522db717" ON "career_event"  ("source", "event_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "programme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "type" text NOT NULL, "description" text NOT NULL DEFAULT '', "duration_months" smallint NOT NULL DEFAULT '12', "participating_departments" text array NOT NULL DEFAULT '{}', "eligibility" jsonb NOT NULL DEFAULT '{}', "matching_rules" jsonb, "matching_weights" jsonb, "settings" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_76ff6b30b74f213944d1ac0a660" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_0cb721fe5a34b811494fb228d9" ON "programme"  ("code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cohort" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL DEFAULT '', "applications_open" date, "applications_close" date, "start_date" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4fb3cca38dc4b461110344e5f9b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_90c7544b74a6defd4d947c4145" ON "cohort"  ("programme_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "enrolment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "person_id" uuid NOT NULL, "role" text NOT NULL, "start_date" date NOT NULL, "end_date" date, "mentor_person_id" uuid, "met_expectations" boolean, "sessions_interesting" boolean, "source" text NOT NULL DEFAULT 'app', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d2679f6c891d77c58aa0e05f2b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a680aa1bc443abb2512f0e241f" ON "enrolment"  ("programme_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5f4c05a01b54151e3b3a62afd5" ON "enrolment"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_ed81e6224b172ca9a109f1530f" ON "enrolment"  ("cohort_id", "person_id", "role") `,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort" ADD CONSTRAINT "FK_50b285524c11f06452556ab4682" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolment" ADD CONSTRAINT "FK_649944e35911addb4512719a32a" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "enrolment" DROP CONSTRAINT "FK_649944e35911addb4512719a32a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohort" DROP CONSTRAINT "FK_50b285524c11f06452556ab4682"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_ed81e6224b172ca9a109f1530f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5f4c05a01b54151e3b3a62afd5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a680aa1bc443abb2512f0e241f"`);
    await queryRunner.query(`DROP TABLE "enrolment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_90c7544b74a6defd4d947c4145"`);
    await queryRunner.query(`DROP TABLE "cohort"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0cb721fe5a34b811494fb228d9"`);
    await queryRunner.query(`DROP TABLE "programme"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_050572dd80982cfd16522db717"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_89da7777607922d1b16fc5ce7d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_014f36c5df1483bc51889262aa"`);
    await queryRunner.query(`DROP TABLE "career_event"`);
  }
}
