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

-- Appeal
CREATE TRIGGER "Appeal_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Appeal" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- Charge
CREATE TRIGGER "Charge_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Charge" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- CourtFile
CREATE TRIGGER "CourtFile_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CourtFile" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- CourtStatusChange
CREATE TRIGGER "CourtStatusChange_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CourtStatusChange" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- Defendant
CREATE TRIGGER "Defendant_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Defendant" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- Indictment
CREATE TRIGGER "Indictment_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Indictment" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- ProcuracyFile
CREATE TRIGGER "ProcuracyFile_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ProcuracyFile" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- ProcuracyStatusChange
CREATE TRIGGER "ProcuracyStatusChange_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ProcuracyStatusChange" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- ReportSubmission
CREATE TRIGGER "ReportSubmission_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ReportSubmission" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- Verdict
CREATE TRIGGER "Verdict_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Verdict" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();
