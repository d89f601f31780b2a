-- CreateTable
CREATE TABLE "CooperationStatusChange" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "cooperationId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "endedAt" DATETIME,
    CONSTRAINT "CooperationStatusChange_cooperationId_fkey" FOREIGN KEY ("cooperationId") REFERENCES "CrossBorderCooperation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CooperationStatusChange_cooperationId_idx" ON "CooperationStatusChange"("cooperationId");

-- CreateIndex
CREATE INDEX "CooperationStatusChange_at_idx" ON "CooperationStatusChange"("at");

-- Records written before this migration: OPEN from the request until the last status change,
-- then the current status (intermediate steps were not kept before this table).
INSERT INTO "CooperationStatusChange" ("cooperationId", "status", "at", "endedAt")
SELECT "id", 'OPEN', "requestedAt", CASE WHEN "status" = 'OPEN' THEN NULL ELSE "statusChangedAt" END FROM "CrossBorderCooperation";
INSERT INTO "CooperationStatusChange" ("cooperationId", "status", "at", "endedAt")
SELECT "id", "status", "statusChangedAt", NULL FROM "CrossBorderCooperation" WHERE "status" <> 'OPEN';
