// The load test's core (bench/loadRun.ts) for a short while, a few users, on SQLite and PostgreSQL:
// the network through the real gateway over real HTTP, with the production rate limit per token.
// No error at all (RATE_LIMITED included), every kind of request sent, every agency's create
// acknowledged, replayed and refused, and an exact recount in the agencies' own databases: each
// acknowledged write stored once as the record answered and audited once, each refused write
// absent. Figures are logged, never asserted (timings belong to `npm run bench:load`).
import { describe, expect, it } from 'vitest'
import { testProviders } from '@lienthong/kit/testing'
import { recount } from '../../../bench/loadRecount.ts'
import { formatLoadReport } from '../../../bench/loadReport.ts'
import { runLoad } from '../../../bench/loadRun.ts'
import {
  CREATE_MUTATIONS,
  INVALID_KINDS,
  kpiOverviewVariables,
  randomPeriod,
  seededRandom,
  unitRowsOperation,
  unitsOfTable,
} from '../../../bench/loadWorkload.ts'
import { useNetwork } from '../sharedNetwork.ts'

/** The gateway's production limit (gateway/src/plugins/rateLimit.ts): the users' think time keeps them far below it. */
const PRODUCTION_RATE_LIMIT = { limit: 600, windowMs: 60_000 }
const USERS = 6
const SECONDS = 10

describe('the committee users of the load', () => {
  it('ask the statistics exactly as the dashboard does (its variables, its units table)', async () => {
    // the dashboard's modules resolve as its bundler does: loaded at run time, outside this package's type check
    const dashboard = (file: string) => import(new URL(`../../../dashboard/src/${file}`, import.meta.url).href)
    const views = await dashboard('views.ts')
    const client = await dashboard('api/client.ts')
    const random = seededRandom(7)
    for (let i = 0; i < 40; i++) {
      const period = randomPeriod(random)
      for (const unitCode of ['99', ...views.unitsOfTable(period, '99')]) {
        expect(kpiOverviewVariables(period, unitCode)).toEqual(views.kpiOverviewVariables(period, unitCode))
        expect(unitsOfTable(period, unitCode)).toEqual(views.unitsOfTable(period, unitCode))
        expect(unitRowsOperation(unitsOfTable(period, unitCode))).toEqual(client.unitRowsOperation(views.unitsOfTable(period, unitCode)))
      }
    }
  })
})

describe.each(await testProviders())('the network under load on %s', (provider) => {
  const { net } = useNetwork(provider, { rateLimit: PRODUCTION_RATE_LIMIT })

  it(
    'answers every request as expected and stores each acknowledged write exactly once',
    async () => {
      const result = await runLoad(net, { users: USERS, durationMs: SECONDS * 1000, thinkMs: 300, everyKindFirst: true })
      const counted = await recount(net.databases, result)
      console.log(formatLoadReport(result, counted, `load test on ${provider}: ${USERS} users × ${SECONDS} s`).join('\n'))

      expect(result.errors).toEqual([])
      // every user first sends each kind of its requests once: all are sent, however short the run
      for (const [kind, latencies] of Object.entries(result.latencies)) expect(latencies.length, kind).toBeGreaterThan(0)
      for (const kind of INVALID_KINDS) expect(result.invalidKinds[kind], kind).toBeGreaterThan(0)
      for (const c of counted.byMutation) {
        expect(c.acknowledged, c.mutation).toBeGreaterThan(0)
        expect(c.refused, c.mutation).toBeGreaterThan(0)
        expect(c, c.mutation).toMatchObject({
          storedOnce: c.acknowledged,
          auditedOnce: c.acknowledged,
          missing: [],
          duplicated: [],
          otherRecord: [],
          leftBehind: [],
          unacknowledged: [],
          auditMissing: [],
          auditRepeated: [],
        })
      }
      expect(counted.byMutation.map((c) => c.mutation)).toEqual(CREATE_MUTATIONS.map((m) => m.mutation))
      expect(counted.ok).toBe(true)
    },
    SECONDS * 1000 + 180_000,
  )
})
