-- Generated from subgraphs/kit/src/statistics/generation.ts (npx tsx ../kit/src/statistics/generationMigration.ts): never edit.
-- The data generation: raised inside every write's transaction, read before a cached statistic is served.

CREATE TABLE "DataGeneration" ("id" INTEGER NOT NULL, "generation" BIGINT NOT NULL DEFAULT 0, CONSTRAINT "DataGeneration_pkey" PRIMARY KEY ("id"));

INSERT INTO "DataGeneration" ("id", "generation") VALUES (1, 0);

CREATE OR REPLACE FUNCTION "lt_bump_generation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$$;

-- CaseExploitationForm
CREATE TRIGGER "CaseExploitationForm_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CaseExploitationForm" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- CaseVictim
CREATE TRIGGER "CaseVictim_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CaseVictim" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- CriminalCase
CREATE TRIGGER "CriminalCase_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CriminalCase" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- IncomingReport
CREATE TRIGGER "IncomingReport_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "IncomingReport" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- PeakCampaign
CREATE TRIGGER "PeakCampaign_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PeakCampaign" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- PeakCampaignUnit
CREATE TRIGGER "PeakCampaignUnit_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PeakCampaignUnit" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- Person
CREATE TRIGGER "Person_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Person" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- ReportSubmission
CREATE TRIGGER "ReportSubmission_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ReportSubmission" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- RescueOperation
CREATE TRIGGER "RescueOperation_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "RescueOperation" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- StatusChange
CREATE TRIGGER "StatusChange_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "StatusChange" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- Suspect
CREATE TRIGGER "Suspect_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Suspect" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- Victim
CREATE TRIGGER "Victim_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Victim" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- VictimExploitationForm
CREATE TRIGGER "VictimExploitationForm_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "VictimExploitationForm" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();
