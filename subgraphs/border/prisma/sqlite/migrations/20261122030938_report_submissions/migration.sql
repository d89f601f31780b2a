-- CreateTable
CREATE TABLE "ReportSubmission" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agency" TEXT NOT NULL,
    "periodCode" TEXT NOT NULL,
    "unitCode" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "submittedAt" DATETIME NOT NULL,
    "submittedBy" TEXT NOT NULL,
    "figures" TEXT NOT NULL,
    "digest" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "ReportSubmission_agency_unitCode_periodCode_idx" ON "ReportSubmission"("agency", "unitCode", "periodCode");

-- CreateIndex
CREATE UNIQUE INDEX "ReportSubmission_agency_periodCode_unitCode_revision_key" ON "ReportSubmission"("agency", "periodCode", "unitCode", "revision");
