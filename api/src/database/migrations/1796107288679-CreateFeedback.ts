import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFeedback1796107288679 implements MigrationInterface {
  name = 'CreateFeedback1796107288679';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."feedback_topic" AS ENUM('closed', 'wrong-hours', 'wrong-contact', 'other')`);
    await queryRunner.query(`CREATE TYPE "public"."feedback_status" AS ENUM('open', 'resolved')`);
    await queryRunner.query(`CREATE TABLE "feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_id" uuid NOT NULL, "topic" "public"."feedback_topic" NOT NULL, "message" text NOT NULL DEFAULT '', "status" "public"."feedback_status" NOT NULL DEFAULT 'open', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" text, "resolution_note" text, CONSTRAINT "feedback_resolved_has_time" CHECK ((status = 'resolved') = (resolved_at IS NOT NULL)), CONSTRAINT "feedback_other_has_message" CHECK (topic <> 'other' OR message <> ''), CONSTRAINT "PK_8389f9e087a57689cd5be8b2b13" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_08be4f081a8045631ce87d9236" ON "feedback"  ("service_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_dc1ce65ab411e5b0067e5a0ecd" ON "feedback"  ("status", "created_at") `);
    await queryRunner.query(`ALTER TABLE "feedback" ADD CONSTRAINT "FK_08be4f081a8045631ce87d92368" FOREIGN KEY ("service_id") REFERENCES "service"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "FK_08be4f081a8045631ce87d92368"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dc1ce65ab411e5b0067e5a0ecd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_08be4f081a8045631ce87d9236"`);
    await queryRunner.query(`DROP TABLE "feedback"`);
    await queryRunner.query(`DROP TYPE "public"."feedback_status"`);
    await queryRunner.query(`DROP TYPE "public"."feedback_topic"`);
  }
}
