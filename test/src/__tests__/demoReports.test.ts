// The demo data includes the agencies' periodic reports (kit: reporting/demoReports.ts), so the
// committee's compliance view is not empty on a fresh start: every agency's monthly reports of
// January–June 2025, on time or late, March revised once, with figures frozen from the demo data.
import { describe, expect, it } from 'vitest'
import { testProviders } from '@lienthong/kit/testing'
import { DEV_NETWORK_KEY } from '@lienthong/kit'
import { subgraph as cases } from '@lienthong/cases'
import { useNetwork } from '../sharedNetwork.ts'

const AGENCIES = ['police', 'procuracy', 'court', 'socialAffairs', 'borderGuard'] as const
const COMPLIANCE = `{ reportingCompliance(year: 2025, kind: MONTH) { ${AGENCIES.map((a) => `${a} { expected submitted onTime periods { periodCode status revisions { revision submittedBy changes { path } } } }`).join(' ')} } }`

describe.each(await testProviders())('demo periodic reports on %s', (provider) => {
  const { net } = useNetwork(provider)

  it("shows every agency on time, late, revised and missing in the committee's compliance view after a fresh seed", async () => {
    const { body } = await net.query(COMPLIANCE)
    expect(body.errors).toBeUndefined()
    for (const agency of AGENCIES) {
      const y = body.data.reportingCompliance[agency]
      expect(y.periods.map((p: any) => p.status)).toEqual(['ON_TIME', 'LATE', 'ON_TIME', 'ON_TIME', 'LATE', 'ON_TIME', ...Array(6).fill('MISSING')])
      expect(y).toMatchObject({ expected: 12, submitted: 6, onTime: 4 })
      expect(y.periods.map((p: any) => p.revisions.length)).toEqual([1, 1, 2, 1, 1, 1, 0, 0, 0, 0, 0, 0])
      expect(y.periods[2].revisions[1].changes).toHaveLength(1) // March: the corrected figure
    }
  })

  it('freezes the figures the agencies serve: the corrected March report is the live police section', async () => {
    const { body } = await net.query(`{ provincialStatistics(period: { kind: MONTH, year: 2025, index: 3 }) {
      police { reportsReceived casesOpened } policeReporting { status revisions { revision figures } } } }`)
    expect(body.errors).toBeUndefined()
    const s = body.data.provincialStatistics
    const [first, corrected] = s.policeReporting.revisions.map((r: any) => JSON.parse(r.figures))
    expect(corrected).toMatchObject(s.police)
    expect(first.reportsReceived).toBe(s.police.reportsReceived + 1)
  })

  it('is seeded once: seeding again writes no report', async () => {
    const db = cases.createPrisma(net.databases.cases)
    try {
      expect(((await cases.seedDemo!(db, DEV_NETWORK_KEY)) as { periodicReports: number }).periodicReports).toBe(0)
    } finally {
      await db.$disconnect()
    }
    const { body } = await net.query(COMPLIANCE)
    expect(body.data.reportingCompliance.police.periods.map((p: any) => p.revisions.length)).toEqual([1, 1, 2, 1, 1, 1, 0, 0, 0, 0, 0, 0])
  })
})
