// Several replicas of the whole network on PostgreSQL (NET-9): two gateways and two replicas of
// each subgraph on the same four databases, each subgraph's replicas behind a round-robin balancer
// that both gateways call, both gateways counting the per-token rate limit in one Redis. The
// cross-service path (reports, cases, suspects, a rescue, victims, Social Affairs' reception,
// a border incident, the procuracy's file and indictment, the court's trial) is written through
// both gateways in turn and read back through each; the provincial statistics are the same through
// both; each subgraph's audit chain verifies, gap-free; the rate limit counted every operation of
// the police caller through either gateway under one key.
import { randomUUID } from 'node:crypto'
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditStoreOf, fromRow, verifyAuditStore } from '@lienthong/kit'
import { testProviders } from '@lienthong/kit/testing'
import { SUBGRAPH_NAMES } from '@lienthong/schema'
import { ok } from '../answers.ts'
import { startNetwork, SUBGRAPH_MODULES, type Name, type Query, type TestNetwork } from '../network.ts'
import { policeWrites, writePoliceQuarter } from '../policeQuarter.ts'
import { startRoundRobin, type RoundRobin } from '../roundRobin.ts'

const REDIS_URL = process.env.LT_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** One Redis command over RESP (the test reads a counter without a client library of its own). */
function redis(...args: string[]): Promise<string | null> {
  const { hostname, port } = new URL(REDIS_URL)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port || 6379), hostname)
    let reply = ''
    socket.on('error', reject)
    socket.on('data', (d) => {
      reply += d
      const m = /^(?:\+(.*)|\$-1|\$(\d+)\r\n([\s\S]*))\r\n$/.exec(reply)
      if (!m) return
      socket.end()
      resolve(m[1] ?? m[3] ?? null)
    })
    socket.write(`*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`)
  })
}
const redisUp = await redis('PING').then(
  (r) => r === 'PONG',
  () => false,
)
if (!redisUp && process.env.CI === 'true') throw new Error(`Redis is not reachable at ${REDIS_URL}: CI runs the replicas test with a shared rate limit`)

/** A caller whose operations go to each gateway in turn; `sent` counts them. */
function alternating(callers: Query[]): Query & { sent: number } {
  let turn = 0
  const q = (async (query, variables, headers) => {
    q.sent++
    return callers[turn++ % callers.length]!(query, variables, headers)
  }) as Query & { sent: number }
  q.sent = 0
  return q
}

const STATISTICS = `{ provincialStatistics(period: { kind: QUARTER, year: 2024, index: 3 }, unitCode: "99") {
  periodCode kpis { code numerator denominator }
  police { reportsReceived casesOpened casesSolved suspects rescueOperations personsRescued casesByUnit { key count } }
  victims { total byAgency { key count } }
  support { casesReceived } border { incidents { total } }
  justiceFunnel { casesOpened casesIndicted casesTried convictedPersons } } }`
const CASES = `{ criminalCases(first: 50) { totalCount edges { node { externalRef openedAt
  suspects { person { personRef } }
  victims { personRef supportCases { externalRef } borderIncidents { externalRef } }
  procuracyFile { externalRef indictment { externalRef courtFile { externalRef trial { judgmentRef } verdicts { outcome } } } } } } } }`

describe.skipIf(!(await testProviders()).includes('postgresql') || !redisUp)('two gateways and two replicas of each subgraph on PostgreSQL', () => {
  const balancers = {} as Record<Name, RoundRobin>
  const gateways: TestNetwork[] = []
  const rateLimit = { limit: 100_000, windowMs: 3_600_000, redisUrl: REDIS_URL, keyPrefix: `lt:test:replicas:${randomUUID()}` }
  let police: ReturnType<typeof alternating>
  beforeAll(async () => {
    for (const name of SUBGRAPH_NAMES) balancers[name] = await startRoundRobin()
    const gatewayRoutes = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, balancers[n].url]))
    const first = await startNetwork('postgresql', { seed: false, gatewayRoutes, rateLimit })
    gateways.push(first)
    // the second replica set: the same databases (never seeded, never dropped by it), the same keys
    gateways.push(await startNetwork('postgresql', { databases: first.databases, keys: first.keys, gatewayRoutes, rateLimit }))
    for (const n of SUBGRAPH_NAMES) balancers[n].targets.push(...gateways.map((g) => g.subgraphUrls[n]))
    police = alternating(gateways.map((g) => g.query))
    const both = {
      ...first,
      query: police,
      as: async (identity: Parameters<TestNetwork['as']>[0]) => alternating(await Promise.all(gateways.map((g) => g.as(identity)))),
    }
    await writePoliceQuarter(both, policeWrites(police))
  }, 300_000)
  afterAll(async () => {
    for (const g of gateways.reverse()) await g.stop()
    for (const b of Object.values(balancers)) await b.close()
  })

  // `police` sends each operation to the next gateway: two reads at once go one through each
  it('reads back the records written through both gateways, the same through each', async () => {
    const [one, two] = await Promise.all(gateways.map(() => ok(police, CASES)))
    expect(one).toEqual(two)
    const cases = one.criminalCases.edges.map((e: any) => e.node)
    expect(one.criminalCases.totalCount).toBe(3)
    const tried = cases.find((c: any) => c.procuracyFile)
    expect(tried.procuracyFile).toMatchObject({
      externalRef: 'GW-VKS-1',
      indictment: { externalRef: 'GW-CT-1', courtFile: { externalRef: 'GW-TA-1', trial: { judgmentRef: 'GW-BA-1' } } },
    })
    expect(tried.procuracyFile.indictment.courtFile.verdicts.map((v: any) => v.outcome).sort()).toEqual(['ACQUITTED', 'CONVICTED'])
    const victims = cases.flatMap((c: any) => c.victims ?? [])
    expect(victims.flatMap((v: any) => v.supportCases.map((s: any) => s.externalRef)).sort()).toEqual(['GW-HT-0', 'GW-HT-1'])
    expect(victims.flatMap((v: any) => v.borderIncidents.map((i: any) => i.externalRef))).toEqual(['GW-BP-1'])
  })

  it('answers the provincial statistics the same through both gateways', async () => {
    const [one, two] = await Promise.all(gateways.map(() => ok(police, STATISTICS)))
    expect(one).toEqual(two)
    expect(one.provincialStatistics.police).toMatchObject({ casesOpened: 1, casesSolved: 1, rescueOperations: 1 })
    expect(one.provincialStatistics.justiceFunnel).toMatchObject({ casesIndicted: 1, casesTried: 1 })
  })

  it('sent each subgraph requests to both of its replicas', () => {
    for (const name of SUBGRAPH_NAMES)
      for (const g of gateways) expect(balancers[name].arrivals.get(g.subgraphUrls[name]) ?? 0, `${name} at ${g.subgraphUrls[name]}`).toBeGreaterThan(0)
  })

  it('keeps one gap-free audit chain per subgraph that verifies, whichever replica appended', async () => {
    for (const name of SUBGRAPH_NAMES) {
      const db = SUBGRAPH_MODULES[name].createPrisma(gateways[0]!.databases[name])
      try {
        const entries = (await auditStoreOf(db).findMany({ orderBy: { seq: 'asc' } })).map(fromRow)
        expect(entries.length, name).toBeGreaterThan(0)
        expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1))
        expect(await verifyAuditStore(auditStoreOf(db))).toMatchObject({ ok: true, entries: entries.length })
      } finally {
        await db.$disconnect()
      }
    }
  })

  it("counted the police caller's operations through both gateways under one Redis key", async () => {
    // every operation reached the limit's check (all valid): one count each, whichever gateway took it
    const counted = Number(await redis('GET', `${rateLimit.keyPrefix}:police:test-officer`))
    expect(counted).toBe(police.sent)
  })
})
