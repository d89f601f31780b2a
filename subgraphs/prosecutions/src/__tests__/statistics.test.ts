// The procuracy's and the court's part of the provincial statistics (K4, K5, the justice-funnel
// contributions, the procuracy and court sections) equal a recount done here from the files this
// test wrote through the subgraph's mutations: files accepted in one period and indicted or tried
// in the next (Vietnam midnight), returned and re-indicted, pre-reform communes asked by an old
// district or a post-reform commune. SQLite and PostgreSQL; statements do not grow with rows.
import { describe, expect, it } from 'vitest'
import { buildASTSchema, parse } from 'graphql'
import { sectionDefinitionProblems, subgraphTypeDefs } from '@lienthong/kit'
import {
  badKeyProblems,
  dataExec,
  statementsWhile,
  statisticsEntities,
  testProviders,
  testSubgraphForBlock,
  type StatisticsKey,
  type TestSubgraph,
} from '@lienthong/kit/testing'
import type { Identity } from '@lienthong/kit/identity'
import { subgraph, SUBGRAPH_DIR } from '../server.ts'
import { SECTIONS } from '../statistics/index.ts'
import type { Db } from '../db.ts'
import { buildFiles, edgeFiles, writeFiles, type Office, type TFile } from './statisticsWorld.ts'
import { normalise, recount, SCOPES, STATISTICS_SELECTION } from './statisticsRecount.ts'

const IDENTITY: Record<Office, Identity> = {
  PROCURACY: { sub: 'kiem-sat-vien-tk', agency: 'procuracy', role: 'officer', unit: '99', purpose: 'prosecution' },
  COURT: { sub: 'tham-phan-tk', agency: 'court', role: 'officer', unit: '99', purpose: 'adjudication' },
}
type R = ReturnType<typeof recount>
const key = (periodCode: string, unitCode: string): StatisticsKey => ({ periodCode, unitCode })

describe('statistics sections', () => {
  it('are fields of the served schema, each defined "Vietnamese — English" in its SDL description', () => {
    expect(SECTIONS.flatMap((s) => s.fields).length).toBe(26)
    // the served SDL built here (kit's sectionDefinitionProblems checks types with this realm's graphql,
    // not the one @apollo/subgraph builds the served schema with)
    const schema = buildASTSchema(parse(subgraphTypeDefs(SUBGRAPH_DIR)), { assumeValidSDL: true })
    expect(sectionDefinitionProblems(schema, SECTIONS)).toEqual([])
  })
})

describe.each(await testProviders())('procuracy and court statistics on %s', (provider) => {
  const first: TFile[] = [...edgeFiles('S'), ...buildFiles('S', 6, 6_2024)]
  const more: TFile[] = buildFiles('T', 40, 150_151)
  const all = [...first, ...more]
  let statementsFew = 0
  /** Writes the files, each office as itself; the statements the province's 2024 costs between the few files and all of them. */
  const prepare = async (started: TestSubgraph<Db>) => {
    const exec = (office: Office, query: string, input: Record<string, unknown>) => dataExec(started, IDENTITY[office])(query, { input })
    await writeFiles(exec, first)
    statementsFew = (await statementsWhile(started, () => statistics([key('2024', '99')]))).count
    await writeFiles(exec, more)
  }
  const sg = testSubgraphForBlock(subgraph, provider, prepare, 120_000)
  const { query, ask: statistics } = statisticsEntities(sg, `periodCode unitCode ${STATISTICS_SELECTION}`)

  it('the test world has what the figures must handle', () => {
    const year = (d: Date) => new Date(d.getTime() + 7 * 3600_000).getUTCFullYear()
    const steps = all.flatMap((f) => f.steps.map((s) => ({ f, s })))
    expect(all.some((f) => year(f.steps[0]!.at) !== year(f.steps.find((s) => s.k === 'indict')?.at ?? f.steps[0]!.at))).toBe(true)
    for (const k of ['RETURNED_FOR_INVESTIGATION', 'SUSPENDED', 'DROPPED'])
      expect(
        steps.some(({ s }) => s.k === 'decide' && s.to === k),
        k,
      ).toBe(true)
    for (const k of ['RETURNED_TO_PROCURACY', 'SUSPENDED'])
      expect(
        steps.some(({ s }) => s.k === 'courtDecide' && s.to === k),
        k,
      ).toBe(true)
    for (const k of ['REGULAR', 'MODEL_TRIAL', 'MOBILE_TRIAL'])
      expect(
        steps.some(({ s }) => s.k === 'trial' && s.kind === k),
        k,
      ).toBe(true)
    expect(steps.some(({ s }) => s.k === 'appeal' && s.decided)).toBe(true)
    expect(all.some((f) => f.unitCode.startsWith('998')) && all.some((f) => !f.unitCode.startsWith('998'))).toBe(true)
  })

  it.each(SCOPES.map((s) => [s.name, s] as const))('every figure equals the recount: %s', async (_, scope) => {
    const [got] = await statistics([key(scope.periodCode, scope.unitCode)])
    const { periodCode, unitCode, ...figures } = normalise(got)
    expect([periodCode, unitCode]).toEqual([scope.periodCode, scope.unitCode])
    const want = recount(all, scope)
    expect(figures).toEqual(want)
  })

  it('is not empty where the test world has records (the recount is not trivially zero)', () => {
    const y2024 = recount(all, SCOPES[0]!)
    expect(y2024.prosecutionKpiCounts[0]![2]).toBeGreaterThan(5)
    expect(y2024.court.filesTried).toBeGreaterThan(2)
    expect(recount(all, SCOPES[6]!).casesTried).toBeGreaterThan(0) // the pre-reform file tried after the reform, asked by 99808
  })

  it('pins the hand-made boundary file: accepted in June, indicted in July, accepted by the court in Q3, tried in Q4', async () => {
    const edge = edgeFiles('S').slice(0, 1)
    const [q3, m7, q4] = [SCOPES[1]!, SCOPES[2]!, SCOPES[3]!].map((s) => recount(edge, s)) as [R, R, R]
    expect(q3.prosecutionKpiCounts).toEqual([
      ['K4', 1, 1],
      ['K5', 0, 1],
    ])
    expect(m7.procuracy.filesAccepted).toBe(0)
    expect(m7.casesIndicted).toBe(1)
    expect(q4.prosecutionKpiCounts).toEqual([
      ['K4', 0, 0],
      ['K5', 1, 1],
    ])
    expect(q4.court.triedByKind).toEqual([
      ['REGULAR', 0],
      ['MODEL_TRIAL', 0],
      ['MOBILE_TRIAL', 1],
    ])
  })

  it('pins files accepted again: pending again until resolved (returned for investigation, a suspended court file resumed)', () => {
    const [, , , e4, e5] = edgeFiles('S')
    // e5: returned in March 2024, accepted again in May, so open at the start of Q3 and indicted in it
    expect(recount([e5!], SCOPES[1]!).prosecutionKpiCounts).toEqual([
      ['K4', 1, 1],
      ['K5', 0, 0],
    ])
    expect(recount([e5!], SCOPES[0]!).procuracy).toMatchObject({ filesAccepted: 1, filesReturnedForInvestigation: 1, filesIndicted: 1, pendingAtEnd: 0 })
    // e4: the court suspended it in November 2025 (pending at the end of 2025? no: suspended), resumed and tried in 2026
    expect(recount([e4!], SCOPES[8]!).prosecutionKpiCounts).toEqual([
      ['K4', 0, 0],
      ['K5', 1, 1],
    ])
    expect(recount([e4!], SCOPES[5]!).court).toMatchObject({ filesAccepted: 1, filesSuspended: 1, pendingAtEnd: 0 })
    expect(recount([e4!], SCOPES[5]!).prosecutionKpiCounts).toEqual([
      ['K4', 1, 1],
      ['K5', 0, 1],
    ])
  })

  it('sends the same number of statements with many more records, and for several units at once no more than one per unit', async () => {
    expect((await statementsWhile(sg, () => statistics([key('2024', '99')]))).count).toBe(statementsFew)
    expect((await statementsWhile(sg, () => statistics([key('2024', '99'), key('2025', '994')]))).count).toBe(2 * statementsFew)
  })

  it('refuses a bad period code or unit naming the key field', async () => {
    const refusals = [
      { key: key('2024-X9', '99'), field: 'periodCode' },
      { key: key('2024', '00000'), field: 'unitCode' },
    ] as const
    expect(await badKeyProblems(sg, query, refusals)).toEqual([])
  })
})
