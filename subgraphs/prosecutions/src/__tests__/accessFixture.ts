// The world the prosecutions access tests (NET-7) share: a file of the first half of 2025 with eight
// accused (six charged under art. 150, two under art. 151) tried in June with one appeal; later
// files at each step (indicted, at the court, just accepted); the callers that may or may not see them.
import type { DbProvider } from '@lienthong/kit'
import type { Identity } from '@lienthong/kit/identity'
import { subgraphUnderTest, testCaller, TEST_OFFICERS } from '@lienthong/kit/testing'
import { subgraph } from '../server.ts'
import { fileInput, indictmentInput, writeOf } from './writeInputs.ts'

export const PROCURACY = TEST_OFFICERS.procuracy
export const COURT = TEST_OFFICERS.court
export const WITHOUT_PURPOSE: Identity = { sub: 'kiem-sat-vien-khong-muc-dich', agency: 'procuracy', role: 'officer', unit: '99' }
export const COURT_WITHOUT_PURPOSE: Identity = { sub: 'tham-phan-khong-muc-dich', agency: 'court', role: 'supervisor', unit: '99' }
export const ANALYST = testCaller('steering_committee', 'analyst', { purpose: 'data_quality' })
export const INTEGRATOR = testCaller('procuracy', 'integrator')
export const AUDITOR = testCaller('procuracy', 'auditor', { purpose: 'audit' })
export const COURT_AUDITOR = testCaller('court', 'auditor')
export const COMMITTEE_AUDITOR = testCaller('steering_committee', 'auditor')
export const POLICE_AUDITOR = testCaller('police', 'auditor')

/** Fabricated person references (64 hex characters). */
export const ref = (tag: string, k: number) => `${tag}${k.toString(16).padStart(2, '0')}`.padEnd(64, '0')
export const P = Array.from({ length: 8 }, (_, i) => ref('a', i + 1))
export const at = (day: string) => `${day}T09:00:00+07:00`

export const AUDIT_LOG = `query($after: Int) { prosecutionsAuditLog(afterSeq: $after, first: 500) {
  entries { seq at actorSub agency role purpose operation recordType recordRefs fields prevHash hash }
  nextAfterSeq verification { ok entries headHash brokenAt reason } } }`

/** First-half 2025 figures: person counts on purpose small, so that analysts see them suppressed. */
export const STATISTICS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ProvincialStatistics {
  procuracy { defendantsIndicted defendantsIndictedByArticle { key count suppressed } }
  court { defendantsConvicted convictedByArticle { key count suppressed } convictionsBySentence { key count suppressed }
    triedByKind { key count suppressed } appealsDecidedByOutcome { key count suppressed } } } } }`
export const H1_2025 = [{ __typename: 'ProvincialStatistics', periodCode: '2025-H1', unitCode: '99' }]

/** The prosecutions subgraph holding that world, started around the tests of the enclosing describe block. */
export function prosecutionsAccessWorld(provider: DbProvider) {
  const ids = { f1: '', i1: '', cf1: '', appeal: '', f2: '', i2: '', f3: '', cf3: '', f4: '', verdict2: '' }
  const sg = subgraphUnderTest(subgraph, provider, {
    setup: async (sg) => {
      const accept = (externalRef: string, defendants: string[], over: Record<string, unknown> = {}) =>
        sg.mutate(writeOf('acceptProcuracyFile'), fileInput(externalRef, defendants, over), PROCURACY)
      const indict = (externalRef: string, fileId: string, charges: { personRef: string; article: number; clause: number }[], day: string) =>
        sg.mutate(writeOf('indict'), indictmentInput(externalRef, fileId, charges, { indictedAt: at(day) }), PROCURACY)
      const toCourt = (externalRef: string, indictmentId: string, day: string) =>
        sg.mutate(writeOf('acceptCourtFile'), { externalRef, indictmentId, acceptedAt: at(day) }, COURT)
      // F1, first half of 2025: eight accused, six charged under art. 150 and two under art. 151, tried in June
      ids.f1 = (await accept('VKS-AC-1', P, { acceptedAt: at('2025-03-03'), unitCode: '99101' })).id
      ids.i1 = (
        await indict(
          'CT-AC-1',
          ids.f1,
          P.map((personRef, i) => ({ personRef, article: i < 6 ? 150 : 151, clause: 1 })),
          '2025-04-01',
        )
      ).id
      ids.cf1 = (await toCourt('TA-AC-1', ids.i1, '2025-05-02')).id
      const months = [60, 72, 84, 96, 108]
      await sg.mutate(
        writeOf('recordTrial'),
        {
          judgmentRef: 'BA-AC-1',
          courtFileId: ids.cf1,
          triedAt: at('2025-06-10'),
          kind: 'REGULAR',
          verdicts: [
            ...months.map((m, i) => ({ personRef: P[i], outcome: 'CONVICTED', article: 150, clause: 1, sentenceKind: 'IMPRISONMENT', sentenceMonths: m })),
            { personRef: P[5], outcome: 'CONVICTED', article: 150, clause: 1, sentenceKind: 'LIFE_IMPRISONMENT' },
            { personRef: P[6], outcome: 'CONVICTED', article: 151, clause: 1, sentenceKind: 'IMPRISONMENT', sentenceMonths: 130 },
            { personRef: P[7], outcome: 'ACQUITTED' },
          ],
        },
        COURT,
      )
      const verdicts = await sg.db.verdict.findMany({ include: { defendant: true } })
      const verdictOf = (personRef: string) => verdicts.find((v) => v.defendant.personRef === personRef)!.id
      const appeal = { externalRef: 'PT-AC-1', verdictId: verdictOf(P[0]!), filedAt: at('2025-06-20'), party: 'DEFENDANT' }
      ids.appeal = (await sg.mutate(writeOf('fileAppeal'), appeal, COURT)).id
      ids.verdict2 = verdictOf(P[1]!)
      // later in 2025: F2 indicted (not yet at the court), F3 at the court, F4 just accepted
      ids.f2 = (await accept('VKS-AC-2', [ref('b', 1)])).id
      ids.i2 = (await indict('CT-AC-2', ids.f2, [{ personRef: ref('b', 1), article: 150, clause: 1 }], '2025-08-15')).id
      ids.f3 = (await accept('VKS-AC-3', [ref('c', 1)])).id
      const i3 = (await indict('CT-AC-3', ids.f3, [{ personRef: ref('c', 1), article: 150, clause: 1 }], '2025-08-15')).id
      ids.cf3 = (await toCourt('TA-AC-3', i3, '2025-09-01')).id
      ids.f4 = (await accept('VKS-AC-4', [ref('d', 1)])).id
    },
  })
  return { sg, ids, auditLog: async (who: Identity = AUDITOR, after = 0) => (await sg.ok(AUDIT_LOG, { after }, who)).prosecutionsAuditLog }
}
