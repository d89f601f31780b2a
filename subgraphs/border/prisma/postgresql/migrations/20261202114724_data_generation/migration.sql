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

-- BorderIncident
CREATE TRIGGER "BorderIncident_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "BorderIncident" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- CooperationStatusChange
CREATE TRIGGER "CooperationStatusChange_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CooperationStatusChange" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- CrossBorderCooperation
CREATE TRIGGER "CrossBorderCooperation_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CrossBorderCooperation" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- IncidentPerson
CREATE TRIGGER "IncidentPerson_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "IncidentPerson" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- Repatriation
CREATE TRIGGER "Repatriation_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Repatriation" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- RepatriationPerson
CREATE TRIGGER "RepatriationPerson_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "RepatriationPerson" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();

-- ReportSubmission
CREATE TRIGGER "ReportSubmission_bump_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ReportSubmission" FOR EACH STATEMENT EXECUTE FUNCTION "lt_bump_generation"();
