-- Generated from subgraphs/kit/src/statistics/generation.ts (npx tsx ../kit/src/statistics/generationMigration.ts): never edit.
-- The data generation: raised inside every write's transaction, read before a cached statistic is served.

CREATE TABLE "DataGeneration" ("id" INTEGER NOT NULL PRIMARY KEY, "generation" BIGINT NOT NULL DEFAULT 0);

INSERT INTO "DataGeneration" ("id", "generation") VALUES (1, 0);

-- Appeal
CREATE TRIGGER "Appeal_bump_generation_insert" AFTER INSERT ON "Appeal"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Appeal_bump_generation_update" AFTER UPDATE ON "Appeal"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Appeal_bump_generation_delete" AFTER DELETE ON "Appeal"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- Charge
CREATE TRIGGER "Charge_bump_generation_insert" AFTER INSERT ON "Charge"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Charge_bump_generation_update" AFTER UPDATE ON "Charge"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Charge_bump_generation_delete" AFTER DELETE ON "Charge"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- CourtFile
CREATE TRIGGER "CourtFile_bump_generation_insert" AFTER INSERT ON "CourtFile"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "CourtFile_bump_generation_update" AFTER UPDATE ON "CourtFile"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "CourtFile_bump_generation_delete" AFTER DELETE ON "CourtFile"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- CourtStatusChange
CREATE TRIGGER "CourtStatusChange_bump_generation_insert" AFTER INSERT ON "CourtStatusChange"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "CourtStatusChange_bump_generation_update" AFTER UPDATE ON "CourtStatusChange"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "CourtStatusChange_bump_generation_delete" AFTER DELETE ON "CourtStatusChange"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- Defendant
CREATE TRIGGER "Defendant_bump_generation_insert" AFTER INSERT ON "Defendant"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Defendant_bump_generation_update" AFTER UPDATE ON "Defendant"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Defendant_bump_generation_delete" AFTER DELETE ON "Defendant"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- Indictment
CREATE TRIGGER "Indictment_bump_generation_insert" AFTER INSERT ON "Indictment"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Indictment_bump_generation_update" AFTER UPDATE ON "Indictment"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Indictment_bump_generation_delete" AFTER DELETE ON "Indictment"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- ProcuracyFile
CREATE TRIGGER "ProcuracyFile_bump_generation_insert" AFTER INSERT ON "ProcuracyFile"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "ProcuracyFile_bump_generation_update" AFTER UPDATE ON "ProcuracyFile"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "ProcuracyFile_bump_generation_delete" AFTER DELETE ON "ProcuracyFile"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- ProcuracyStatusChange
CREATE TRIGGER "ProcuracyStatusChange_bump_generation_insert" AFTER INSERT ON "ProcuracyStatusChange"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "ProcuracyStatusChange_bump_generation_update" AFTER UPDATE ON "ProcuracyStatusChange"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "ProcuracyStatusChange_bump_generation_delete" AFTER DELETE ON "ProcuracyStatusChange"
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

-- Verdict
CREATE TRIGGER "Verdict_bump_generation_insert" AFTER INSERT ON "Verdict"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Verdict_bump_generation_update" AFTER UPDATE ON "Verdict"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Verdict_bump_generation_delete" AFTER DELETE ON "Verdict"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
