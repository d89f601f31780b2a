// The procuracy's and the court's writes as the tests send them: each mutation as an operation,
// and a valid input of the records a file goes through (accepted, indicted, tried), which a test
// changes where it needs to.
import { randomUUID } from 'node:crypto'
import { mutationsOf } from '@lienthong/kit/testing'
import { SUBGRAPH_DIR } from '../server.ts'

/** `writeOf(name, selection)`: `mutation($input: …!) { name(input: $input) { selection } }`, for each mutation of the SDL. */
export const writeOf = mutationsOf(SUBGRAPH_DIR)

/** A file of a new police case accepted by the procuracy of commune 99801 on 1 August 2025. */
export const fileInput = (externalRef: string, defendants: string[], over: Record<string, unknown> = {}) => ({
  externalRef,
  caseId: randomUUID(),
  acceptedAt: '2025-08-01T09:00:00+07:00',
  unitCode: '99801',
  defendants,
  ...over,
})

/** The indictment of a file's defendants on 1 October 2025, each charged as `charges` says. */
export const indictmentInput = (
  externalRef: string,
  procuracyFileId: string,
  charges: { personRef: string; article: number; clause: number }[],
  over: Record<string, unknown> = {},
) => ({ externalRef, procuracyFileId, indictedAt: '2025-10-01T09:00:00+07:00', charges, ...over })

/** A regular first-instance trial of a court file on 1 November 2025 with its verdicts. */
export const trialInput = (judgmentRef: string, courtFileId: string, verdicts: unknown[], over: Record<string, unknown> = {}) => ({
  judgmentRef,
  courtFileId,
  triedAt: '2025-11-01T09:00:00+07:00',
  kind: 'REGULAR',
  verdicts,
  ...over,
})
