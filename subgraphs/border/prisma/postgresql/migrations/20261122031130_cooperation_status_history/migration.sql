-- CreateTable
CREATE TABLE "CooperationStatusChange" (
    "id" SERIAL NOT NULL,
    "cooperationId" TEXT NOT NULL,
    "status" "CooperationStatus" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "CooperationStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CooperationStatusChange_cooperationId_idx" ON "CooperationStatusChange"("cooperationId");

-- CreateIndex
CREATE INDEX "CooperationStatusChange_at_idx" ON "CooperationStatusChange"("at");

-- AddForeignKey
ALTER TABLE "CooperationStatusChange" ADD CONSTRAINT "CooperationStatusChange_cooperationId_fkey" FOREIGN KEY ("cooperationId") REFERENCES "CrossBorderCooperation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Records written before this migration: OPEN from the request until the last status change,
-- then the current status (intermediate steps were not kept before this table).
INSERT INTO "CooperationStatusChange" ("cooperationId", "status", "at", "endedAt")
SELECT "id", 'OPEN'::"CooperationStatus", "requestedAt", CASE WHEN "status" = 'OPEN' THEN NULL ELSE "statusChangedAt" END FROM "CrossBorderCooperation";
INSERT INTO "CooperationStatusChange" ("cooperationId", "status", "at", "endedAt")
SELECT "id", "status", "statusChangedAt", NULL FROM "CrossBorderCooperation" WHERE "status" <> 'OPEN';
