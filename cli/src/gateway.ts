// How a command reaches the network: the gateway's address and the caller's token (--gateway,
// --token, or LIENTHONG_GATEWAY / LIENTHONG_TOKEN). In development, without a token, the command
// acts as its default identity with a token signed by the local key pair (.data/keys); in
// production a token is required. Files a command downloads are written outside the repository.
import { existsSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import { devKeyPair, issueToken, type Identity } from '@lienthong/kit/identity'
import { bi, fail } from './say.ts'

const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url))

export interface GatewayOptions {
  gateway: string
  token?: string
  purpose?: string
  /** More headers for every request (e.g. `x-dry-run: 1`). */
  headers?: Record<string, string>
}

/** Adds --gateway, --token and --purpose to `cmd`. */
export const withGateway = (cmd: Command): Command =>
  cmd
    .option(
      '--gateway <url>',
      bi('địa chỉ cổng kết nối', 'gateway address'),
      process.env.LIENTHONG_GATEWAY ?? `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 4000}`,
    )
    .option('--token <jwt>', bi('mã xác thực của người dùng (hoặc LIENTHONG_TOKEN)', "the caller's token (or LIENTHONG_TOKEN)"), process.env.LIENTHONG_TOKEN)
    .option('--purpose <purpose>', bi('mục đích sử dụng (tiêu đề X-Purpose-Of-Use)', 'purpose of use (X-Purpose-Of-Use header)'))

export interface GraphQLAnswer<T> {
  status: number
  data?: T
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[]
}

export interface GatewayConnection {
  url: string
  token: string
  /** POSTs one GraphQL operation; a network failure stops the command with one line. */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer<T>>
  /** GETs `route` with `params`; a refusal stops the command naming the gateway's reason. */
  download(route: string, params: Record<string, string | undefined>): Promise<{ name: string | null; body: Buffer }>
}

/** The connection `o` names, acting as `devIdentity` in development when no token is given. */
export async function connect(o: GatewayOptions, devIdentity: Identity): Promise<GatewayConnection> {
  if (!o.token && process.env.NODE_ENV === 'production') fail('cần --token trong môi trường production', '--token is required in production')
  const token = o.token ?? (await issueToken(devIdentity, devKeyPair('jwt').privateKey, 3600))
  const headers: Record<string, string> = { ...o.headers, authorization: `Bearer ${token}`, ...(o.purpose ? { 'x-purpose-of-use': o.purpose } : {}) }
  const unreachable = () =>
    fail(
      `không kết nối được cổng ${o.gateway}: hãy chạy npm start hoặc dùng --gateway`,
      `no gateway at ${o.gateway}: start the network (npm start) or pass --gateway`,
    )
  return {
    url: o.gateway,
    token,
    async graphql<T>(query: string, variables?: Record<string, unknown>) {
      const res = await fetch(new URL('/graphql', o.gateway), {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      }).catch(unreachable)
      const body = (await res.json().catch(() => ({}))) as Omit<GraphQLAnswer<T>, 'status'>
      return { status: res.status, ...body }
    },
    async download(route, params) {
      const url = new URL(route, o.gateway)
      for (const [k, v] of Object.entries(params)) if (v !== undefined) url.searchParams.set(k, v)
      const res = await fetch(url, { headers }).catch(unreachable)
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as GraphQLAnswer<unknown>
        const e = body.errors?.[0]
        const problems = (e?.extensions?.problems as { field: string; reasonVi: string; reasonEn: string }[] | undefined) ?? []
        fail(
          `${res.status}: ${e?.message ?? res.statusText}${problems.map((p) => `; ${p.field}: ${p.reasonVi}`).join('')}`,
          problems.map((p) => `${p.field}: ${p.reasonEn}`).join('; ') || (e?.message ?? res.statusText),
        )
      }
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? null
      return { name, body: Buffer.from(await res.arrayBuffer()) }
    },
  }
}

/** npm runs scripts from the repository's root: the caller's own folder is INIT_CWD. */
export const callerDir = (): string => process.env.INIT_CWD ?? process.cwd()

const inRepository = (p: string) => {
  const r = path.relative(REPOSITORY, p)
  return !r.startsWith('..') && !path.isAbsolute(r)
}

/**
 * Writes a downloaded file to `out` (a file, or a folder for `name`), or else to the caller's
 * folder — never inside this repository unless `out` says so. Returns the path written.
 */
export function writeDownload(body: Buffer, name: string, out: string | undefined): string {
  const target = out ? path.resolve(callerDir(), out) : null
  if (!target && inRepository(path.resolve(callerDir())))
    fail(
      `không ghi tệp vào trong kho mã (${path.resolve(callerDir())}): chạy từ thư mục khác hoặc dùng --out`,
      `not writing inside the repository (${path.resolve(callerDir())}): run from another folder or pass --out <file or folder>`,
    )
  const file = !target ? path.join(callerDir(), name) : existsSync(target) && statSync(target).isDirectory() ? path.join(target, name) : target
  try {
    writeFileSync(file, body)
  } catch (e) {
    fail(`không ghi được ${file}`, `cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)
  }
  return file
}
