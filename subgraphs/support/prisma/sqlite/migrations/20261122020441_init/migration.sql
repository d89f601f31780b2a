-- CreateTable
CREATE TABLE "SupportCase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "personRef" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "facility" TEXT NOT NULL,
    "unitCode" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "SupportCase_externalRef_key" ON "SupportCase"("externalRef");

-- CreateIndex
CREATE INDEX "SupportCase_personRef_idx" ON "SupportCase"("personRef");

-- CreateIndex
CREATE INDEX "SupportCase_receivedAt_idx" ON "SupportCase"("receivedAt");
