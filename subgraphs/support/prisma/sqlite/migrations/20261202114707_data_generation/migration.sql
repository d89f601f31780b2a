-- Generated from subgraphs/kit/src/statistics/generation.ts (npx tsx ../kit/src/statistics/generationMigration.ts): never edit.
-- The data generation: raised inside every write's transaction, read before a cached statistic is served.

CREATE TABLE "DataGeneration" ("id" INTEGER NOT NULL PRIMARY KEY, "generation" BIGINT NOT NULL DEFAULT 0);

INSERT INTO "DataGeneration" ("id", "generation") VALUES (1, 0);

-- HotlineContact
CREATE TRIGGER "HotlineContact_bump_generation_insert" AFTER INSERT ON "HotlineContact"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "HotlineContact_bump_generation_update" AFTER UPDATE ON "HotlineContact"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "HotlineContact_bump_generation_delete" AFTER DELETE ON "HotlineContact"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- ReintegrationFollowUp
CREATE TRIGGER "ReintegrationFollowUp_bump_generation_insert" AFTER INSERT ON "ReintegrationFollowUp"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "ReintegrationFollowUp_bump_generation_update" AFTER UPDATE ON "ReintegrationFollowUp"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "ReintegrationFollowUp_bump_generation_delete" AFTER DELETE ON "ReintegrationFollowUp"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- ReportSubmission
CREATE TRIGGER "ReportSubmission_bump_generation_insert" AFTER INSERT ON "ReportSubmission"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "ReportSubmission_bump_generation_update" AFTER UPDATE ON "ReportSubmission"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "ReportSubmission_bump_generation_delete" AFTER DELETE ON "ReportSubmission"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- SupportCase
CREATE TRIGGER "SupportCase_bump_generation_insert" AFTER INSERT ON "SupportCase"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "SupportCase_bump_generation_update" AFTER UPDATE ON "SupportCase"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "SupportCase_bump_generation_delete" AFTER DELETE ON "SupportCase"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- SupportReferral
CREATE TRIGGER "SupportReferral_bump_generation_insert" AFTER INSERT ON "SupportReferral"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "SupportReferral_bump_generation_update" AFTER UPDATE ON "SupportReferral"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "SupportReferral_bump_generation_delete" AFTER DELETE ON "SupportReferral"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- SupportService
CREATE TRIGGER "SupportService_bump_generation_insert" AFTER INSERT ON "SupportService"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "SupportService_bump_generation_update" AFTER UPDATE ON "SupportService"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "SupportService_bump_generation_delete" AFTER DELETE ON "SupportService"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
