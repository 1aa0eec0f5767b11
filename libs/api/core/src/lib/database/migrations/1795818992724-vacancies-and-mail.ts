import { MigrationInterface, QueryRunner } from 'typeorm';

export class VacanciesAndMail1795818992724 implements MigrationInterface {
  name = 'VacanciesAndMail1795818992724';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_address" text NOT NULL, "person_id" uuid, "subject" text NOT NULL, "text_body" text NOT NULL, "html_body" text, "headers" jsonb NOT NULL DEFAULT '{}', "template_id" text, "personalisation" jsonb, "reference" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d1ab20efe8624d7844679ffc0d" ON "mail_outbox"  ("reference") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_34efe29c2e16086f1f9811094f" ON "mail_outbox"  ("person_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "alert_rule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "name" text NOT NULL DEFAULT '', "grade_codes" text array NOT NULL DEFAULT '{}', "profession_codes" text array NOT NULL DEFAULT '{}', "region_codes" text array NOT NULL DEFAULT '{}', "department_codes" text array NOT NULL DEFAULT '{}', "keywords" text array NOT NULL DEFAULT '{}', "delivery" text NOT NULL DEFAULT 'instant', "in_app" boolean NOT NULL DEFAULT true, "email" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e9bf555f33872d7b50eb2421a17" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3d2ec9ce11c590e252624068a8" ON "alert_rule"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "network" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "description" text NOT NULL DEFAULT '', "department_codes" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_8bc6f695d01240bf7d246f04c20" UNIQUE ("code"), CONSTRAINT "PK_8f8264c2d37cbbd8282ee9a3c97" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "vacancy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "summary" text NOT NULL DEFAULT '', "department_code" text NOT NULL, "grade_codes" text array NOT NULL, "profession_code" text, "region_codes" text array NOT NULL DEFAULT '{}', "remote" boolean NOT NULL DEFAULT false, "working_pattern" text NOT NULL, "contract_type" text NOT NULL, "closing_date" date NOT NULL, "apply_url" text, "apply_contact" text, "category" text NOT NULL, "reserved_for_talent_scheme" boolean NOT NULL DEFAULT false, "talent_scheme" text, "status" text NOT NULL DEFAULT 'draft', "owner_person_id" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8fa1981f63bc24e1712707d492b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e071c142e703bdcf742f691b25" ON "vacancy"  ("department_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c0dc730185994409c61154abde" ON "vacancy"  ("status", "closing_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "alert_fanout" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vacancy_id" uuid NOT NULL, "kind" text NOT NULL, "audience" text NOT NULL, "network_ids" uuid array NOT NULL DEFAULT '{}', "requested_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "chunks_enqueued_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_223734f2e1207af37cd90dcafb9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "alert" ("id" BIGSERIAL NOT NULL, "vacancy_id" uuid NOT NULL, "person_id" uuid NOT NULL, "channel" text NOT NULL, "timing" text NOT NULL, "rule_id" uuid, "fanout_id" uuid, "status" text NOT NULL, "attempts" smallint NOT NULL DEFAULT '0', "claimed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_alert_vacancy_person_channel" UNIQUE ("vacancy_id", "person_id", "channel"), CONSTRAINT "PK_ad91cad659a3536465d564a4b2f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_54c5e8428f9ff56fbaba3239fc" ON "alert"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_alert_digest_due" ON "alert"  ("person_id") WHERE timing = 'digest' AND status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_alert_undelivered" ON "alert"  ("vacancy_id", "person_id") WHERE status IN ('pending', 'sending')`,
    );
    await queryRunner.query(
      `CREATE TABLE "reserved_share_cap" ("department_code" text NOT NULL, "max_percent" smallint NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_05a5cec62b22a471096c0c9b254" PRIMARY KEY ("department_code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "vacancy_funnel_event" ("vacancy_id" uuid NOT NULL, "person_id" uuid NOT NULL, "stage" text NOT NULL, "source" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recorded_by" uuid, CONSTRAINT "PK_64968b6d457f4ac76b0b84eacea" PRIMARY KEY ("vacancy_id", "person_id", "stage"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fa7c3d00a089834c40a3e0fceb" ON "vacancy_funnel_event"  ("person_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "network_membership" ("network_id" uuid NOT NULL, "person_id" uuid NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dcb0b12fb3791d6831ae23a8c66" PRIMARY KEY ("network_id", "person_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_eab4c34ab7fae07dfebcaafcd0" ON "network_membership"  ("person_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "alert_rule" ADD CONSTRAINT "FK_3d2ec9ce11c590e252624068a84" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vacancy" ADD CONSTRAINT "FK_e071c142e703bdcf742f691b25a" FOREIGN KEY ("department_code") REFERENCES "department"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "alert_fanout" ADD CONSTRAINT "FK_e675b6bc5a5c7a02aa54bbef316" FOREIGN KEY ("vacancy_id") REFERENCES "vacancy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "alert" ADD CONSTRAINT "FK_dbe8af1d86427509c02e4f13c1a" FOREIGN KEY ("vacancy_id") REFERENCES "vacancy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "alert" ADD CONSTRAINT "FK_54c5e8428f9ff56fbaba3239fcc" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vacancy_funnel_event" ADD CONSTRAINT "FK_5313204d324dcea820a96236c90" FOREIGN KEY ("vacancy_id") REFERENCES "vacancy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vacancy_funnel_event" ADD CONSTRAINT "FK_fa7c3d00a089834c40a3e0fceb3" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "network_membership" ADD CONSTRAINT "FK_4f29cf4b94883c46084bdd9ab24" FOREIGN KEY ("network_id") REFERENCES "network"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "network_membership" ADD CONSTRAINT "FK_eab4c34ab7fae07dfebcaafcd0b" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "network_membership" DROP CONSTRAINT "FK_eab4c34ab7fae07dfebcaafcd0b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "network_membership" DROP CONSTRAINT "FK_4f29cf4b94883c46084bdd9ab24"`,
    );
    await queryRunner.query(
      `ALTER TABLE "vacancy_funnel_event" DROP CONSTRAINT "FK_fa7c3d00a089834c40a3e0fceb3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "vacancy_funnel_event" DROP CONSTRAINT "FK_5313204d324dcea820a96236c90"`,
    );
    await queryRunner.query(`ALTER TABLE "alert" DROP CONSTRAINT "FK_54c5e8428f9ff56fbaba3239fcc"`);
    await queryRunner.query(`ALTER TABLE "alert" DROP CONSTRAINT "FK_dbe8af1d86427509c02e4f13c1a"`);
    await queryRunner.query(
      `ALTER TABLE "alert_fanout" DROP CONSTRAINT "FK_e675b6bc5a5c7a02aa54bbef316"`,
    );
    await queryRunner.query(
      `ALTER TABLE "vacancy" DROP CONSTRAINT "FK_e071c142e703bdcf742f691b25a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "alert_rule" DROP CONSTRAINT "FK_3d2ec9ce11c590e252624068a84"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_eab4c34ab7fae07dfebcaafcd0"`);
    await queryRunner.query(`DROP TABLE "network_membership"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fa7c3d00a089834c40a3e0fceb"`);
    await queryRunner.query(`DROP TABLE "vacancy_funnel_event"`);
    await queryRunner.query(`DROP TABLE "reserved_share_cap"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_alert_undelivered"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_alert_digest_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_54c5e8428f9ff56fbaba3239fc"`);
    await queryRunner.query(`DROP TABLE "alert"`);
    await queryRunner.query(`DROP TABLE "alert_fanout"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c0dc730185994409c61154abde"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e071c142e703bdcf742f691b25"`);
    await queryRunner.query(`DROP TABLE "vacancy"`);
    await queryRunner.query(`DROP TABLE "network"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3d2ec9ce11c590e252624068a8"`);
    await queryRunner.query(`DROP TABLE "alert_rule"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_34efe29c2e16086f1f9811094f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d1ab20efe8624d7844679ffc0d"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
  }
}
