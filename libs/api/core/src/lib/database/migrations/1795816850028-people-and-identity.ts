import { MigrationInterface, QueryRunner } from 'typeorm';

export class PeopleAndIdentity1795816850028 implements MigrationInterface {
  name = 'PeopleAndIdentity1795816850028';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_person_id" uuid, "action" text NOT NULL, "subject_person_ids" uuid array NOT NULL DEFAULT '{}', "detail" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6d9d5c59e3243dca62cf2760e7" ON "audit_event"  ("action", "at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_06d570d7d1b40fbc994b5955be" ON "audit_event"  ("at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "department" ("code" text NOT NULL, "name" text NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_62690f4fe31da9eb824d909285f" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "grade" ("code" text NOT NULL, "name" text NOT NULL, "rank" smallint NOT NULL, CONSTRAINT "UQ_76e7d2b411389593cdc10c07ffe" UNIQUE ("rank"), CONSTRAINT "PK_11d21d8f15e00aff70a1704326c" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "profession" ("code" text NOT NULL, "name" text NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_5cc9fdf5f859da8f114f0b573e3" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "region" ("code" text NOT NULL, "name" text NOT NULL, CONSTRAINT "PK_74f7723fdff738f92929c0056cb" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "staff_number" text NOT NULL, "given_name" text NOT NULL, "family_name" text NOT NULL, "email" text, "department_code" text NOT NULL, "grade_code" text NOT NULL, "profession_code" text, "region_code" text, "date_of_birth" date, "care_leaver" boolean, "apprentice" boolean, "erased_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_dc016dac29cbada96818d8283d" ON "person"  ("staff_number") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_846ac8958a8292e7a658706586" ON "person"  ("email") WHERE email IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "person_answers" ("person_id" uuid NOT NULL, "seb_occupation" text, "seb_earner_employment" text, "seb_earner_work_type" text, "seb_earner_employee_status" text, "seb_earner_workplace_size" text, "seb_earner_supervises" text, "seb_school" text, "seb_fsm" text, "seb_parent_degree" text, "gender" text, "ethnicity" text, "disability" text, "sexual_orientation" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c4d91a0d7dacdddd36a9e31537b" PRIMARY KEY ("person_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "person_snapshot" ("id" BIGSERIAL NOT NULL, "person_id" uuid NOT NULL, "snapshot_date" date NOT NULL, "department_code" text NOT NULL, "grade_code" text NOT NULL, "profession_code" text, "region_code" text, "seb_occupation" text, CONSTRAINT "PK_1d23f4ae381dccb59866be95f77" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_37029888360dc6083f955a9d81" ON "person_snapshot"  ("snapshot_date", "department_code", "grade_code") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_5c83647498c1077721de59f47f" ON "person_snapshot"  ("person_id", "snapshot_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "email" text NOT NULL, "password_hash" text, "failed_attempts" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_sign_in_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_73b5a14ecc8f5529ea98a746d5" ON "account"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_4c8f96ccf523e9a3faefd5bdd4" ON "account"  ("email") `,
    );
    await queryRunner.query(
      `CREATE TABLE "role_grant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "role" text NOT NULL, "scope_type" text, "scope_id" text, "granted_by" uuid, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b9e50aafa723c536731c38529fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_03a176325f023b3a4ba96a0111" ON "role_grant"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "session" ("token_hash" text NOT NULL, "account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a83507eb0338ac037780e02f2b9" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fae5a6b4a57f098e9af8520d49" ON "session"  ("account_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "FK_e7199e1d12c499d3de649f3a9cd" FOREIGN KEY ("department_code") REFERENCES "department"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "FK_9acf15e7b60ad330986117f293b" FOREIGN KEY ("grade_code") REFERENCES "grade"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "FK_cefba463454b55384680cbddd55" FOREIGN KEY ("profession_code") REFERENCES "profession"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" ADD CONSTRAINT "FK_e57fee01ac9c565e12ce71b4b85" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_answers" ADD CONSTRAINT "FK_c4d91a0d7dacdddd36a9e31537b" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_snapshot" ADD CONSTRAINT "FK_fa46d2af238cd17f12a01b9bb4c" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "person_snapshot" DROP CONSTRAINT "FK_fa46d2af238cd17f12a01b9bb4c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_answers" DROP CONSTRAINT "FK_c4d91a0d7dacdddd36a9e31537b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" DROP CONSTRAINT "FK_e57fee01ac9c565e12ce71b4b85"`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" DROP CONSTRAINT "FK_cefba463454b55384680cbddd55"`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" DROP CONSTRAINT "FK_9acf15e7b60ad330986117f293b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "person" DROP CONSTRAINT "FK_e7199e1d12c499d3de649f3a9cd"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_fae5a6b4a57f098e9af8520d49"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_03a176325f023b3a4ba96a0111"`);
    await queryRunner.query(`DROP TABLE "role_grant"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4c8f96ccf523e9a3faefd5bdd4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_73b5a14ecc8f5529ea98a746d5"`);
    await queryRunner.query(`DROP TABLE "account"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5c83647498c1077721de59f47f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_37029888360dc6083f955a9d81"`);
    await queryRunner.query(`DROP TABLE "person_snapshot"`);
    await queryRunner.query(`DROP TABLE "person_answers"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_846ac8958a8292e7a658706586"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dc016dac29cbada96818d8283d"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP TABLE "profession"`);
    await queryRunner.query(`DROP TABLE "grade"`);
    await queryRunner.query(`DROP TABLE "department"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_06d570d7d1b40fbc994b5955be"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6d9d5c59e3243dca62cf2760e7"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
