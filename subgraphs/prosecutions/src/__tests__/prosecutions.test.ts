// The prosecutions subgraph in process on SQLite and PostgreSQL: entities by key, batching by
// SQL count, the seed against the demo world, filters and pagination.
import { describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY, demoWorld } from '@lienthong/kit'
import { connectionPages, externalRefFilterProblems, seededSubgraphForBlock, testCaller, testProviders, withoutErrors } from '@lienthong/kit/testing'
import { adminUnits } from '@lienthong/schema'
import { subgraph } from '../server.ts'

const { procuracyFiles, cases } = demoWorld(DEV_NETWORK_KEY)
/** Midnight in Vietnam (UTC+7) of a calendar day, written out independently of the schema package. */
const vn = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3600_000)

describe.each(await testProviders())('prosecutions subgraph on %s', (provider) => {
  const sg = seededSubgraphForBlock(subgraph, provider)

  it('extends CriminalCase with its procuracy file (null for a case the procuracy never received)', async () => {
    const filed = procuracyFiles.find((f) => f.indictedAt)!
    const c = cases.find((x) => x.id === filed.caseId)!
    const unfiled = cases.find((x) => !procuracyFiles.some((f) => f.caseId === x.id))!
    const r: any = await sg.execute(
      `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on CriminalCase { id procuracyFile { externalRef acceptedAt office criminalCase { id } defendants { personRef person { personRef } }
        indictments { indictedAt charges { article clause defendant { personRef } } } statusHistory { fromStatus toStatus decisionRef } } } } }`,
      {
        reps: [
          { __typename: 'CriminalCase', id: filed.caseId },
          { __typename: 'CriminalCase', id: unfiled.id },
        ],
      },
    )
    expect(r.errors).toBeUndefined()
    const [a, b] = r.data._entities
    expect(a.procuracyFile.externalRef).toBe(filed.externalRef)
    expect(a.procuracyFile.office).toBe('PROCURACY')
    expect(a.procuracyFile.criminalCase.id).toBe(filed.caseId)
    expect(new Date(a.procuracyFile.acceptedAt).getTime()).toBe(filed.acceptedAt.getTime())
    expect(a.procuracyFile.defendants.map((d: any) => d.person.personRef)).toEqual([...c.suspectRefs].sort())
    expect(new Date(a.procuracyFile.indictments[0].indictedAt).getTime()).toBe(filed.indictedAt!.getTime())
    for (const ch of a.procuracyFile.indictments[0].charges) expect(ch.article).toBe(c.codeArticle)
    expect(a.procuracyFile.statusHistory[0]).toEqual({ fromStatus: null, toStatus: 'ACCEPTED', decisionRef: filed.externalRef })
    expect(b).toEqual({ id: unfiled.id, procuracyFile: null })
  })

  it('resolves every keyed type by key (_entities) and batches: the same SQL count for 1 and for 30 files', async () => {
    // lead with a file that went all the way to appeal, so one file takes the same rounds as thirty
    const appealed = await sg.db.appeal.findFirstOrThrow({ include: { verdict: { include: { defendant: true } } } })
    const files = [
      procuracyFiles.find((f) => f.id === appealed.verdict.defendant.fileId)!,
      ...procuracyFiles.filter((f) => f.id !== appealed.verdict.defendant.fileId),
    ]
    const run = async (n: number) => {
      sg.statements.reset()
      const r: any = await sg.execute(
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ProcuracyFile { id externalRef
        defendants { personRef charges { article } verdicts { outcome appeals { status } } }
        indictment { externalRef charges { clause defendant { id } } courtFile { externalRef statusHistory { toStatus } verdicts { outcome defendant { personRef } } } }
        statusHistory { toStatus } } } }`,
        { reps: files.slice(0, n).map((f) => ({ __typename: 'ProcuracyFile', id: f.id })) },
      )
      expect(r.errors).toBeUndefined()
      expect(r.data._entities.map((f: any) => f.externalRef)).toEqual(files.slice(0, n).map((f) => f.externalRef))
      return sg.statements.count
    }
    expect(await run(30)).toBe(await run(1))

    const some: any = await sg.execute('{ verdicts(first: 3) { edges { node { id defendant { id } courtFile { id indictment { id } } } } } }')
    const v = some.data.verdicts.edges[0].node
    const keyed: any = await sg.execute(
      `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Verdict { id outcome } ... on Defendant { id personRef } ... on CourtFile { id externalRef } ... on Indictment { id externalRef } } }`,
      {
        reps: [
          { __typename: 'Verdict', id: v.id },
          { __typename: 'Defendant', id: v.defendant.id },
          { __typename: 'CourtFile', id: v.courtFile.id },
          { __typename: 'Indictment', id: v.courtFile.indictment.id },
          { __typename: 'CourtFile', id: 'no-such-file' },
        ],
      },
    )
    expect(keyed.errors).toBeUndefined()
    expect(keyed.data._entities.map((e: any) => e?.id ?? null)).toEqual([v.id, v.defendant.id, v.courtFile.id, v.courtFile.indictment.id, null])
  })

  it('seeds a chain consistent with the demo world: dates in order, histories ending in the current status', async () => {
    const files = await sg.db.procuracyFile.findMany({
      include: {
        changes: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
        indictments: {
          include: { courtFile: { include: { changes: { orderBy: [{ at: 'asc' }, { id: 'asc' }] }, verdicts: { include: { appeals: true } } } } },
        },
      },
    })
    expect(files.map((f) => f.externalRef).sort()).toEqual(procuracyFiles.map((f) => f.externalRef).sort())
    let crossQuarter = 0
    for (const f of files) {
      const c = cases.find((x) => x.id === f.caseId)!
      expect(f.acceptedAt.getTime()).toBeGreaterThan(c.openedAt.getTime())
      expect(adminUnits().isValidOn(f.unitCode, f.acceptedAt)).toBe(true)
      expect(f.changes.at(-1)!.toStatus).toBe(f.status)
      expect(f.changes.at(-1)!.at.getTime()).toBe(f.statusSince.getTime())
      f.changes.slice(1).forEach((ch, i) => void expect(ch.fromStatus).toBe(f.changes[i]!.toStatus))
      for (const ind of f.indictments) {
        const cf = ind.courtFile
        if (!cf) continue
        expect(cf.acceptedAt.getTime()).toBeGreaterThan(ind.indictedAt.getTime())
        if (
          Math.floor(new Date(cf.acceptedAt.getTime() + 7 * 3600_000).getUTCMonth() / 3) !==
          Math.floor(new Date(ind.indictedAt.getTime() + 7 * 3600_000).getUTCMonth() / 3)
        )
          crossQuarter++
        expect(cf.changes.at(-1)!.toStatus).toBe(cf.status)
        if (cf.status === 'TRIED_FIRST_INSTANCE') {
          expect(cf.triedAt!.getTime()).toBeGreaterThan(cf.acceptedAt.getTime())
          expect(cf.verdicts.length).toBeGreaterThan(0)
          if (cf.trialKind === 'MOBILE_TRIAL') expect(adminUnits().isValidOn(cf.venueUnitCode!, cf.triedAt!)).toBe(true)
          for (const v of cf.verdicts) {
            expect(v.decidedAt.getTime()).toBe(cf.triedAt!.getTime())
            for (const a of v.appeals) expect(a.filedAt.getTime()).toBeGreaterThan(v.decidedAt.getTime())
          }
        } else expect(cf.verdicts).toEqual([])
      }
    }
    const indicted = files.filter((f) => f.indictments.length > 0)
    const tried = indicted.filter((f) => f.indictments.some((i) => i.courtFile?.status === 'TRIED_FIRST_INSTANCE'))
    expect(indicted.length / files.length).toBeGreaterThan(0.8)
    expect(tried.length / indicted.length).toBeGreaterThan(0.75)
    expect(crossQuarter).toBeGreaterThan(5)
    const verdicts = files.flatMap((f) => f.indictments.flatMap((i) => i.courtFile?.verdicts ?? []))
    expect(verdicts.filter((v) => v.outcome === 'ACQUITTED').length).toBeGreaterThan(0)
    expect(verdicts.filter((v) => v.outcome === 'CONVICTED').length / verdicts.length).toBeGreaterThan(0.85)
    expect(verdicts.some((v) => v.appeals.length > 0)).toBe(true)
    expect(new Set(files.map((f) => f.status))).toContain('RETURNED_FOR_INVESTIGATION')
  })

  it('filters procuracy files by period, unit (across the 2025 reform) and status', async () => {
    const q3 = [vn(2023, 7, 1), vn(2023, 10, 1)]
    const expected = procuracyFiles
      .filter((f) => f.acceptedAt >= q3[0]! && f.acceptedAt < q3[1]!)
      .map((f) => f.externalRef)
      .sort()
    const r: any = await sg.execute(
      '{ procuracyFiles(first: 200, filter: { acceptedIn: { kind: QUARTER, year: 2023, index: 3 } }) { totalCount edges { node { externalRef } } } }',
    )
    expect(r.errors).toBeUndefined()
    expect(r.data.procuracyFiles.totalCount).toBe(expected.length)
    expect(r.data.procuracyFiles.edges.map((e: any) => e.node.externalRef).sort()).toEqual(expected)
    // a pre-reform district: the files of cases in its communes, whenever accepted
    const district = '991'
    const inDistrict = (code: string) => {
      const u = adminUnits().get(code)!
      const before = u.predecessors ?? []
      return u.parent === district || (before.length > 0 && before.every((p) => adminUnits().get(p)!.parent === district))
    }
    const byUnit = procuracyFiles
      .filter((f) => inDistrict(cases.find((c) => c.id === f.caseId)!.unitCode))
      .map((f) => f.externalRef)
      .sort()
    const u: any = await sg.execute(`{ procuracyFiles(first: 200, filter: { unitCode: "${district}" }) { totalCount edges { node { externalRef } } } }`)
    expect(u.data.procuracyFiles.edges.map((e: any) => e.node.externalRef).sort()).toEqual(byUnit)
    expect(byUnit.length).toBeGreaterThan(0)
    const s: any = await sg.execute('{ procuracyFiles(first: 200, filter: { status: RETURNED_FOR_INVESTIGATION }) { totalCount edges { node { status } } } }')
    expect(s.data.procuracyFiles.totalCount).toBe(await sg.db.procuracyFile.count({ where: { status: 'RETURNED_FOR_INVESTIGATION' } }))
    expect(new Set(s.data.procuracyFiles.edges.map((e: any) => e.node.status))).toEqual(new Set(['RETURNED_FOR_INVESTIGATION']))
  })

  it('finds indictments by period and a person’s defendant records by reference', async () => {
    const h1 = [vn(2022, 1, 1), vn(2022, 7, 1)]
    // the latest indictment of each file: for the world's files, the first one unless the court returned it
    const files = await sg.db.procuracyFile.findMany({ where: { indictedAt: { not: null } } })
    const expected = files
      .filter((f) => f.indictedAt! >= h1[0]! && f.indictedAt! < h1[1]!)
      .map((f) => f.externalRef)
      .sort()
    const r: any = await sg.execute(
      '{ procuracyFiles(first: 200, filter: { indictedIn: { kind: HALF_YEAR, year: 2022, index: 1 } }) { edges { node { externalRef indictedAt } } } }',
    )
    expect(r.data.procuracyFiles.edges.map((e: any) => e.node.externalRef).sort()).toEqual(expected)
    expect(expected.length).toBeGreaterThan(0)
    const suspect = cases.find((c) => procuracyFiles.some((f) => f.caseId === c.id))!.suspectRefs[0]!
    const inFiles = procuracyFiles
      .filter((f) => cases.find((c) => c.id === f.caseId)!.suspectRefs.includes(suspect))
      .map((f) => f.externalRef)
      .sort()
    const d: any = await sg.execute('query($p: PersonRef!) { defendantsOf(personRef: $p) { personRef procuracyFile { externalRef } } }', { p: suspect })
    expect(d.data.defendantsOf.map((x: any) => x.procuracyFile.externalRef).sort()).toEqual(inFiles)
    const bad: any = await sg.execute('query($p: PersonRef!) { defendantsOf(personRef: $p) { id } }', { p: 'not-a-ref' })
    expect(bad.errors[0].extensions.code).toBe('BAD_USER_INPUT')
  })

  it('lists every indictment once, latest first, by period, unit and procuracy file', async () => {
    const all = await sg.db.indictment.findMany({ include: { file: true }, orderBy: [{ indictedAt: 'desc' }, { id: 'desc' }] })
    const { pages, totalCount } = await connectionPages(sg, 'indictments', 9, 'node { id externalRef procuracyFile { id } }')
    expect(pages.flat().map((e) => e.node.externalRef)).toEqual(all.map((i) => i.externalRef))
    expect([totalCount, pages.flat()[0].node.procuracyFile.id]).toEqual([all.length, all[0]!.fileId])
    const q = 'query($f: IndictmentFilter) { indictments(first: 200, filter: $f) { totalCount edges { node { externalRef } } } }'
    const refsOf = async (f: object) =>
      (withoutErrors(await sg.execute(q, { f }), 'indictments').data.indictments.edges as any[]).map((e) => e.node.externalRef)
    const h1 = all.filter((i) => i.indictedAt >= vn(2022, 1, 1) && i.indictedAt < vn(2022, 7, 1))
    expect(await refsOf({ indictedIn: { kind: 'HALF_YEAR', year: 2022, index: 1 } })).toEqual(h1.map((i) => i.externalRef))
    expect(h1.length).toBeGreaterThan(0)
    const unit = all[0]!.file.unitCode
    const under = new Set(adminUnits().unitsUnder(unit))
    expect(await refsOf({ unitCode: unit })).toEqual(all.filter((i) => under.has(i.file.unitCode)).map((i) => i.externalRef))
    expect(await refsOf({ procuracyFileId: all[0]!.fileId })).toEqual(all.filter((i) => i.fileId === all[0]!.fileId).map((i) => i.externalRef))
  })

  it('resolves the offices own references to records (bulk imports): exactly those asked, at most 100, one statement, with the other filters and the access rules', async () => {
    const refused = [testCaller('procuracy', 'analyst'), testCaller('court', 'integrator'), testCaller('procuracy', 'auditor')]
    const newest = withoutErrors(await sg.execute('{ indictments(first: 1) { edges { node { procuracyFile { id } } } } }'), 'indictments').data
    const lists = [
      { field: 'procuracyFiles', filterType: 'ProcuracyFileFilter', narrowing: { status: 'INDICTED' } },
      { field: 'indictments', filterType: 'IndictmentFilter', narrowing: { procuracyFileId: newest.indictments.edges[0].node.procuracyFile.id } },
      { field: 'courtFiles', filterType: 'CourtFileFilter', narrowing: { status: 'TRIED_FIRST_INSTANCE' } },
    ]
    for (const list of lists) expect(await externalRefFilterProblems(sg, { ...list, refused })).toEqual([])
  })

  it('pages through every court file once and filters them by trial year and kind', async () => {
    const { pages } = await connectionPages(sg, 'courtFiles', 9, 'node { externalRef acceptedAt }')
    const seen: string[] = pages.flat().map((e) => e.node.externalRef)
    const all = await sg.db.courtFile.findMany()
    expect(seen.sort()).toEqual(all.map((f) => f.externalRef).sort())
    const y2024 = all.filter((f) => f.triedAt && f.triedAt >= vn(2024, 1, 1) && f.triedAt < vn(2025, 1, 1) && f.trialKind === 'MODEL_TRIAL')
    const r: any = await sg.execute(
      '{ courtFiles(first: 200, filter: { triedIn: { kind: YEAR, year: 2024 }, trialKind: MODEL_TRIAL }) { totalCount edges { node { externalRef trial { kind } } } } }',
    )
    expect(r.data.courtFiles.totalCount).toBe(y2024.length)
    expect(r.data.courtFiles.edges.map((e: any) => e.node.externalRef).sort()).toEqual(y2024.map((f) => f.externalRef).sort())
    const acquitted: any = await sg.execute(
      '{ verdicts(first: 200, filter: { outcome: ACQUITTED }) { totalCount edges { node { outcome sentenceMonths article } } } }',
    )
    expect(acquitted.data.verdicts.totalCount).toBe(await sg.db.verdict.count({ where: { outcome: 'ACQUITTED' } }))
    for (const e of acquitted.data.verdicts.edges) expect(e.node).toEqual({ outcome: 'ACQUITTED', sentenceMonths: null, article: null })
  })

  it('refuses bad filters and page sizes with BAD_USER_INPUT naming the field', async () => {
    const bad: any = await sg.execute('{ procuracyFiles(first: 0) { totalCount } }')
    expect(bad.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' })
    const period: any = await sg.execute('{ courtFiles(filter: { triedIn: { kind: QUARTER, year: 2024, index: 5 } }) { totalCount } }')
    expect(period.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.triedIn.index' })
    const unit: any = await sg.execute('{ verdicts(filter: { unitCode: "12345" }) { totalCount } }')
    expect(unit.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.unitCode' })
    const article: any = await sg.execute('{ verdicts(filter: { article: 119 }) { totalCount } }')
    expect(article.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.article' })
  })
})
