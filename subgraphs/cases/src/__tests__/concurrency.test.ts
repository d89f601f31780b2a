// Optimistic concurrency of the kit's write pipeline (kit/src/writes/version.ts), on a real
// subgraph and a real database (SQLite and PostgreSQL): two writers that read the same version, a
// stale version, writers racing with the same version, a replay of the winning write, a dry run,
// and a change sent without a version (protected by the compare-and-swap alone).
import { describe, expect, it } from 'vitest'
import { auditHead, notedSince, problemOf, subgraphUnderTest, TEST_OFFICER, testProviders } from '@lienthong/kit/testing'
import { subgraph } from '../server.ts'
import { caseInput, reportInput, victimInput } from './writeInputs.ts'

const REPORT = 'mutation($input: ReceiveIncomingReportInput!) { receiveIncomingReport(input: $input) { id version } }'
const CLASSIFY = `mutation($id: ID!, $input: ClassifyIncomingReportInput!) {
  classifyIncomingReport(id: $id, input: $input) { id version traffickingRelated classifiedAt }
}`
const STATUS = 'mutation($id: ID!, $input: ChangeIncomingReportStatusInput!) { changeIncomingReportStatus(id: $id, input: $input) { id version status } }'
const OPEN = 'mutation($input: OpenCriminalCaseInput!) { openCriminalCase(input: $input) { id version } }'
const VICTIM = 'mutation($input: RecordVictimInput!) { recordVictim(input: $input) { version person { personRef } } }'
const ADD_VICTIM =
  'mutation($caseId: ID!, $personRef: PersonRef!, $version: Int) { addVictimToCase(caseId: $caseId, personRef: $personRef, version: $version) { id version } }'
const at = (day: string, time = '09:00') => `${day}T${time}:00+07:00`
const errorOf = (r: any) => r.errors?.[0]?.extensions

describe.each(await testProviders())('optimistic concurrency of the write pipeline on %s', (provider) => {
  const sg = subgraphUnderTest(subgraph, provider)
  const classify = (id: string, version: number, classifiedAt: string, traffickingRelated = true) =>
    sg.execute(CLASSIFY, { id, input: { traffickingRelated, classifiedAt, version } })
  const stored = (id: string) => sg.db.incomingReport.findUniqueOrThrow({ where: { id } })

  it('answers the second of two writers that read version 1 with CONFLICT naming version 2: nothing of it written or audited', async () => {
    const { id, version } = await sg.mutate(REPORT, reportInput('TG-VER-0001'))
    expect(version).toBe(1)
    const first: any = await classify(id, 1, at('2024-03-03'))
    expect(first.errors).toBeUndefined()
    expect(first.data.classifyIncomingReport).toMatchObject({ version: 2, traffickingRelated: true })
    const mark = await auditHead(sg.db)
    const second: any = await classify(id, 1, at('2024-03-05'), false)
    expect(errorOf(second)).toEqual({ code: 'CONFLICT', field: 'input.version', currentVersion: 2 })
    expect(second.errors[0].message).toMatch(/ \/ The record changed since you read it/)
    expect(await stored(id)).toMatchObject({ version: 2, traffickingRelated: true, classifiedAt: new Date(at('2024-03-03')) })
    expect(await notedSince(sg.db, mark)).toEqual([])
  })

  it('refuses a stale version with CONFLICT even where the change would now be an illegal transition', async () => {
    const { id } = await sg.mutate(REPORT, reportInput('TG-VER-0002'))
    expect((await classify(id, 1, at('2024-03-03'))).errors).toBeUndefined()
    expect((await sg.execute(STATUS, { id, input: { status: 'VERIFYING', at: at('2024-03-04'), version: 2 } })).errors).toBeUndefined()
    // read at version 2, before the verification began: RECEIVED → VERIFYING again
    const stale: any = await sg.execute(STATUS, { id, input: { status: 'NO_CASE_OPENED', at: at('2024-03-06'), version: 2 } })
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', field: 'input.version', currentVersion: 3 })
    const ahead: any = await classify(id, 9, at('2024-03-07'))
    expect(errorOf(ahead)).toMatchObject({ code: 'CONFLICT', currentVersion: 3 })
    expect(await stored(id)).toMatchObject({ version: 3, status: 'VERIFYING' })
  })

  it('lets exactly one of writers racing with the same version through; the others get CONFLICT; a replay of the winner is a replay', async () => {
    const { id } = await sg.mutate(REPORT, reportInput('TG-VER-0003'))
    const mark = await auditHead(sg.db)
    const days = ['2024-03-03', '2024-03-04', '2024-03-05', '2024-03-06', '2024-03-07', '2024-03-08']
    const results: any[] = await Promise.all(days.map((day) => classify(id, 1, at(day))))
    const won = results.flatMap((r, i) => (r.errors ? [] : [i]))
    expect(won).toHaveLength(1)
    for (const r of results.filter((x) => x.errors)) expect(errorOf(r)).toEqual({ code: 'CONFLICT', field: 'input.version', currentVersion: 2 })
    const winner = days[won[0]!]!
    expect(await stored(id)).toMatchObject({ version: 2, classifiedAt: new Date(at(winner)) })
    expect((await notedSince(sg.db, mark)).map((n) => n.operation)).toEqual(['write classifyIncomingReport'])
    // the winner sends its write again (its answer was lost): a replay, not a conflict, nothing written
    const replay: any = await classify(id, 1, at(winner))
    expect(replay.errors).toBeUndefined()
    expect(replay.data.classifyIncomingReport).toMatchObject({ version: 2, classifiedAt: new Date(at(winner)).toISOString() })
    expect((await notedSince(sg.db, mark)).length).toBe(1)
  })

  it('runs a dry run through the same check and rolls the version back', async () => {
    const { id } = await sg.mutate(REPORT, reportInput('TG-VER-0004'))
    const dry = { ...TEST_OFFICER, dryRun: true as const }
    const ok: any = await sg.execute(CLASSIFY, { id, input: { traffickingRelated: true, classifiedAt: at('2024-03-03'), version: 1 } }, dry)
    expect(ok.data.classifyIncomingReport).toMatchObject({ version: 2 })
    const stale: any = await sg.execute(CLASSIFY, { id, input: { traffickingRelated: true, classifiedAt: at('2024-03-03'), version: 5 } }, dry)
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', currentVersion: 1 })
    expect(await stored(id)).toMatchObject({ version: 1, traffickingRelated: null })
  })

  it('protects a change sent without a version by the compare-and-swap alone; one sent with a stale one is refused', async () => {
    const { id: reportId } = await sg.mutate(REPORT, reportInput('TG-VER-0005'))
    const { id: caseId } = await sg.mutate(OPEN, caseInput('CA-VER-0005'))
    const personRefs: string[] = []
    for (const n of [1, 2, 3]) {
      const v = await sg.mutate(VICTIM, victimInput(`NN-VER-000${n}`, { personRef: String(n).repeat(64) }))
      personRefs.push(v.person.personRef)
    }
    const added: any[] = await Promise.all(personRefs.map((personRef) => sg.execute(ADD_VICTIM, { caseId, personRef })))
    for (const r of added) expect(r.errors).toBeUndefined()
    expect((await sg.db.criminalCase.findUniqueOrThrow({ where: { id: caseId } })).version).toBe(4)
    expect(await sg.db.caseVictim.count({ where: { caseId } })).toBe(3)
    const stale: any = await sg.execute(ADD_VICTIM, { caseId, personRef: personRefs[0], version: 1 })
    // already linked: the change is on record, a replay whatever the version
    expect(stale.errors).toBeUndefined()
    // a change of an existing record without the version read is refused before it runs
    const unversioned = await sg.execute(CLASSIFY, { id: reportId, input: { traffickingRelated: true, classifiedAt: at('2024-03-03') } })
    expect(problemOf(unversioned).code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/)
  }, 120_000)
})
