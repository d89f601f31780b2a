// Legal status transitions of the procuracy's files, the court's files and appeals; the labels in
// an ILLEGAL_TRANSITION message are the SDL's (domain/labels.ts). A status with no way out listed is final.
import { statusMachine } from '@lienthong/kit'
import type { AppealStatus, CourtFileStatus, ProcuracyStatus } from '../db.ts'
import { labelsOf } from './labels.ts'

export type { AppealStatus, CourtFileStatus, ProcuracyStatus }

/**
 * Leaving INDICTED (taking the file back, returning it for investigation, suspending or
 * dropping it) is further guarded: only while the court does not hold the current indictment
 * (domain/decisions.ts, courtHolds).
 */
export const procuracyStatus = statusMachine<ProcuracyStatus>(
  {
    ACCEPTED: ['INDICTED', 'RETURNED_FOR_INVESTIGATION', 'SUSPENDED', 'DROPPED'],
    INDICTED: ['ACCEPTED', 'RETURNED_FOR_INVESTIGATION', 'SUSPENDED', 'DROPPED'],
    RETURNED_FOR_INVESTIGATION: ['ACCEPTED'],
    SUSPENDED: ['ACCEPTED', 'DROPPED'],
  },
  labelsOf<ProcuracyStatus>('ProcuracyStatus').vi,
)

export const courtFileStatus = statusMachine<CourtFileStatus>(
  {
    ACCEPTED: ['TRIED_FIRST_INSTANCE', 'RETURNED_TO_PROCURACY', 'SUSPENDED'],
    SUSPENDED: ['ACCEPTED', 'RETURNED_TO_PROCURACY'],
  },
  labelsOf<CourtFileStatus>('CourtFileStatus').vi,
)

export const appealStatus = statusMachine<AppealStatus>(
  {
    PENDING: ['UPHELD', 'AMENDED', 'QUASHED', 'WITHDRAWN'],
  },
  labelsOf<AppealStatus>('CourtAppealStatus').vi,
)
