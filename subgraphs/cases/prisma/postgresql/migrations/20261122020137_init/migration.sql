-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('MALE', 'FEMALE', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "Citizenship" AS ENUM ('VIETNAMESE', 'FOREIGN', 'STATELESS', 'UNDETERMINED');

-- CreateEnum
CREATE TYPE "RouteKind" AS ENUM ('DOMESTIC', 'CROSS_BORDER');

-- CreateEnum
CREATE TYPE "ExploitationForm" AS ENUM ('SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'ORGAN_REMOVAL', 'COMMERCIAL_SURROGACY', 'FORCED_MARRIAGE', 'CHILD_ADOPTION', 'OTHER', 'UNKNOWN');

-- CreateTable
CREATE TABLE "Person" (
    "personRef" TEXT NOT NULL,
    "sex" "Sex" NOT NULL,
    "birthYear" INTEGER,
    "citizenship" "Citizenship" NOT NULL,
    "citizenshipCountry" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("personRef")
);

-- CreateTable
CREATE TABLE "CriminalCase" (
    "id" TEXT NOT NULL,
    "externalRef" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "codeArticle" INTEGER NOT NULL,
    "unitCode" TEXT NOT NULL,
    "routeKind" "RouteKind" NOT NULL,
    "destinationCountry" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CriminalCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseExploitationForm" (
    "caseId" TEXT NOT NULL,
    "form" "ExploitationForm" NOT NULL,

    CONSTRAINT "CaseExploitationForm_pkey" PRIMARY KEY ("caseId","form")
);

-- CreateTable
CREATE TABLE "CaseVictim" (
    "caseId" TEXT NOT NULL,
    "personRef" TEXT NOT NULL,

    CONSTRAINT "CaseVictim_pkey" PRIMARY KEY ("caseId","personRef")
);

-- CreateIndex
CREATE UNIQUE INDEX "CriminalCase_externalRef_key" ON "CriminalCase"("externalRef");

-- CreateIndex
CREATE INDEX "CriminalCase_openedAt_idx" ON "CriminalCase"("openedAt");

-- CreateIndex
CREATE INDEX "CriminalCase_unitCode_idx" ON "CriminalCase"("unitCode");

-- CreateIndex
CREATE INDEX "CaseVictim_personRef_idx" ON "CaseVictim"("personRef");

-- AddForeignKey
ALTER TABLE "CaseExploitationForm" ADD CONSTRAINT "CaseExploitationForm_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CriminalCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseVictim" ADD CONSTRAINT "CaseVictim_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CriminalCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseVictim" ADD CONSTRAINT "CaseVictim_personRef_fkey" FOREIGN KEY ("personRef") REFERENCES "Person"("personRef") ON DELETE RESTRICT ON UPDATE CASCADE;
