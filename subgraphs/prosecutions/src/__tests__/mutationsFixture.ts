// What the tests of the procuracy's and the court's writes share: the officers (with their declared
// purpose: a mutation's answer without one shows only the records it wrote, README), three
// defendants, each mutation with the fields its answer is checked on, and a file brought to the court.
import { expect } from 'vitest'
import type { DbProvider } from '@lienthong/kit'
import type { Identity } from '@lienthong/kit/identity'
import { subgraphUnderTest } from '@lienthong/kit/testing'
import { subgraph } from '../server.ts'
import { fileInput, indictmentInput, writeOf } from './writeInputs.ts'
import { versioned } from './versioned.ts'

export const PROCURACY: Identity = { sub: 'kiem-sat-vien-01', agency: 'procuracy', role: 'officer', unit: '99', purpose: 'prosecution' }
export const COURT: Identity = { sub: 'tham-phan-01', agency: 'court', role: 'officer', unit: '99', purpose: 'adjudication' }
export const POLICE: Identity = { sub: 'dieu-tra-vien-01', agency: 'police', role: 'officer', unit: '99', purpose: 'investigation' }
export const A = 'a1'.repeat(32)
export const B = 'b2'.repeat(32)
export const C = 'c3'.repeat(32)

/** Each mutation with the fields its answer is checked on. */
export const M = {
  accept: writeOf(
    'acceptProcuracyFile',
    'id externalRef status statusSince unitCode office defendants { id personRef } statusHistory { fromStatus toStatus at }',
  ),
  change: writeOf('changeProcuracyStatus', 'id status statusSince statusHistory { decisionRef fromStatus toStatus reason }'),
  indict: writeOf('indict', 'id externalRef indictedAt office charges { article clause defendant { personRef } } procuracyFile { status indictedAt }'),
  acceptCourt: writeOf('acceptCourtFile', 'id externalRef status office indictment { id }'),
  changeCourt: writeOf('changeCourtFileStatus', 'id status statusHistory { toStatus }'),
  trial: writeOf(
    'recordTrial',
    'id status statusSince trial { judgmentRef triedAt kind venueUnitCode } verdicts { id office outcome article clause sentenceKind sentenceMonths decidedAt defendant { personRef } }',
  ),
  appeal: writeOf('fileAppeal', 'id externalRef status party filedAt office'),
  decide: writeOf('decideAppeal', 'id status decisionRef decidedAt amendedSentenceMonths verdict { sentenceMonths }'),
}

/** A and B charged under articles 150 and 151: A convicted to ten years, B acquitted. */
export const AB_CHARGES = [
  { personRef: A, article: 150, clause: 2 },
  { personRef: B, article: 151, clause: 1 },
]
export const verdictsAB = [
  { personRef: A, outcome: 'CONVICTED', article: 150, clause: 2, sentenceKind: 'IMPRISONMENT', sentenceMonths: 120 },
  { personRef: B, outcome: 'ACQUITTED' },
]

/** The prosecutions subgraph with the demo data, started around the tests of the enclosing describe block. */
export function prosecutionsWrites(provider: DbProvider) {
  const sg = subgraphUnderTest(subgraph, provider, { seeded: true })
  const as = (who: Identity) => async (query: string, input: unknown) => sg.execute(query, { input: await versioned(sg.db, input) }, who)
  return {
    sg,
    as,
    counts: async () =>
      Promise.all([
        sg.db.procuracyFile.count(),
        sg.db.defendant.count(),
        sg.db.indictment.count(),
        sg.db.charge.count(),
        sg.db.courtFile.count(),
        sg.db.verdict.count(),
        sg.db.appeal.count(),
        sg.db.procuracyStatusChange.count(),
        sg.db.courtStatusChange.count(),
      ]),
    /** A procuracy file, indicted, and accepted by the court: the common start of several tests. */
    atCourt: async (tag: string) => {
      const file: any = await as(PROCURACY)(M.accept, fileInput(`VKS-T-${tag}`, [A, B]))
      const ind: any = await as(PROCURACY)(
        M.indict,
        indictmentInput(`CT-T-${tag}`, file.data.acceptProcuracyFile.id, AB_CHARGES, { indictedAt: '2025-09-15T09:00:00+07:00' }),
      )
      const court: any = await as(COURT)(M.acceptCourt, {
        externalRef: `TA-T-${tag}`,
        indictmentId: ind.data.indict.id,
        acceptedAt: '2025-10-02T09:00:00+07:00',
      })
      expect([file.errors, ind.errors, court.errors]).toEqual([undefined, undefined, undefined])
      return {
        fileId: file.data.acceptProcuracyFile.id as string,
        indictmentId: ind.data.indict.id as string,
        courtFileId: court.data.acceptCourtFile.id as string,
      }
    },
  }
}
