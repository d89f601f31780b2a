-- Generated from subgraphs/kit/src/statistics/generation.ts (npx tsx ../kit/src/statistics/generationMigration.ts): never edit.
-- The data generation: raised inside every write's transaction, read before a cached statistic is served.

CREATE TABLE "DataGeneration" ("id" INTEGER NOT NULL PRIMARY KEY, "generation" BIGINT NOT NULL DEFAULT 0);

INSERT INTO "DataGeneration" ("id", "generation") VALUES (1, 0);

-- BorderIncident
CREATE TRIGGER "BorderIncident_bump_generation_insert" AFTER INSERT ON "BorderIncident"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "BorderIncident_bump_generation_update" AFTER UPDATE ON "BorderIncident"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "BorderIncident_bump_generation_delete" AFTER DELETE ON "BorderIncident"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- CooperationStatusChange
CREATE TRIGGER "CooperationStatusChange_bump_generation_insert" AFTER INSERT ON "CooperationStatusChange"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "CooperationStatusChange_bump_generation_update" AFTER UPDATE ON "CooperationStatusChange"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "CooperationStatusChange_bump_generation_delete" AFTER DELETE ON "CooperationStatusChange"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- CrossBorderCooperation
CREATE TRIGGER "CrossBorderCooperation_bump_generation_insert" AFTER INSERT ON "CrossBorderCooperation"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "CrossBorderCooperation_bump_generation_update" AFTER UPDATE ON "CrossBorderCooperation"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "CrossBorderCooperation_bump_generation_delete" AFTER DELETE ON "CrossBorderCooperation"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- IncidentPerson
CREATE TRIGGER "IncidentPerson_bump_generation_insert" AFTER INSERT ON "IncidentPerson"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "IncidentPerson_bump_generation_update" AFTER UPDATE ON "IncidentPerson"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "IncidentPerson_bump_generation_delete" AFTER DELETE ON "IncidentPerson"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- Repatriation
CREATE TRIGGER "Repatriation_bump_generation_insert" AFTER INSERT ON "Repatriation"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Repatriation_bump_generation_update" AFTER UPDATE ON "Repatriation"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Repatriation_bump_generation_delete" AFTER DELETE ON "Repatriation"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- RepatriationPerson
CREATE TRIGGER "RepatriationPerson_bump_generation_insert" AFTER INSERT ON "RepatriationPerson"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "RepatriationPerson_bump_generation_update" AFTER UPDATE ON "RepatriationPerson"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "RepatriationPerson_bump_generation_delete" AFTER DELETE ON "RepatriationPerson"
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
