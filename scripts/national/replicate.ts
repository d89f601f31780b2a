// National scale from the demo world: each PostgreSQL database's demo rows (copy 0, seeded by
// the subgraph's own seed) are the template of `copies - 1` more copies, written by the database
// itself (INSERT … SELECT over generate_series, one statement per chunk of copies, each its own
// transaction). Every copy is the same small world under new identities, so cross-agency
// references stay valid: an id, a person reference or a foreign key column of copy n is the same
// deterministic hash of (value, n) in every database (a uuid stays a uuid, a 64-hex reference
// stays 64 hex), an agency's reference gets "-N<n>", and every instant moves by (37·n mod 360)
// minutes (within the working day, so no record leaves its day, period or unit's time of validity).
// No random draw at all: the same template and copies give the same rows.
import type pg from 'pg'

/** Tables not copied: the audit chain, frozen periodic reports, the one peak campaign, bookkeeping. */
const NOT_COPIED = new Set(['AuditEntry', 'ReportSubmission', 'PeakCampaign', 'PeakCampaignUnit', '_prisma_migrations', 'DataGeneration'])
/** Id-like columns naming a record that is not copied (kept as they are). */
const SHARED_IDS = new Set(['peakCampaignId', 'campaignId'])

interface Column {
  name: string
  type: string
  serial: boolean
}
export interface TablePlan {
  table: string
  rows: number
  columns: Column[]
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`
const isIdentity = (c: string) => (c === 'id' || c === 'personRef' || c.endsWith('Id')) && !SHARED_IDS.has(c)
const isReference = (c: string) => c.endsWith('Ref') || c.endsWith('Reference') || c.endsWith('Number')

/** The same value in every database for the same (value, copy): uuid shape, or 64 hex for person references. */
const HASHED = (col: string) => `CASE WHEN length(${col}) = 64 THEN md5(${col} || ':' || n) || md5(n || ':' || ${col})
  ELSE (SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-8' || substr(h, 18, 3) || '-' || substr(h, 21, 12)
        FROM (SELECT md5(${col} || ':' || n) AS h) x) END`

function expression(c: Column): string {
  const col = `t.${q(c.name)}`
  if (c.type.startsWith('timestamp')) return `${col} + ((37 * n) % 360) * interval '1 minute'`
  if (c.type === 'text' && isIdentity(c.name)) return HASHED(col)
  if (c.type === 'text' && isReference(c.name)) return `${col} || '-N' || n`
  return col
}

/** Tables in an order where every referenced table comes first, with their template rows and columns. */
export async function planOf(db: pg.Client): Promise<TablePlan[]> {
  const tables = (
    await db.query<{ t: string }>(`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`)
  ).rows
    .map((r) => r.t)
    .filter((t) => !NOT_COPIED.has(t))
  const deps = (
    await db.query<{ child: string; parent: string }>(
      `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid WHERE k.contype = 'f'`,
    )
  ).rows
  const ordered: string[] = []
  const visit = (t: string, path: string[]) => {
    if (ordered.includes(t) || !tables.includes(t)) return
    if (path.includes(t)) throw new Error(`foreign keys form a cycle: ${[...path, t].join(' → ')}`)
    for (const d of deps.filter((d) => d.child === t && d.parent !== t)) visit(d.parent, [...path, t])
    ordered.push(t)
  }
  for (const t of [...tables].sort()) visit(t, [])
  const plans: TablePlan[] = []
  for (const table of ordered) {
    const columns = (
      await db.query<{ name: string; type: string; def: string | null }>(
        `SELECT column_name AS name, data_type AS type, column_default AS def FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
        [table],
      )
    ).rows.map((c) => ({ name: c.name, type: c.type, serial: (c.def ?? '').startsWith('nextval(') }))
    await uniqueColumnsCovered(db, table, columns)
    const rows = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${q(table)}`)).rows[0]!.n)
    plans.push({ table, rows, columns })
  }
  return plans
}

/** Every unique index must include a column that changes per copy, or the copies would collide. */
async function uniqueColumnsCovered(db: pg.Client, table: string, columns: Column[]) {
  const indexes = await db.query<{ name: string; cols: string[] }>(
    `SELECT i.relname AS name, array_agg(a.attname::text) AS cols FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(x.indkey) WHERE x.indisunique AND t.relname = $1 GROUP BY i.relname`,
    [table],
  )
  for (const ix of indexes.rows) {
    const changes = ix.cols.some((c) => {
      const col = columns.find((k) => k.name === c)
      return col && (col.serial || (col.type === 'text' && (isIdentity(c) || isReference(c))))
    })
    if (!changes) throw new Error(`${table}: unique index ${ix.name} (${ix.cols.join(', ')}) has no column that changes per copy`)
  }
}

/** Writes copies 1‥copies-1 of every table in `plans`, `onRows(rows, table)` after each chunk. */
export async function replicate(db: pg.Client, plans: TablePlan[], copies: number, onRows: (rows: number, table: string) => void, chunkRows = 100_000) {
  for (const p of plans) {
    if (!p.rows || copies < 2) continue
    const cols = p.columns.filter((c) => !c.serial)
    await db.query(`CREATE TEMP TABLE ${q(`template_${p.table}`)} AS SELECT * FROM ${q(p.table)}`)
    const per = Math.max(1, Math.floor(chunkRows / p.rows))
    for (let from = 1; from < copies; from += per) {
      const to = Math.min(copies - 1, from + per - 1)
      await db.query(
        `INSERT INTO ${q(p.table)} (${cols.map((c) => q(c.name)).join(', ')})
         SELECT ${cols.map(expression).join(', ')} FROM generate_series(${from}, ${to}) AS n CROSS JOIN ${q(`template_${p.table}`)} t ORDER BY n`,
      )
      onRows(p.rows * (to - from + 1), p.table)
    }
  }
}
