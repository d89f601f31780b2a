// Distinct counted victims per attribute of their police cases (commune, destination country),
// as ONE grouped SQL statement each: Prisma's groupBy cannot count distinct persons across the
// case relation. Portable SQL (quoted identifiers, no dialect functions) for SQLite and
// PostgreSQL; every value is a bound parameter. Instants are compared as Prisma stores them
// (SQLite: the same ISO text Prisma binds; PostgreSQL: timestamp).
import type { StatisticsScope } from '@lienthong/kit'
import { Prisma } from '../generated/sqlite/client.ts'
import type { Db } from '../db.ts'

const list = (xs: readonly string[]) => Prisma.join([...xs, '']) // '' matches nothing and keeps IN () valid

/** The counted persons of victimStatistics: (other agencies' refs ∪ police victims of the scope) minus refused consent. */
function countedPersons(s: StatisticsScope, others: readonly string[]) {
  return Prisma.sql`SELECT p."personRef" FROM "Person" p LEFT JOIN "Victim" v ON v."personRef" = p."personRef"
    WHERE (p."personRef" IN (${list(others)})
      OR (v."status" = 'IDENTIFIED' AND v."identifiedAt" >= ${s.period.start} AND v."identifiedAt" < ${s.period.end}
        AND (EXISTS (SELECT 1 FROM "CaseVictim" cv JOIN "CriminalCase" c ON c."id" = cv."caseId" WHERE cv."personRef" = p."personRef" AND c."unitCode" IN (${list(s.communes)}))
          OR EXISTS (SELECT 1 FROM "RescueOperation" r WHERE r."id" = v."rescueOperationId" AND r."unitCode" IN (${list(s.communes)})))))
    AND (v."personRef" IS NULL OR v."consentToCount" NOT IN ('REFUSED', 'WITHDRAWN'))`
}

async function grouped(db: Db, column: Prisma.Sql, extra: Prisma.Sql, s: StatisticsScope, others: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ key: string; n: number | bigint }[]>`SELECT c.${column} AS "key", COUNT(DISTINCT cv."personRef") AS "n"
    FROM "CaseVictim" cv JOIN "CriminalCase" c ON c."id" = cv."caseId"
    WHERE cv."personRef" IN (${countedPersons(s, others)}) ${extra}
    GROUP BY c.${column}`
  return new Map(rows.map((r) => [String(r.key), Number(r.n)]))
}

export const victimsByCaseUnit = (db: Db, s: StatisticsScope, others: readonly string[]) =>
  grouped(db, Prisma.sql`"unitCode"`, Prisma.empty, s, others)

export const victimsByDestination = (db: Db, s: StatisticsScope, others: readonly string[]) =>
  grouped(db, Prisma.sql`"destinationCountry"`, Prisma.sql`AND c."routeKind" = 'CROSS_BORDER' AND c."destinationCountry" IS NOT NULL`, s, others)
