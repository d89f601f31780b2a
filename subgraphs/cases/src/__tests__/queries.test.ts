// The seeded police data through the subgraph's queries: volumes and links to the shared demo
// world, filters by period, unit (across the 2025 reform), status, channel and form, and
// batching of the new entity and relations.
import { describe, expect, it } from 'vitest'
import { DEV_NETWORK_KEY, DEV_PII_KEY, FieldCipher, demoWorld } from '@lienthong/kit'
import { connectionPages, externalRefFilterProblems, seededSubgraphForBlock, testCaller, testProviders } from '@lienthong/kit/testing'
import { adminUnits } from '@lienthong/schema'
import { subgraph } from '../server.ts'

const world = demoWorld(DEV_NETWORK_KEY)
const HOUR = 3600_000
/** Vietnam-time year bounds, written out here independently of the schema package. */
const year = (y: number) => [Date.UTC(y - 1, 11, 31, 17), Date.UTC(y, 11, 31, 17)] as const
/** A pre-reform district with its communes and the post-reform communes formed only from them, from the register's parent links. */
function unitsUnderDistrict(district: string): Set<string> {
  const units = adminUnits()
  const inDistrict = (code: string) => units.get(code)?.parent === district
  return new Set([
    district,
    ...units
      .all()
      .filter((u) => inDistrict(u.code) || (u.predecessors?.length && u.predecessors.every(inDistrict)))
      .map((u) => u.code),
  ])
}

describe.each(await testProviders())('police queries on seeded %s', (provider) => {
  const sg = seededSubgraphForBlock(subgraph, provider)

  const total = async (query: string, variables?: Record<string, unknown>) => {
    const r: any = await sg.execute(query, variables)
    expect(r.errors).toBeUndefined()
    return Object.values<any>(r.data)[0].totalCount as number
  }

  it('seeds hundreds of reports, every demo case with its reports, suspects and victims', async () => {
    const reports = await sg.db.incomingReport.findMany()
    expect(reports.length).toBeGreaterThan(300)
    const related = reports.filter((r) => r.traffickingRelated === true)
    expect(reports.filter((r) => r.caseId == null).length).toBeGreaterThan(reports.length / 2)
    expect(reports.some((r) => r.traffickingRelated === false)).toBe(true)
    expect(related.length).toBeLessThan(reports.length)
    for (const c of world.cases) expect(reports.some((r) => r.caseId === c.id && r.receivedAt <= c.openedAt)).toBe(true)
    const perYear = new Map<number, number>()
    for (const c of world.cases) {
      const year = new Date(c.openedAt.getTime() + 7 * HOUR).getUTCFullYear()
      perYear.set(year, (perYear.get(year) ?? 0) + 1)
    }
    for (const n of perYear.values()) expect(n).toBeGreaterThanOrEqual(12)
    const suspects = await sg.db.suspect.findMany()
    expect(suspects.map((s) => `${s.caseId}:${s.personRef}`).sort()).toEqual(world.cases.flatMap((c) => c.suspectRefs.map((p) => `${c.id}:${p}`)).sort())
    const victims = await sg.db.victim.findMany()
    expect(victims.map((v) => v.personRef).sort()).toEqual([...new Set(world.cases.flatMap((c) => c.victimRefs))].sort())
    const consent = new Map(world.persons.map((p) => [p.personRef, [p.consentToCount, p.consentToShare]]))
    for (const v of victims) expect([v.consentToCount, v.consentToShare]).toEqual(consent.get(v.personRef))
    const cipher = new FieldCipher(DEV_PII_KEY)
    expect(cipher.decrypt(victims[0]!.fullNameSealed!)).toMatch(/^Nạn nhân Mẫu \d{3}$/)
    expect(victims.every((v) => v.nationalIdSealed == null)).toBe(true)
    expect(await sg.db.rescueOperation.count()).toBeGreaterThan(10)
  })

  it('keeps the hotline reports forwarded by Social Affairs under the shared ids', async () => {
    const r: any = await sg.execute(
      '{ incomingReports(first: 100, filter: { channel: HOTLINE_TRANSFER }) { totalCount edges { node { id externalRef receivedAt unitCode criminalCase { id } } } } }',
    )
    expect(r.errors).toBeUndefined()
    const got = r.data.incomingReports.edges.map((e: any) => e.node).sort((a: any, b: any) => a.id.localeCompare(b.id))
    const want = world.hotlineReports.map((h) => ({
      id: h.reportId,
      externalRef: h.externalRef,
      receivedAt: h.receivedAt.toISOString(),
      unitCode: h.unitCode,
      criminalCase: h.caseId ? { id: h.caseId } : null,
    }))
    expect(got).toEqual(want.sort((a, b) => a.id.localeCompare(b.id)))
  })

  it('filters reports by period, unit across the reform, status and classification', async () => {
    const rows = await sg.db.incomingReport.findMany()
    const [from, to] = year(2023)
    expect(await total('{ incomingReports(filter: { period: { kind: YEAR, year: 2023 } }) { totalCount } }')).toBe(
      rows.filter((r) => r.receivedAt.getTime() >= from && r.receivedAt.getTime() < to).length,
    )
    const district = adminUnits().get('99101')!.parent!
    const under = unitsUnderDistrict(district)
    expect(await total('query($u: AdminUnitCode) { incomingReports(filter: { unitCode: $u }) { totalCount } }', { u: district })).toBe(
      rows.filter((r) => under.has(r.unitCode)).length,
    )
    expect(await total('{ incomingReports(filter: { status: NO_CASE_OPENED, traffickingRelated: false }) { totalCount } }')).toBe(
      rows.filter((r) => r.status === 'NO_CASE_OPENED' && r.traffickingRelated === false).length,
    )
  })

  it('filters cases by form, status, period and peak campaign', async () => {
    expect(await total('{ criminalCases(filter: { form: FORCED_MARRIAGE }) { totalCount } }')).toBe(
      world.cases.filter((c) => c.forms.includes('FORCED_MARRIAGE')).length,
    )
    const filed = new Set(world.procuracyFiles.map((f) => f.caseId))
    expect(await total('{ criminalCases(filter: { status: TRANSFERRED_FOR_PROSECUTION }) { totalCount } }')).toBe(filed.size)
    const peak = world.cases.filter((c) => c.openedAt.getTime() >= Date.UTC(2024, 5, 30, 17) && c.openedAt.getTime() < Date.UTC(2024, 8, 30, 17))
    expect(await total('{ criminalCases(filter: { period: { kind: CUSTOM, from: "2024-07-01", to: "2024-09-30" } }) { totalCount } }')).toBe(peak.length)
    const r: any = await sg.execute('{ peakCampaigns { id externalRef startsOn endsOn unitCodes criminalCases { id } } }')
    expect(r.data.peakCampaigns).toHaveLength(1)
    expect(r.data.peakCampaigns[0]).toMatchObject({ externalRef: 'CD-2024-CAO-DIEM', startsOn: '2024-07-01', endsOn: '2024-09-30', unitCodes: ['99'] })
    expect(r.data.peakCampaigns[0].criminalCases.map((c: any) => c.id).sort()).toEqual(peak.map((c) => c.id).sort())
    expect(await total('query($p: ID) { criminalCases(filter: { peakCampaignId: $p }) { totalCount } }', { p: r.data.peakCampaigns[0].id })).toBe(peak.length)
  })

  it('pages through victim records (no personal fields) and filters them and the suspects', async () => {
    const { pages } = await connectionPages(sg, 'policeVictims', 7, 'node { person { personRef } }')
    const seen: string[] = pages.flat().map((e) => e.node.person.personRef)
    const victimRefs = [...new Set(world.cases.flatMap((c) => c.victimRefs))]
    expect(seen.sort()).toEqual(victimRefs.sort())
    const consent = new Map(world.persons.map((p) => [p.personRef, p.consentToCount]))
    expect(await total('{ policeVictims(filter: { consentToCount: REFUSED }) { totalCount } }')).toBe(
      victimRefs.filter((v) => consent.get(v) === 'REFUSED').length,
    )
    const rows = await sg.db.victim.findMany({ include: { forms: true } })
    expect(await total('{ policeVictims(filter: { rescued: true, form: SEXUAL_EXPLOITATION }) { totalCount } }')).toBe(
      rows.filter((v) => v.rescueOperationId != null && v.forms.some((f) => f.form === 'SEXUAL_EXPLOITATION')).length,
    )
    const under = unitsUnderDistrict('991')
    const inDistrict = new Set(world.cases.filter((c) => under.has(c.unitCode)).flatMap((c) => c.victimRefs))
    expect(inDistrict.size).toBeGreaterThan(0)
    expect(await total('{ policeVictims(filter: { unitCode: "991" }) { totalCount } }')).toBe(inDistrict.size)
    const suspects = await sg.db.suspect.findMany()
    const wanted = (await sg.execute(
      '{ caseSuspects(first: 200, filter: { wanted: true }) { totalCount edges { node { wanted arrestStatus person { personRef } } } } }',
    )) as any
    expect(wanted.data.caseSuspects.totalCount).toBe(suspects.filter((x) => x.wanted).length)
    expect(wanted.data.caseSuspects.totalCount).toBeGreaterThan(0)
    for (const { node } of wanted.data.caseSuspects.edges) expect(node).toMatchObject({ wanted: true, arrestStatus: 'AT_LARGE' })
  })

  it('refuses a bad filter with BAD_USER_INPUT naming the field', async () => {
    const month: any = await sg.execute('{ criminalCases(filter: { period: { kind: MONTH, year: 2024 } }) { totalCount } }')
    expect(month.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.period.index' })
    const unit: any = await sg.execute('{ incomingReports(filter: { unitCode: "12345" }) { totalCount } }')
    expect(unit.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.unitCode' })
  })

  it('resolves the agencies own references to records (bulk imports): exactly those asked, at most 100, one statement, with the other filters and the access rules', async () => {
    const refused = [testCaller('police', 'analyst'), testCaller('steering_committee', 'integrator'), testCaller('police', 'auditor')]
    const lists = [
      { field: 'criminalCases', filterType: 'CriminalCaseFilter', narrowing: { form: 'FORCED_MARRIAGE' } },
      { field: 'incomingReports', filterType: 'IncomingReportFilter', narrowing: { channel: 'HOTLINE_TRANSFER' } },
      { field: 'rescueOperations', filterType: 'RescueOperationFilter', narrowing: { unitCode: '991' } },
    ]
    for (const list of lists) expect(await externalRefFilterProblems(sg, { ...list, refused })).toEqual([])
  })

  it('resolves IncomingReport entities by key and batches reports, status histories, suspects and rescues: same SQL count for 1 and 50', async () => {
    const linked = await sg.db.incomingReport.findMany({ where: { caseId: { not: null } }, orderBy: { externalRef: 'asc' } })
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on IncomingReport { id externalRef statusHistory { toStatus } criminalCase {
      externalRef statusHistory { toStatus effectiveAt } reports { id } suspects { role person { sex suspectIn { externalRef } } } rescueOperations { victims { policeVictim { forms rescued } } } peakCampaign { name } } } } }`
    const run = async (n: number) => {
      sg.statements.reset()
      const r: any = await sg.execute(query, { reps: linked.slice(0, n).map((x) => ({ __typename: 'IncomingReport', id: x.id })) })
      expect(r.errors).toBeUndefined()
      expect(r.data._entities.map((e: any) => e.externalRef)).toEqual(linked.slice(0, n).map((x) => x.externalRef))
      return sg.statements.count
    }
    // the single report's case has suspects, a rescue with rescued victims and a campaign, so
    // both runs take every round once: only the row counts differ
    const rescuedCases = new Set((await sg.db.rescueOperation.findMany({ where: { victims: { some: {} } } })).map((op) => op.caseId))
    const inPeak = new Set((await sg.db.criminalCase.findMany({ where: { peakCampaignId: { not: null }, suspects: { some: {} } } })).map((c) => c.id))
    const full = linked.findIndex((x) => rescuedCases.has(x.caseId) && inPeak.has(x.caseId!))
    expect(full).toBeGreaterThanOrEqual(0)
    linked.unshift(...linked.splice(full, 1))
    const one = await run(1)
    const many = await run(50)
    expect(one).toBeGreaterThan(0)
    expect(many).toBe(one)
    const missing: any = await sg.execute('query($reps: [_Any!]!) { _entities(representations: $reps) { ... on IncomingReport { id } } }', {
      reps: [{ __typename: 'IncomingReport', id: 'nope' }],
    })
    expect(missing.data._entities).toEqual([null])
  })
})
