// npm run audit:verify [-- --subgraph cases]
// Verifies the append-only, hash-chained audit log of every subgraph (or one) in its own database,
// configured as for `npm start` (DB_PROVIDER, <NAME>_DATABASE_URL). Prints each chain's length
// and head hash (keep it: comparing it later shows whether the tail was cut); exits 1 naming the
// first altered or deleted entry when any chain is broken. Never prints an entry's content.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { auditStoreOf, ConfigError, SUBGRAPH_NAMES, subgraphConfig, verifyAuditStore, type SubgraphModule, type SubgraphName } from '@lienthong/kit'

/** A subgraph of the agency registry, as its package `@lienthong/<name>` defines it. */
// biome-ignore lint/suspicious/noExplicitAny: each subgraph module has its own database and context types
const moduleOf = async (name: SubgraphName) => ((await import(`@lienthong/${name}`)) as { subgraph: SubgraphModule<any, any> }).subgraph
const { values } = parseArgs({ options: { subgraph: { type: 'string' } } })
const names = (values.subgraph ? [values.subgraph] : SUBGRAPH_NAMES) as SubgraphName[]
let broken = 0
for (const name of names) {
  if (!SUBGRAPH_NAMES.includes(name)) {
    console.error(`✖ --subgraph: unknown subgraph "${name}" (one of ${SUBGRAPH_NAMES.join(', ')})`)
    process.exit(2)
  }
  let config: ReturnType<typeof subgraphConfig>
  try {
    config = subgraphConfig(name)
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`✖ ${name}: ${e.message}`)
      process.exit(2)
    }
    throw e
  }
  const { database } = config
  if (database.provider === 'sqlite' && !existsSync(path.resolve(database.url.slice('file:'.length)))) {
    console.log(`- ${name}: no database yet (nothing to verify)`)
    continue
  }
  const db = (await moduleOf(name)).createPrisma(database) as unknown as { $disconnect(): Promise<void> }
  try {
    const v = await verifyAuditStore(auditStoreOf(db))
    if (v.ok) console.log(`✔ ${name}: ${v.entries} entries intact, head ${v.headHash}`)
    else {
      broken++
      console.log(`✖ ${name}: BROKEN at entry ${v.brokenAt}: ${v.reason} (${v.entries} entries; last intact head ${v.headHash})`)
    }
  } catch {
    broken++
    console.log(`✖ ${name}: the audit log could not be read (is the database migrated? run npm start once)`)
  } finally {
    await db.$disconnect()
  }
}
process.exit(broken ? 1 : 0)
