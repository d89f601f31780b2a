// NET-9: the statistics cache is exact. A figure is read through the gateway (counted, then
// served from the subgraph's cache), a write is made — through the gateway, and by hand in the
// database — and the next read is the exact new figure; also with a second replica of every
// subgraph on the same databases (another process's cache: here another network in this process,
// its own database clients and caches). And every table statistics may read raises the data
// generation when written (kit/src/statistics/generation.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testProviders } from '@lienthong/kit/testing'
import { GENERATION_TABLE, generationTriggerNames, UNCOUNTED_TABLES } from '../../../subgraphs/kit/src/statistics/generation.ts'
import { startNetwork, SUBGRAPH_MODULES, type Name, type TestNetwork } from '../network.ts'

const QUERY = `query($p: PeriodInput!) { provincialStatistics(period: $p, unitCode: "99") { police { reportsReceived casesOpened } } }`
const PERIOD = { kind: 'YEAR', year: 2025 }
const RECEIVE = `mutation($input: ReceiveIncomingReportInput!) { receiveIncomingReport(input: $input) { id } }`
let written = 0
const receive = (net: TestNetwork) =>
  net.query(RECEIVE, {
    input: {
      externalRef: `CACHE-${++written}`,
      kind: 'DENUNCIATION',
      channel: 'ONLINE',
      receivedAt: `2025-03-0${1 + (written % 8)}T09:00:00+07:00`,
      receivedByUnitCode: '99',
      unitCode: '99',
    },
  })
const reportsReceived = async (net: TestNetwork): Promise<number> => {
  const { body } = await net.query(QUERY, { p: PERIOD })
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined()
  return body.data.provincialStatistics.police.reportsReceived
}

describe.each(await testProviders())('the statistics cache on %s', (provider) => {
  let net: TestNetwork
  let replica: TestNetwork
  beforeAll(async () => {
    net = await startNetwork(provider)
    replica = await startNetwork(provider, { databases: net.databases })
  }, 120_000)
  afterAll(async () => {
    await replica?.stop()
    await net?.stop()
  })

  it('a write through the gateway makes the next read exact', async () => {
    const before = await reportsReceived(net)
    expect(await reportsReceived(net)).toBe(before) // served from the cache
    const { body } = await receive(net)
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined()
    expect(await reportsReceived(net)).toBe(before + 1)
  })

  it('a write by hand in the database (no pipeline) makes the next read exact', async () => {
    const before = await reportsReceived(net)
    const db = SUBGRAPH_MODULES.cases.createPrisma(net.databases.cases) as any
    try {
      const one = await db.incomingReport.findFirst({ where: { receivedAt: { gte: new Date('2025-01-01T00:00:00+07:00') } }, orderBy: { id: 'asc' } })
      await db.incomingReport.update({ where: { id: one.id }, data: { receivedAt: new Date('2019-06-01T09:00:00+07:00') } })
    } finally {
      await db.$disconnect()
    }
    expect(await reportsReceived(net)).toBe(before - 1)
  })

  it('a write through one replica makes the next read through the other exact', async () => {
    const before = await reportsReceived(replica)
    expect(await reportsReceived(net)).toBe(before)
    expect(await reportsReceived(replica)).toBe(before) // both caches hold it
    await receive(net)
    expect(await reportsReceived(replica)).toBe(before + 1)
    await receive(replica)
    expect(await reportsReceived(net)).toBe(before + 2)
  })

  it('every table statistics may read raises the data generation when written', async () => {
    for (const name of Object.keys(SUBGRAPH_MODULES) as Name[]) {
      const db = SUBGRAPH_MODULES[name].createPrisma(net.databases[name]) as any
      try {
        const tables: string[] = (
          provider === 'postgresql'
            ? await db.$queryRawUnsafe(`SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public'`)
            : await db.$queryRawUnsafe(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
        ).map((r: { name: string }) => r.name)
        const triggers = new Set<string>(
          (provider === 'postgresql'
            ? await db.$queryRawUnsafe(`SELECT tgname::text AS name FROM pg_trigger WHERE NOT tgisinternal`)
            : await db.$queryRawUnsafe(`SELECT name FROM sqlite_master WHERE type = 'trigger'`)
          ).map((r: { name: string }) => r.name),
        )
        expect(tables).toContain(GENERATION_TABLE)
        const missing = tables.filter((t) => !UNCOUNTED_TABLES.has(t)).flatMap((t) => generationTriggerNames(provider, t).filter((n) => !triggers.has(n)))
        expect(missing, `${name}: tables written without raising the data generation`).toEqual([])
      } finally {
        await db.$disconnect()
      }
    }
  })
})
