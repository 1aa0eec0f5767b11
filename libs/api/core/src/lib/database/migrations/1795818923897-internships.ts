import { MigrationInterface, QueryRunner } from 'typeorm';

export class Internships1795818923897 implements MigrationInterface {
  name = 'Internships1795818923897';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "internship_placement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "department_code" text NOT NULL, "team" text NOT NULL, "grade_code" text NOT NULL, "region_code" text NOT NULL, "work_area" text NOT NULL, "line_manager_person_id" uuid NOT NULL, "start_date" date NOT NULL, "term_months" smallint NOT NULL, "end_date" date NOT NULL, "offered_by" uuid, "intern_person_id" uuid, "application_id" uuid, "training_completed_on" date, "outcome" text, "outcome_effective_date" date, "outcome_recorded_by" uuid, "outcome_recorded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f426b29d8605574571a0c66db39" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_09b8bc56f4cd7f0df9dae72f2e" ON "internship_placement"  ("intern_person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3c7f1782e97f5af1bf3004c1ae" ON "internship_placement"  ("line_manager_person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_451a828b86b7f10f50399550d9" ON "internship_placement"  ("cohort_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "internship_check_in" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "placement_id" uuid NOT NULL, "month" date NOT NULL, "status" text NOT NULL, "notes" text NOT NULL DEFAULT '', "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8b03ee6646d3022ae32f4eb96f0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_0f5b7ee2d1f5a1a1c5b1cfa093" ON "internship_check_in"  ("placement_id", "month") `,
    );
    await queryRunner.query(
      `CREATE TABLE "internship_application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "person_id" uuid NOT NULL, "weeks_in_care" smallint, "in_care_after_sixteen" boolean, "preferred_regions" text array NOT NULL DEFAULT '{}', "preferred_work" text array NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'active', "previously_unmatched" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c36866e6c11d91cb5ae9647d165" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_03b3b7509426c3f8ba129206c4" ON "internship_application"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_9cd64b014065b847801a5ceecf" ON "internship_application"  ("cohort_id", "person_id") WHERE status = 'active'`,
    );
    await queryRunner.query(
      `CREATE TABLE "internship_match" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "placement_id" uuid NOT NULL, "application_id" uuid NOT NULL, "person_id" uuid NOT NULL, "status" text NOT NULL, "score" double precision NOT NULL DEFAULT '0', "explanation" text array NOT NULL DEFAULT '{}', "offered_at" TIMESTAMP WITH TIME ZONE, "responded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1dce9243fc19892943387de2fc1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_865fecbbf5e6b1714c7ebf22fc" ON "internship_match"  ("application_id") WHERE status IN ('suggested', 'offered', 'accepted')`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_473c96374d60918d39bfa190fa" ON "internship_match"  ("placement_id") WHERE status IN ('suggested', 'offered', 'accepted')`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e0e03dd4d70cd7d1a8838ca51a" ON "internship_match"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1e414a403e01930a5e002ce8cc" ON "internship_match"  ("cohort_id", "status") `,
    );
    await queryRunner.query(
      `ALTER TABLE "internship_placement" ADD CONSTRAINT "FK_451a828b86b7f10f50399550d9e" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "internship_check_in" ADD CONSTRAINT "FK_f6d6c4279e03a14dba28ea5da2d" FOREIGN KEY ("placement_id") REFERENCES "internship_placement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "internship_application" ADD CONSTRAINT "FK_2b1aac120fab054e747f6aaad58" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "internship_application" ADD CONSTRAINT "FK_03b3b7509426c3f8ba129206c42" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "internship_match" ADD CONSTRAINT "FK_f73cbd2790e20e2d6af72d71c66" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "internship_match" ADD CONSTRAINT "FK_e7a2cbaa32aa61a4a2795781d71" FOREIGN KEY ("placement_id") REFERENCES "internship_placement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "internship_match" ADD CONSTRAINT "FK_84d24d578b45c1f71c25ce06c09" FOREIGN KEY ("application_id") REFERENCES "internship_application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "internship_match" DROP CONSTRAINT "FK_84d24d578b45c1f71c25ce06c09"`,
    );
    await queryRunner.query(
      `ALTER TABLE "internship_match" DROP CONSTRAINT "FK_e7a2cbaa32aa61a4a2795781d71"`,
    );
    await queryRunner.query(
      `ALTER TABLE "internship_match" DROP CONSTRAINT "FK_f73cbd2790e20e2d6af72d71c66"`,
    );
    await queryRunner.query(
      `ALTER TABLE "internship_application" DROP CONSTRAINT "FK_03b3b7509426c3f8ba129206c42"`,
    );
    await queryRunner.query(
      `ALTER TABLE "internship_application" DROP CONSTRAINT "FK_2b1aac120fab054e747f6aaad58"`,
    );
    await queryRunner.query(
      `ALTER TABLE "internship_check_in" DROP CONSTRAINT "FK_f6d6c4279e03a14dba28ea5da2d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "internship_placement" DROP CONSTRAINT "FK_451a828b86b7f10f50399550d9e"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_1e414a403e01930a5e002ce8cc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e0e03dd4d70cd7d1a8838ca51a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_473c96374d60918d39bfa190fa"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_865fecbbf5e6b1714c7ebf22fc"`);
    await queryRunner.query(`DROP TABLE "internship_match"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9cd64b014065b847801a5ceecf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_03b3b7509426c3f8ba129206c4"`);
    await queryRunner.query(`DROP TABLE "internship_application"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0f5b7ee2d1f5a1a1c5b1cfa093"`);
    await queryRunner.query(`DROP TABLE "internship_check_in"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_451a828b86b7f10f50399550d9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3c7f1782e97f5af1bf3004c1ae"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_09b8bc56f4cd7f0df9dae72f2e"`);
    await queryRunner.query(`DROP TABLE "internship_placement"`);
  }
}
