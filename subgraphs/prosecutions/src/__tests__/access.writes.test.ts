// Writes of the `prosecutions` subgraph by caller (NET-7), in process on SQLite and PostgreSQL: only
// officers and supervisors of the Procuracy and the Court write, each office its own records; every
// other caller is refused and writes nothing.
import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { subgraphTypeDefs } from '@lienthong/kit'
import type { Identity } from '@lienthong/kit/identity'
import { rootFieldNamesOf, rowCounts, testCaller, testProviders, TEST_OFFICERS } from '@lienthong/kit/testing'
import { SUBGRAPH_DIR } from '../server.ts'
import { at, COURT, COURT_AUDITOR, PROCURACY, prosecutionsAccessWorld, ref } from './accessFixture.ts'
import { writeOf } from './writeInputs.ts'
import { versioned } from './versioned.ts'

/** Callers that may not write here: other agencies' officers and supervisors, and the offices' own non-record roles. */
const NOT_WRITERS: Identity[] = [
  TEST_OFFICERS.police,
  TEST_OFFICERS.social_affairs,
  TEST_OFFICERS.border_guard,
  testCaller('steering_committee', 'supervisor', { purpose: 'data_quality' }),
  testCaller('procuracy', 'analyst', { purpose: 'prosecution' }),
  { ...COURT_AUDITOR, purpose: 'audit' },
]
const TABLES = [
  'procuracyFile',
  'procuracyStatusChange',
  'defendant',
  'indictment',
  'charge',
  'courtFile',
  'courtStatusChange',
  'verdict',
  'appeal',
  'reportSubmission',
  'auditEntry',
] as const

describe.each(await testProviders())('prosecutions writes by caller on %s', (provider) => {
  const { sg, ids } = prosecutionsAccessWorld(provider)

  it('refuses every mutation to callers other than officers and supervisors of the Procuracy and the Court, writing nothing', async () => {
    // inputs the owning office could write (a refusal here is about the caller, never the input)
    const inputs: Record<string, unknown> = {
      acceptProcuracyFile: { externalRef: 'VKS-AC-5', caseId: randomUUID(), acceptedAt: at('2025-10-01'), unitCode: '99801', defendants: [ref('e', 1)] },
      changeProcuracyStatus: { decisionRef: 'QD-AC-2', procuracyFileId: ids.f2, status: 'RETURNED_FOR_INVESTIGATION', at: at('2025-10-01') },
      indict: { externalRef: 'CT-AC-4', procuracyFileId: ids.f4, indictedAt: at('2025-10-01'), charges: [{ personRef: ref('d', 1), article: 150, clause: 1 }] },
      acceptCourtFile: { externalRef: 'TA-AC-2', indictmentId: ids.i2, acceptedAt: at('2025-10-01') },
      changeCourtFileStatus: { decisionRef: 'QDTA-AC-3', courtFileId: ids.cf3, status: 'SUSPENDED', at: at('2025-10-01') },
      recordTrial: {
        judgmentRef: 'BA-AC-3',
        courtFileId: ids.cf3,
        triedAt: at('2025-10-01'),
        kind: 'REGULAR',
        verdicts: [{ personRef: ref('c', 1), outcome: 'ACQUITTED' }],
      },
      fileAppeal: { externalRef: 'PT-AC-2', verdictId: ids.verdict2, filedAt: at('2025-06-25'), party: 'PROCURACY' },
      decideAppeal: { decisionRef: 'PTQD-AC-1', appealId: ids.appeal, decidedAt: at('2025-10-01'), status: 'UPHELD' },
      submitProcuracyReport: { period: { kind: 'YEAR', year: 2024 }, unitCode: '99' },
      submitCourtReport: { period: { kind: 'YEAR', year: 2024 }, unitCode: '99' },
    }
    const mutationOf = (field: string) => writeOf(field, field.startsWith('submit') ? 'revision' : 'id')
    expect(Object.keys(inputs).sort()).toEqual(rootFieldNamesOf(subgraphTypeDefs(SUBGRAPH_DIR), 'Mutation'))
    const before = await rowCounts(sg.db, TABLES)
    for (const who of NOT_WRITERS) {
      for (const [field, input] of Object.entries(inputs) as [string, unknown][]) {
        const r = await sg.execute(mutationOf(field), { input: await versioned(sg.db, input) }, who)
        expect({ who: `${who.agency} ${who.role}`, field, error: r.errors?.[0]?.extensions }).toEqual({
          who: `${who.agency} ${who.role}`,
          field,
          error: { code: 'FORBIDDEN', field },
        })
        expect(r.data ?? null).toBeNull()
      }
    }
    expect(await rowCounts(sg.db, TABLES)).toEqual(before)
    // and one office never writes the other's records (the owning-office rule of src/office.ts)
    const crossed: [Identity, string][] = [
      [PROCURACY, 'acceptCourtFile'],
      [PROCURACY, 'recordTrial'],
      [PROCURACY, 'decideAppeal'],
      [COURT, 'indict'],
      [COURT, 'changeProcuracyStatus'],
      [COURT, 'acceptProcuracyFile'],
    ]
    for (const [who, field] of crossed) {
      expect((await sg.execute(mutationOf(field), { input: await versioned(sg.db, inputs[field]) }, who)).errors?.[0]?.extensions).toEqual({
        code: 'FORBIDDEN',
        field,
      })
    }
    expect(await rowCounts(sg.db, TABLES)).toEqual(before)
  })
})
