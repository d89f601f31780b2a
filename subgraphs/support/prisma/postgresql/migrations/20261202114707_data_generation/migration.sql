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

-- HotlineContact
CREATE TRIGGER "HotlineContact_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "HotlineContact" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- ReintegrationFollowUp
CREATE TRIGGER "ReintegrationFollowUp_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ReintegrationFollowUp" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- ReportSubmission
CREATE TRIGGER "ReportSubmission_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ReportSubmission" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- SupportCase
CREATE TRIGGER "SupportCase_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SupportCase" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- SupportReferral
CREATE TRIGGER "SupportReferral_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SupportReferral" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- SupportService
CREATE TRIGGER "SupportService_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SupportService" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();
