import { MigrationInterface, QueryRunner } from 'typeorm';

export class FiveYearTargets1795817522707 implements MigrationInterface {
  name = 'FiveYearTargets1795817522707';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "five_year_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "seb_group" text NOT NULL, "grades" text array NOT NULL DEFAULT '{}', "department_code" text, "target_share" double precision NOT NULL, "target_year" smallint NOT NULL, "set_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a7dec3d5c9d5fc9975ac92b299d" PRIMARY KEY ("id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "five_year_target"`);
  }
}
