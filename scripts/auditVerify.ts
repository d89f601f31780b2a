// npm run audit:verify [-- --subgraph cases]
// Verifies the append-only, hash-chained audit log of every subgraph (or one) in its own database,
// configured as for `npm start` (DB_PROVIDER, <NAME>_DATABASE_URL). Prints each chain's length
// and head hash (keep it: comparing it later shows whether the tail was cut); exits 1 naming the
// first altered or deleted entry when any chain is broken. Never prints an entry's content.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { auditStoreOf, ConfigError, SUBGRAPH_NAMES, subgraphConfig, verifyAuditStore, type SubgraphName } from '@lienthong/kit'
import { subgraph as cases } from '@lienthong/cases'
import { subgraph as prosecutions } from '@lienthong/prosecutions'
import { subgraph as support } from '@lienthong/support'
import { subgraph as border } from '@lienthong/border'

const MODULES = { cases, prosecutions, support, border } as const
const { values } = parseArgs({ options: { subgraph: { type: 'string' } } })
const names = (values.subgraph ? [values.subgraph] : SUBGRAPH_NAMES) as SubgraphName[]
let broken = 0
for (const name of names) {
  const m = MODULES[name as keyof typeof MODULES]
  if (!m) {
    console.error(`✖ --subgraph: unknown subgraph "${name}" (one of ${SUBGRAPH_NAMES.join(', ')})`)
    process.exit(2)
  }
  let config
  try {
    config = subgraphConfig(name)
  } catch (e) {
    if (e instanceof ConfigError) { console.error(`✖ ${name}: ${e.message}`); process.exit(2) }
    throw e
  }
  const { database } = config
  if (database.provider === 'sqlite' && !existsSync(path.resolve(database.url.slice('file:'.length)))) {
    console.log(`- ${name}: no database yet (nothing to verify)`)
    continue
  }
  const db = m.createPrisma(database) as unknown as { $disconnect(): Promise<void> }
  try {
    const v = await verifyAuditStore(auditStoreOf(db))
    if (v.ok) console.log(`✔ ${name}: ${v.entries} entries intact, head ${v.headHash}`)
    else { broken++; console.log(`✖ ${name}: BROKEN at entry ${v.brokenAt}: ${v.reason} (${v.entries} entries; last intact head ${v.headHash})`) }
  } catch {
    broken++
    console.log(`✖ ${name}: the audit log could not be read (is the database migrated? run npm start once)`)
  } finally {
    await db.$disconnect()
  }
}
process.exit(broken ? 1 : 0)
