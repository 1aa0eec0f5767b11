import { MigrationInterface, QueryRunner } from 'typeorm';

export class MentoringAndNotifications1795817700370 implements MigrationInterface {
  name = 'MentoringAndNotifications1795817700370';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL DEFAULT '', "link" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8e3234990f2eefa5d46555910c" ON "notification"  ("person_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "matching_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "run_by" uuid, "mentee_count" integer NOT NULL, "mentor_count" integer NOT NULL, "matched_count" integer NOT NULL, "total_score" double precision NOT NULL, "result" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_68ac5fd0a1c9dd6f733c94bd4c4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_63efc6a5e29d58dd1e04dae5c3" ON "matching_run"  ("cohort_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mentee_application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "person_id" uuid NOT NULL, "goals" text NOT NULL, "topics" text array NOT NULL DEFAULT '{}', "profession_preference" text NOT NULL DEFAULT 'any', "department_preference" text NOT NULL DEFAULT 'any', "region" text, "availability" text NOT NULL DEFAULT '', "status" text NOT NULL DEFAULT 'active', "previously_unmatched" boolean NOT NULL DEFAULT false, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_52aec20ac48dde396e376a66713" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_604893d9ff1c8efccaacebf949" ON "mentee_application"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_26fb5137a81771461e5926e9a1" ON "mentee_application"  ("cohort_id", "person_id") WHERE status = 'active'`,
    );
    await queryRunner.query(
      `CREATE TABLE "mentor_offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "person_id" uuid NOT NULL, "capacity" smallint NOT NULL, "topics" text array NOT NULL DEFAULT '{}', "professions" text array NOT NULL DEFAULT '{}', "paused" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_79d458e046527039bc7edf9ca8f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_383e8d9b6a79e3cff45b1c89d3" ON "mentor_offer"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_91aa651a39d8a91889d89c2364" ON "mentor_offer"  ("cohort_id", "person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mentoring_relationship" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "matching_run_id" uuid, "mentee_application_id" uuid NOT NULL, "mentee_person_id" uuid NOT NULL, "mentor_offer_id" uuid NOT NULL, "mentor_person_id" uuid NOT NULL, "status" text NOT NULL, "score" double precision NOT NULL DEFAULT '0', "explanation" text array NOT NULL DEFAULT '{}', "locked" boolean NOT NULL DEFAULT false, "proposed_at" TIMESTAMP WITH TIME ZONE, "mentor_accepted_at" TIMESTAMP WITH TIME ZONE, "mentee_accepted_at" TIMESTAMP WITH TIME ZONE, "reminder_sent_at" TIMESTAMP WITH TIME ZONE, "returned_at" TIMESTAMP WITH TIME ZONE, "declined_by" uuid, "decline_reason" text, "started_on" date, "ended_on" date, "ended_by" uuid, "end_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d5cb115df51e18c5932f95c85d9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_6787201f305d6285412c412f18" ON "mentoring_relationship"  ("mentee_application_id") WHERE status IN ('suggested', 'proposed', 'active')`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0929eff747013a894a6a93c49f" ON "mentoring_relationship"  ("mentor_offer_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a07fc0a2ed6e9c081ba77f3e1e" ON "mentoring_relationship"  ("mentor_person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_835f4ae161df20f70cd376a8fb" ON "mentoring_relationship"  ("mentee_person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3a01e8407a1b2714e22df07c80" ON "mentoring_relationship"  ("cohort_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mentoring_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "relationship_id" uuid NOT NULL, "logged_by" uuid NOT NULL, "held_on" date NOT NULL, "duration_minutes" smallint NOT NULL, "format" text NOT NULL, "topics" text array NOT NULL DEFAULT '{}', "next_steps" text NOT NULL DEFAULT '', "private_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bfe67fea6498c985bed26f03459" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2dbce477d1c744dd833a6f660a" ON "mentoring_session"  ("relationship_id", "held_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "survey_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "relationship_id" uuid NOT NULL, "person_id" uuid NOT NULL, "kind" text NOT NULL, "due_on" date NOT NULL, "rating" smallint NOT NULL, "met_expectations" boolean, "sessions_interesting" boolean, "comments" text NOT NULL DEFAULT '', "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d9326eb52bf8b23d56a39ce419a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_cbcd8c0d3ee71cd43dddcf7d1f" ON "survey_response"  ("relationship_id", "person_id", "kind", "due_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "matching_run" ADD CONSTRAINT "FK_77ab047f575f0485d1aaaab3cc5" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentee_application" ADD CONSTRAINT "FK_842bbe1e2ec1ef972b6edcb1cd3" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentee_application" ADD CONSTRAINT "FK_604893d9ff1c8efccaacebf9494" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_offer" ADD CONSTRAINT "FK_bf2b4179fd12d858e870b83d539" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_offer" ADD CONSTRAINT "FK_383e8d9b6a79e3cff45b1c89d3e" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentoring_relationship" ADD CONSTRAINT "FK_0eeaa2140eb6a502446c0aedb65" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentoring_relationship" ADD CONSTRAINT "FK_993f156125df4101de68ea9b185" FOREIGN KEY ("mentee_application_id") REFERENCES "mentee_application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentoring_relationship" ADD CONSTRAINT "FK_0929eff747013a894a6a93c49fd" FOREIGN KEY ("mentor_offer_id") REFERENCES "mentor_offer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentoring_session" ADD CONSTRAINT "FK_e6d676a7bb24fb7b33879dce03f" FOREIGN KEY ("relationship_id") REFERENCES "mentoring_relationship"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response" ADD CONSTRAINT "FK_ad4799b36decea5c8764d3170c5" FOREIGN KEY ("relationship_id") REFERENCES "mentoring_relationship"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "survey_response" DROP CONSTRAINT "FK_ad4799b36decea5c8764d3170c5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentoring_session" DROP CONSTRAINT "FK_e6d676a7bb24fb7b33879dce03f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentoring_relationship" DROP CONSTRAINT "FK_0929eff747013a894a6a93c49fd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentoring_relationship" DROP CONSTRAINT "FK_993f156125df4101de68ea9b185"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentoring_relationship" DROP CONSTRAINT "FK_0eeaa2140eb6a502446c0aedb65"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_offer" DROP CONSTRAINT "FK_383e8d9b6a79e3cff45b1c89d3e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentor_offer" DROP CONSTRAINT "FK_bf2b4179fd12d858e870b83d539"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentee_application" DROP CONSTRAINT "FK_604893d9ff1c8efccaacebf9494"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentee_application" DROP CONSTRAINT "FK_842bbe1e2ec1ef972b6edcb1cd3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "matching_run" DROP CONSTRAINT "FK_77ab047f575f0485d1aaaab3cc5"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_cbcd8c0d3ee71cd43dddcf7d1f"`);
    await queryRunner.query(`DROP TABLE "survey_response"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2dbce477d1c744dd833a6f660a"`);
    await queryRunner.query(`DROP TABLE "mentoring_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3a01e8407a1b2714e22df07c80"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_835f4ae161df20f70cd376a8fb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a07fc0a2ed6e9c081ba77f3e1e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0929eff747013a894a6a93c49f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6787201f305d6285412c412f18"`);
    await queryRunner.query(`DROP TABLE "mentoring_relationship"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_91aa651a39d8a91889d89c2364"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_383e8d9b6a79e3cff45b1c89d3"`);
    await queryRunner.query(`DROP TABLE "mentor_offer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_26fb5137a81771461e5926e9a1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_604893d9ff1c8efccaacebf949"`);
    await queryRunner.query(`DROP TABLE "mentee_application"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_63efc6a5e29d58dd1e04dae5c3"`);
    await queryRunner.query(`DROP TABLE "matching_run"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8e3234990f2eefa5d46555910c"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
