-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CourtStatusChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "decisionRef" TEXT NOT NULL,
    "office" TEXT NOT NULL DEFAULT 'COURT',
    "courtFileId" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT,
    "fingerprint" TEXT,
    CONSTRAINT "CourtStatusChange_courtFileId_fkey" FOREIGN KEY ("courtFileId") REFERENCES "CourtFile" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_CourtStatusChange" ("at", "courtFileId", "decisionRef", "fingerprint", "fromStatus", "id", "office", "reason", "toStatus") SELECT "at", "courtFileId", "decisionRef", "fingerprint", "fromStatus", "id", "office", "reason", "toStatus" FROM "CourtStatusChange";
DROP TABLE "CourtStatusChange";
ALTER TABLE "new_CourtStatusChange" RENAME TO "CourtStatusChange";
CREATE UNIQUE INDEX "CourtStatusChange_decisionRef_key" ON "CourtStatusChange"("decisionRef");
CREATE INDEX "CourtStatusChange_courtFileId_at_idx" ON "CourtStatusChange"("courtFileId", "at");
CREATE TABLE "new_ProcuracyStatusChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "decisionRef" TEXT NOT NULL,
    "office" TEXT NOT NULL DEFAULT 'PROCURACY',
    "fileId" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT,
    "fingerprint" TEXT,
    CONSTRAINT "ProcuracyStatusChange_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "ProcuracyFile" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ProcuracyStatusChange" ("at", "decisionRef", "fileId", "fingerprint", "fromStatus", "id", "office", "reason", "toStatus") SELECT "at", "decisionRef", "fileId", "fingerprint", "fromStatus", "id", "office", "reason", "toStatus" FROM "ProcuracyStatusChange";
DROP TABLE "ProcuracyStatusChange";
ALTER TABLE "new_ProcuracyStatusChange" RENAME TO "ProcuracyStatusChange";
CREATE UNIQUE INDEX "ProcuracyStatusChange_decisionRef_key" ON "ProcuracyStatusChange"("decisionRef");
CREATE INDEX "ProcuracyStatusChange_fileId_at_idx" ON "ProcuracyStatusChange"("fileId", "at");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Decisions recorded before this migration are taken as recorded on their date (when they were
-- written was not kept): only later entries count as late or retroactive in report revisions.
UPDATE "ProcuracyStatusChange" SET "recordedAt" = "at";
UPDATE "CourtStatusChange" SET "recordedAt" = "at";
