// Legal status transitions of the police records. Anything not listed is refused with
// ILLEGAL_TRANSITION naming the field (kit statusMachine); the statuses' labels in its messages
// are the SDL's (domain/labels.ts). A status with no way out listed is final.
import { statusMachine } from '@lienthong/kit'
import type { CaseInvestigationStatus, IncomingReportStatus, PoliceVictimStatus } from '../db.ts'
import { labelsOf } from './labels.ts'

/**
 * Reports: received → verifying → one final outcome; a suspended verification may resume.
 * CASE_OPENED is reached only by opening a case from the report (openCriminalCase) or by joining
 * one already opened (changeIncomingReportStatus with caseId).
 */
export const reportStatus = statusMachine<IncomingReportStatus>(
  {
    RECEIVED: ['VERIFYING', 'TRANSFERRED'],
    VERIFYING: ['CASE_OPENED', 'NO_CASE_OPENED', 'TRANSFERRED', 'SUSPENDED'],
    SUSPENDED: ['VERIFYING', 'NO_CASE_OPENED'],
  },
  labelsOf<IncomingReportStatus>('IncomingReportStatus').vi,
)

/** Final outcomes of a report: they set resolvedAt. */
export const REPORT_OUTCOMES: readonly IncomingReportStatus[] = ['CASE_OPENED', 'NO_CASE_OPENED', 'TRANSFERRED', 'SUSPENDED']

/** The date column each case status records. */
export const CASE_STATUS_DATE = {
  SOLVED: 'solvedAt',
  SUSPENDED: 'suspendedAt',
  CLOSED: 'closedAt',
  TRANSFERRED_FOR_PROSECUTION: 'transferredAt',
} as const satisfies Partial<Record<CaseInvestigationStatus, string>>

/** Cases: investigating → solved → transferred for prosecution; suspended may resume; closed ends. */
export const caseStatus = statusMachine<CaseInvestigationStatus>(
  {
    INVESTIGATING: ['SOLVED', 'SUSPENDED', 'CLOSED'],
    SOLVED: ['TRANSFERRED_FOR_PROSECUTION', 'CLOSED'],
    SUSPENDED: ['INVESTIGATING', 'CLOSED'],
  },
  labelsOf<CaseInvestigationStatus>('CaseInvestigationStatus').vi,
)

/** Victims: presumed → identified or not a victim; an identification may later be disproved. */
export const victimStatus = statusMachine<PoliceVictimStatus>(
  {
    PRESUMED: ['IDENTIFIED', 'NOT_A_VICTIM'],
    IDENTIFIED: ['NOT_A_VICTIM'],
  },
  labelsOf<PoliceVictimStatus>('PoliceVictimStatus').vi,
)
