// What the tests take from the gateway's answers: the data of an answer that must succeed, the
// refusal of one that must fail, and every node of a connection, page by page.
import { expect } from 'vitest'
import type { Query } from './network.ts'

export type Answer = Awaited<ReturnType<Query>>

/** The data of an answer that must succeed: status 200 and no error (the errors are the failure's message). */
export function dataOf<T = any>({ status, body }: Answer): T {
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined()
  expect(status).toBe(200)
  return body.data as T
}

/** Runs an operation as `caller`; its answer must succeed, and its data is returned. */
export const ok = async <T = any>(caller: Query, query: string, variables?: Record<string, unknown>): Promise<T> => dataOf<T>(await caller(query, variables))

/** Runs a mutation taking `$input` (and `variables`) as `caller`; it must succeed, and its one root field's value is returned. */
export const written = async (caller: Query, mutation: string, input: unknown, variables: Record<string, unknown> = {}): Promise<any> =>
  Object.values(await ok<Record<string, unknown>>(caller, mutation, { ...variables, input }))[0]

/** The extensions (code, field, …) of the first error of an answer that must be refused. */
export function refusalOf({ body }: Answer): Record<string, any> {
  expect(body.errors?.length, 'an error').toBeGreaterThan(0)
  return body.errors![0].extensions
}

/**
 * Every node of the connection `field`, asked page by page by `query` (which takes `$after` and
 * selects `pageInfo { hasNextPage endCursor }`) from the first page on; every page must succeed.
 * With the nodes in order come the `totalCount` of each page, where the query selects it.
 */
export async function everyPage(caller: Query, query: string, field: string, variables: Record<string, unknown> = {}) {
  const nodes: any[] = []
  const totalCounts: number[] = []
  let after: string | null = null
  do {
    const page: any = (await ok(caller, query, { ...variables, after }))[field]
    nodes.push(...page.edges.map((e: { node: unknown }) => e.node))
    if (page.totalCount !== undefined) totalCounts.push(page.totalCount)
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null
  } while (after)
  return { nodes, totalCounts }
}
