// Every record type imports: the committed sample files (docs/import/<type>.csv, one chain of
// invented records named by the agencies' own references) imported in SAMPLE_ORDER, each as an
// officer of its agency, through the whole network on SQLite and PostgreSQL — parents resolved
// by reference, one row per charge, verdict and person — then imported again, which writes
// nothing: not one audited write more in any subgraph.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testProviders } from '@lienthong/kit/testing'
import { SUBGRAPH_MODULES, startNetwork, type TestNetwork } from '@lienthong/test/network'
import { recordType } from '../import/recordTypes.ts'
import { reportPathOf } from '../import/report.ts'
import { runImport } from '../import/run.ts'
import { SAMPLE_ORDER, SAMPLES } from '../import/samples.ts'

const LONG = 900_000
const DOCS = fileURLToPath(new URL('../../../docs/import/', import.meta.url))

describe.each(await testProviders())('the sample files import on %s', (provider) => {
  let net: TestNetwork
  let dir: string
  const fileOf = (type: string) => path.join(dir, `${type}.csv`)
  const importAs = async (type: string) => {
    const agency = recordType(type)!.agency
    const token = await net.token({ sub: `sample-${agency}`, agency, role: 'officer', unit: '99' })
    // in this process (the CLI's own spawn is import.test.ts's): the same engine, the same HTTP
    return runImport(recordType(type)!, fileOf(type), { gateway: net.gatewayUrl, token })
  }
  /** Every subgraph's audited writes: a write adds one, a replay none (a parent's look-up is an audited read). */
  const auditedWrites = async () => {
    const counts: Record<string, number> = {}
    for (const [name, module] of Object.entries(SUBGRAPH_MODULES)) {
      const db = module.createPrisma(net.databases[name as keyof typeof net.databases]) as {
        auditEntry: { count(args: { where: { operation: { startsWith: string } } }): Promise<number> }
        $disconnect(): Promise<void>
      }
      counts[name] = await db.auditEntry.count({ where: { operation: { startsWith: 'write' } } })
      await db.$disconnect()
    }
    return counts
  }

  beforeAll(async () => {
    net = await startNetwork(provider)
    // the error reports are written beside the inputs: copies, not the committed files
    dir = mkdtempSync(path.join(tmpdir(), 'lt-samples-'))
    for (const type of SAMPLE_ORDER) copyFileSync(path.join(DOCS, `${type}.csv`), fileOf(type))
  }, LONG)
  afterAll(async () => {
    await net?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it(
    'writes every row of every type once (the summary counts rows), and a second import writes nothing',
    async () => {
      for (const type of SAMPLE_ORDER) {
        const summary = await importAs(type)
        const report = readFileSync(reportPathOf(fileOf(type)), 'utf8')
        expect({ type, failed: summary.failed, report: report.trim().split(/\r?\n/).slice(1) }).toEqual({ type, failed: 0, report: [] })
        expect({ type, read: summary.read, written: summary.written, present: summary.present ?? 0 }).toEqual({
          type,
          read: SAMPLES[type]!.length,
          written: SAMPLES[type]!.length,
          present: 0,
        })
      }
      const written = await auditedWrites()
      for (const type of SAMPLE_ORDER) {
        const summary = await importAs(type)
        expect({ type, failed: summary.failed, present: summary.present ?? SAMPLES[type]!.length }).toEqual({ type, failed: 0, present: SAMPLES[type]!.length })
      }
      expect(await auditedWrites()).toEqual(written)
    },
    LONG,
  )
})
