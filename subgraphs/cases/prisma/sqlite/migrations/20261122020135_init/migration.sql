-- CreateTable
CREATE TABLE "Person" (
    "personRef" TEXT NOT NULL PRIMARY KEY,
    "sex" TEXT NOT NULL,
    "birthYear" INTEGER,
    "citizenship" TEXT NOT NULL,
    "citizenshipCountry" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "CriminalCase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "externalRef" TEXT NOT NULL,
    "openedAt" DATETIME NOT NULL,
    "codeArticle" INTEGER NOT NULL,
    "unitCode" TEXT NOT NULL,
    "routeKind" TEXT NOT NULL,
    "destinationCountry" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CaseExploitationForm" (
    "caseId" TEXT NOT NULL,
    "form" TEXT NOT NULL,

    PRIMARY KEY ("caseId", "form"),
    CONSTRAINT "CaseExploitationForm_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CriminalCase" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CaseVictim" (
    "caseId" TEXT NOT NULL,
    "personRef" TEXT NOT NULL,

    PRIMARY KEY ("caseId", "personRef"),
    CONSTRAINT "CaseVictim_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CriminalCase" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CaseVictim_personRef_fkey" FOREIGN KEY ("personRef") REFERENCES "Person" ("personRef") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "CriminalCase_externalRef_key" ON "CriminalCase"("externalRef");

-- CreateIndex
CREATE INDEX "CriminalCase_openedAt_idx" ON "CriminalCase"("openedAt");

-- CreateIndex
CREATE INDEX "CriminalCase_unitCode_idx" ON "CriminalCase"("unitCode");

-- CreateIndex
CREATE INDEX "CaseVictim_personRef_idx" ON "CaseVictim"("personRef");
