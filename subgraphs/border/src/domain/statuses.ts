// Legal status transitions of the Border Guard's records (kit statusMachine): anything not listed
// is refused with ILLEGAL_TRANSITION naming the field. The statuses' labels are their SDL
// descriptions (domain/labels.ts). A status with no way out listed is final.
import { statusMachine } from '@lienthong/kit'
import type { BorderIncidentStatus, CooperationStatus, RepatriationStatus } from '../db.ts'
import { labelsVi } from './labels.ts'

/** An incident is handed to the police or closed; a handed-over incident is closed when the police take it. */
export const incidentStatus = statusMachine<BorderIncidentStatus>(
  {
    OPEN: ['HANDED_TO_POLICE', 'CLOSED'],
    HANDED_TO_POLICE: ['CLOSED'],
  },
  labelsVi('BorderIncidentStatus'),
)

/** Verification of persons received: started, then concluded one way or the other. */
export const repatriationStatus = statusMachine<RepatriationStatus>(
  {
    PENDING: ['IN_PROGRESS'],
    IN_PROGRESS: ['VERIFIED', 'NOT_CONFIRMED'],
  },
  labelsVi('RepatriationStatus'),
)

/** A request is taken up, answered or declined, and an answered request is closed. */
export const cooperationStatus = statusMachine<CooperationStatus>(
  {
    OPEN: ['IN_PROGRESS', 'DECLINED'],
    IN_PROGRESS: ['ANSWERED', 'DECLINED'],
    ANSWERED: ['CLOSED', 'IN_PROGRESS'],
  },
  labelsVi('CooperationStatus'),
)
