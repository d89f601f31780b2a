// Cursor connections (Relay style) over Prisma's cursor pagination: stable order by the
// list's own sort keys then id, opaque cursors, page size validated.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { z } from 'zod'
import { parseInput } from './errors.ts'
import { definedOnly, externalRefsIn, periodAndUnit } from './filters.ts'

export const MAX_PAGE_SIZE = 200
export const DEFAULT_PAGE_SIZE = 50

/**
 * Cursors are sealed (AES-256-GCM) under a key this process draws when it starts: a client can
 * neither read the record id inside (for victims, the person reference) nor forge a cursor to
 * probe for one. A cursor is valid until the subgraph restarts, then the client starts again.
 */
const CURSOR_KEY = randomBytes(32)
const CURSOR_CONTEXT = Buffer.from('lt-cursor-v2')

export function encodeCursor(id: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', CURSOR_KEY, iv).setAAD(CURSOR_CONTEXT)
  const sealed = Buffer.concat([cipher.update(id, 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')
}

function decodeCursor(cursor: string): string | null {
  const raw = Buffer.from(cursor, 'base64url')
  if (raw.length < 29 || raw.length > 512) return null
  try {
    const decipher = createDecipheriv('aes-256-gcm', CURSOR_KEY, raw.subarray(0, 12)).setAAD(CURSOR_CONTEXT)
    decipher.setAuthTag(raw.subarray(12, 28))
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8') || null
  } catch {
    return null // altered, forged or from an earlier run
  }
}

export const PageArgsSchema = z.object({
  first: z
    .number()
    .int()
    .min(1, `first từ 1 / first must be at least 1`)
    .max(MAX_PAGE_SIZE, `first tối đa ${MAX_PAGE_SIZE} / first is at most ${MAX_PAGE_SIZE}`)
    .nullish(),
  after: z
    .string()
    .nullish()
    .refine((c) => c == null || decodeCursor(c) != null, 'con trỏ không hợp lệ / invalid cursor'),
})
export type PageArgs = z.input<typeof PageArgsSchema>

export interface Connection<T> {
  edges: { cursor: string; node: T }[]
  nodes: T[]
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  totalCount: () => Promise<number>
}

/**
 * Runs `find` once for a page (one row more than asked, to know whether another page follows).
 * `find` receives Prisma's `take`/`skip`/`cursor` and must order by a total order ending in id.
 */
export async function connection<T extends { id: string }>(
  args: PageArgs,
  find: (page: { take: number; skip?: number; cursor?: { id: string } }) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<Connection<T>> {
  const { first, after } = parseInput(PageArgsSchema, args)
  const size = first ?? DEFAULT_PAGE_SIZE
  const afterId = after ? decodeCursor(after)! : null
  const rows = await find(afterId ? { take: size + 1, skip: 1, cursor: { id: afterId } } : { take: size + 1 })
  const page = rows.slice(0, size)
  const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }))
  let total: Promise<number> | undefined
  return {
    edges,
    nodes: page,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: () => (total ??= count()),
  }
}

/** A Prisma model (its delegate, e.g. `db.verdict`) that a list query pages through. */
export interface PagedModel<T> {
  // biome-ignore lint/suspicious/noExplicitAny: any model's findMany arguments (each model types its own)
  findMany(args: any): Promise<T[]>
  // biome-ignore lint/suspicious/noExplicitAny: any model's count arguments
  count(args: any): Promise<number>
}

/** A list query's connection over one model: the page of `where` in `orderBy` (a total order ending in id) and its count. */
export async function modelConnection<T extends { id: string }>(args: PageArgs, model: PagedModel<T>, where: object, orderBy: object | object[]) {
  const page = await connection(
    args,
    (p) => model.findMany({ ...p, where, orderBy }),
    () => model.count({ where }),
  )
  return { edges: page.edges, pageInfo: page.pageInfo, totalCount: page.totalCount() }
}

/** A list's order, newest first by the record's `dated` field, then by id (a total order for cursors). */
export const newestFirst = <K extends string>(dated: K) => [{ [dated]: 'desc' }, { id: 'desc' }] as { [P in K | 'id']?: 'desc' }[]

/** A list query's connection over one model: the records matching `where`, newest first by `dated`. */
export const newestPage = <T extends { id: string }>(args: PageArgs, model: PagedModel<T>, dated: string, where: object) =>
  modelConnection(args, model, where, newestFirst(dated))

/** The filter argument of a list query: a period, a unit, the agency's own references, and fields of the records' own. */
export type ListFilter = { period?: unknown; unitCode?: string | null; externalRefs?: readonly string[] | null }

/**
 * A list query's page, newest first by `dated`: the records of the filter's period (on `dated`),
 * unit (on `unitCode`, everything under it) and agency references (on `externalRef`), equal to the
 * filter on each of the fields `equal` it sets, and matching `more` (null and undefined conditions dropped).
 */
export function listPage<F extends ListFilter, T extends { id: string }>(
  { filter, ...page }: PageArgs & { filter?: F | null },
  model: PagedModel<T>,
  dated: string,
  equal: readonly (keyof F & string)[] = [],
  more: Record<string, unknown> = {},
) {
  const own = Object.fromEntries(equal.map((field) => [field, filter?.[field]]))
  const externalRef = externalRefsIn(filter?.externalRefs)
  return newestPage(page, model, dated, definedOnly({ ...periodAndUnit(dated, filter), externalRef, ...own, ...more }))
}
