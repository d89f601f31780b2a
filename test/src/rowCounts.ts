// Rows of every table in every subgraph's database: what a refused request must leave unchanged
// (records, idempotency digests, the audit log).
import { SUBGRAPH_MODULES, type Name, type TestNetwork } from './network.ts'

export type RowCounts = Record<string, number>

export async function rowCounts(net: TestNetwork): Promise<RowCounts> {
  const counts: RowCounts = {}
  for (const name of Object.keys(net.databases) as Name[]) {
    const db = net.databases[name]
    const prisma = SUBGRAPH_MODULES[name].createPrisma(db) as unknown as {
      $queryRawUnsafe: <T>(sql: string) => Promise<T>
      $disconnect: () => Promise<void>
    }
    try {
      const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
        db.provider === 'postgresql'
          ? `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema()`
          : `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
      )
      for (const { name: table } of tables) {
        if (table === '_prisma_migrations') continue
        const [row] = await prisma.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT COUNT(*) AS n FROM "${table}"`)
        counts[`${name}.${table}`] = Number(row!.n)
      }
    } finally {
      await prisma.$disconnect()
    }
  }
  return counts
}
