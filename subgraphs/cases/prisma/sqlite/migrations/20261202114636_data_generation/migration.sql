-- Generated from subgraphs/kit/src/statistics/generation.ts (npx tsx ../kit/src/statistics/generationMigration.ts): never edit.
-- The data generation: raised inside every write's transaction, read before a cached statistic is served.

CREATE TABLE "DataGeneration" ("id" INTEGER NOT NULL PRIMARY KEY, "generation" BIGINT NOT NULL DEFAULT 0);

INSERT INTO "DataGeneration" ("id", "generation") VALUES (1, 0);

-- CaseExploitationForm
CREATE TRIGGER "CaseExploitationForm_bump_generation_insert" AFTER INSERT ON "CaseExploitationForm"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "CaseExploitationForm_bump_generation_update" AFTER UPDATE ON "CaseExploitationForm"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "CaseExploitationForm_bump_generation_delete" AFTER DELETE ON "CaseExploitationForm"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- CaseVictim
CREATE TRIGGER "CaseVictim_bump_generation_insert" AFTER INSERT ON "CaseVictim"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "CaseVictim_bump_generation_update" AFTER UPDATE ON "CaseVictim"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "CaseVictim_bump_generation_delete" AFTER DELETE ON "CaseVictim"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- CriminalCase
CREATE TRIGGER "CriminalCase_bump_generation_insert" AFTER INSERT ON "CriminalCase"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "CriminalCase_bump_generation_update" AFTER UPDATE ON "CriminalCase"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "CriminalCase_bump_generation_delete" AFTER DELETE ON "CriminalCase"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- IncomingReport
CREATE TRIGGER "IncomingReport_bump_generation_insert" AFTER INSERT ON "IncomingReport"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "IncomingReport_bump_generation_update" AFTER UPDATE ON "IncomingReport"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "IncomingReport_bump_generation_delete" AFTER DELETE ON "IncomingReport"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- PeakCampaign
CREATE TRIGGER "PeakCampaign_bump_generation_insert" AFTER INSERT ON "PeakCampaign"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "PeakCampaign_bump_generation_update" AFTER UPDATE ON "PeakCampaign"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "PeakCampaign_bump_generation_delete" AFTER DELETE ON "PeakCampaign"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- PeakCampaignUnit
CREATE TRIGGER "PeakCampaignUnit_bump_generation_insert" AFTER INSERT ON "PeakCampaignUnit"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "PeakCampaignUnit_bump_generation_update" AFTER UPDATE ON "PeakCampaignUnit"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "PeakCampaignUnit_bump_generation_delete" AFTER DELETE ON "PeakCampaignUnit"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- Person
CREATE TRIGGER "Person_bump_generation_insert" AFTER INSERT ON "Person"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Person_bump_generation_update" AFTER UPDATE ON "Person"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Person_bump_generation_delete" AFTER DELETE ON "Person"
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

-- RescueOperation
CREATE TRIGGER "RescueOperation_bump_generation_insert" AFTER INSERT ON "RescueOperation"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "RescueOperation_bump_generation_update" AFTER UPDATE ON "RescueOperation"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "RescueOperation_bump_generation_delete" AFTER DELETE ON "RescueOperation"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- StatusChange
CREATE TRIGGER "StatusChange_bump_generation_insert" AFTER INSERT ON "StatusChange"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "StatusChange_bump_generation_update" AFTER UPDATE ON "StatusChange"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "StatusChange_bump_generation_delete" AFTER DELETE ON "StatusChange"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- Suspect
CREATE TRIGGER "Suspect_bump_generation_insert" AFTER INSERT ON "Suspect"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Suspect_bump_generation_update" AFTER UPDATE ON "Suspect"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Suspect_bump_generation_delete" AFTER DELETE ON "Suspect"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- Victim
CREATE TRIGGER "Victim_bump_generation_insert" AFTER INSERT ON "Victim"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Victim_bump_generation_update" AFTER UPDATE ON "Victim"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Victim_bump_generation_delete" AFTER DELETE ON "Victim"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;

-- VictimExploitationForm
CREATE TRIGGER "VictimExploitationForm_bump_generation_insert" AFTER INSERT ON "VictimExploitationForm"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "VictimExploitationForm_bump_generation_update" AFTER UPDATE ON "VictimExploitationForm"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "VictimExploitationForm_bump_generation_delete" AFTER DELETE ON "VictimExploitationForm"
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
END;
