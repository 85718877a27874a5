import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRevisions1796109222632 implements MigrationInterface {
  name = 'CreateRevisions1796109222632';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."revision_status" AS ENUM('pending', 'approved', 'rejected')`);
    await queryRunner.query(`CREATE TABLE "revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "resource_type" text NOT NULL DEFAULT 'service', "resource_id" uuid NOT NULL, "base_version" integer NOT NULL, "changes" jsonb NOT NULL, "status" "public"."revision_status" NOT NULL DEFAULT 'pending', "author_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reviewer_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "comment" text, CONSTRAINT "PK_f4767cdf0c0e78041514e5a94be" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3704c6cbc9b9284f724273148d" ON "revision"  ("resource_type", "resource_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9c07ed608bde4b0f1dc60fc180" ON "revision"  ("status", "created_at") `);
    await queryRunner.query(`ALTER TABLE "organization" ADD "is_trusted" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "is_trusted"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9c07ed608bde4b0f1dc60fc180"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3704c6cbc9b9284f724273148d"`);
    await queryRunner.query(`DROP TABLE "revision"`);
    await queryRunner.query(`DROP TYPE "public"."revision_status"`);
  }
}
