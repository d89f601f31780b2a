// The load test's core (bench/load.ts prints it, test/src/__tests__/load.test.ts checks it): `users`
// virtual users, each with its own token, for `durationMs`, against a running network's gateway.
// A user thinks between requests (uniform between half and one and a half of `thinkMs`), so the
// per-token rate limit is not what is measured: a RATE_LIMITED answer is an error like any other.
// Every answer is checked — a read answers data and no error; a create answers a record under its
// reference; a replay answers the record first acknowledged; an invalid write is refused with
// BAD_USER_INPUT. Anything else is an error. The ledger keeps every reference acknowledged or
// refused, for the recount in the agencies' databases (bench/loadRecount.ts).
import { performance } from 'node:perf_hooks'
import type { DatabaseConfig } from '@lienthong/kit'
import type { Identity } from '@lienthong/kit/identity'
import { STEERING_COMMITTEE, type SubgraphName } from '@lienthong/schema/agencies'
import { auditHeads } from './loadRecount.ts'
import {
  CREATE_MUTATIONS,
  type CreateMutation,
  createOperation,
  DASHBOARD_VIEWS,
  type DashboardView,
  dashboardRead,
  type InvalidKind,
  invalidInput,
  invalidKindsOf,
  listRead,
  type Operation,
  PROVINCE,
  type Random,
  seededRandom,
  writerOf,
} from './loadWorkload.ts'

/** A running network: its gateway, tokens for its users, and each subgraph's database (for the recount). */
export interface LoadTarget {
  gatewayUrl: string
  token(identity: Identity): Promise<string>
  databases: Record<SubgraphName, DatabaseConfig>
}

export interface LoadOptions {
  users: number
  durationMs: number
  /** A user's mean pause between two requests. */
  thinkMs: number
  /** The share of committee users (reading statistics); the others are officers spread over the create mutations. */
  committeeShare?: number
  seed?: number
  /** The prefix of every agency reference written (unique per run). */
  tag?: string
  /** A request not answered within this is an error. */
  requestTimeoutMs?: number
  /** Each user first makes each kind of its requests once, even past the deadline (a short run still sends every kind). */
  everyKindFirst?: boolean
}

export type Kind = `read ${DashboardView}` | 'read list' | 'write create' | 'write replay' | 'write invalid'

export interface LoadError {
  kind: Kind
  /** The API's code (extensions.code), the HTTP status, or what failed on the client. */
  code: string
  detail: string
}

export interface Acknowledged {
  mutation: string
  id: string
}

/** Every reference the users wrote under: acknowledged (with the record's id) or refused as invalid (with its mutation). */
export interface Ledger {
  acknowledged: Map<string, Acknowledged>
  refused: Map<string, string>
}

export interface LoadResult {
  tag: string
  users: { committee: number; officers: number }
  elapsedMs: number
  /** Each request's latency in ms, by kind. */
  latencies: Record<Kind, number[]>
  errors: LoadError[]
  /** Invalid writes sent, by the way they were spoiled. */
  invalidKinds: Partial<Record<InvalidKind, number>>
  /** Kept-alive sockets the server had closed, sent again on a new socket. */
  socketResets: number
  ledger: Ledger
  /** Each subgraph's audit head before the run (the recount reads the entries after it). */
  auditHeads: Partial<Record<SubgraphName, number>>
}

const KINDS: Kind[] = ['read overview', 'read victims', 'read funnel', 'read units', 'read list', 'write create', 'write replay', 'write invalid']
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

interface Answer {
  status: number
  body: { data?: Record<string, any> | null; errors?: { message?: string; extensions?: { code?: string; field?: string } }[] }
}

export async function runLoad(target: LoadTarget, options: LoadOptions): Promise<LoadResult> {
  const { users, durationMs, thinkMs } = options
  const seed = options.seed ?? 138
  const tag = options.tag ?? `LOAD-${Date.now().toString(36).toUpperCase()}`
  const timeoutMs = options.requestTimeoutMs ?? 120_000
  const committee = Math.round(users * (options.committeeShare ?? 0.4))
  const result: LoadResult = {
    tag,
    users: { committee, officers: users - committee },
    elapsedMs: 0,
    latencies: Object.fromEntries(KINDS.map((k) => [k, []])) as unknown as Record<Kind, number[]>,
    errors: [],
    invalidKinds: {},
    socketResets: 0,
    ledger: { acknowledged: new Map(), refused: new Map() },
    auditHeads: await auditHeads(target.databases, [...new Set(CREATE_MUTATIONS.map((m) => writerOf(m).subgraph))]),
  }
  const fail = (kind: Kind, code: string, detail: string) => result.errors.push({ kind, code, detail: detail.slice(0, 300) })

  /** Sends one operation as `headers`; its latency goes to `kind`. Null when it failed before an answer (an error noted). */
  async function send(kind: Kind, headers: Record<string, string>, op: Operation): Promise<Answer | null> {
    const body = JSON.stringify(op)
    const post = () => fetch(target.gatewayUrl, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) })
    const t0 = performance.now()
    try {
      const res = await post().catch((e) => {
        // a kept-alive socket the server closed meanwhile resets before anything is read: sent again once
        if ((e as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw e
        result.socketResets++
        return post()
      })
      const text = await res.text()
      result.latencies[kind].push(performance.now() - t0)
      try {
        return { status: res.status, body: JSON.parse(text) as Answer['body'] }
      } catch {
        fail(kind, `HTTP ${res.status}`, `not JSON: ${text.slice(0, 120)}`)
        return null
      }
    } catch (e) {
      result.latencies[kind].push(performance.now() - t0)
      fail(kind, (e as Error).name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : 'NETWORK', String((e as Error).message))
      return null
    }
  }
  const problem = (a: Answer) => {
    const e = a.body.errors?.[0]
    return { code: e?.extensions?.code ?? `HTTP ${a.status}`, detail: `${e?.extensions?.field ?? ''} ${e?.message ?? ''}`.trim() }
  }

  const deadline = Date.now() + durationMs
  const started = performance.now()

  async function committeeUser(i: number, random: Random): Promise<void> {
    const identity: Identity = { sub: `load-committee-${i}`, agency: STEERING_COMMITTEE, role: 'analyst', unit: PROVINCE }
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${await target.token(identity)}` }
    const read = async (view?: DashboardView) => {
      const { view: seen, operation } = dashboardRead(random, view)
      const kind: Kind = `read ${seen}`
      const a = await send(kind, headers, operation)
      if (a && (a.body.errors?.length || !a.body.data)) fail(kind, problem(a).code, problem(a).detail)
    }
    // (every view once, from the user's own,) then views at random
    const views = DASHBOARD_VIEWS.map((_, k) => DASHBOARD_VIEWS[(i + k) % DASHBOARD_VIEWS.length]!)
    await loop(
      random,
      views.map((view) => () => read(view)),
      () => read(),
    )
  }

  async function officer(i: number, m: CreateMutation, random: Random): Promise<void> {
    const agency = writerOf(m)
    const identity: Identity = { sub: `load-officer-${i}`, agency: agency.id, role: 'officer', unit: PROVINCE }
    const headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${await target.token(identity)}`,
      'x-purpose-of-use': agency.officerPurpose,
    }
    const mine: { ref: string; input: Record<string, unknown> }[] = []
    let n = 0
    const nextRef = (what: string) => `${tag}-${i}-${what}${++n}`
    const list = async () => {
      const a = await send('read list', headers, listRead(m, random))
      if (a && (a.body.errors?.length || !a.body.data?.[m.list.field])) fail('read list', problem(a).code, problem(a).detail)
    }
    const create = async (): Promise<void> => {
      const ref = nextRef('')
      const input = m.input(ref, random)
      const a = await send('write create', headers, createOperation(m, input))
      if (!a) return
      const record = a.body.data?.[m.mutation]
      if (a.body.errors?.length || record?.externalRef !== ref || typeof record?.id !== 'string') {
        if (a.body.errors?.length) fail('write create', problem(a).code, problem(a).detail)
        else fail('write create', 'WRONG_ANSWER', `no record answered under ${ref}`)
        return
      }
      result.ledger.acknowledged.set(ref, { mutation: m.mutation, id: record.id })
      mine.push({ ref, input })
    }
    /** The same input as a write already acknowledged: the same record answers. */
    const replay = async (): Promise<void> => {
      if (!mine.length) return create()
      const { ref, input } = mine[Math.floor(random() * mine.length)]!
      const a = await send('write replay', headers, createOperation(m, input))
      if (!a) return
      if (a.body.errors?.length) fail('write replay', problem(a).code, problem(a).detail)
      else if (a.body.data?.[m.mutation]?.id !== result.ledger.acknowledged.get(ref)?.id)
        fail('write replay', 'ANOTHER_RECORD', `the replay of ${ref} answered another record`)
    }
    const invalid = async (spoiled?: InvalidKind) => {
      const ref = nextRef('X')
      const { kind, input } = invalidInput(m, ref, random, spoiled)
      result.invalidKinds[kind] = (result.invalidKinds[kind] ?? 0) + 1
      const a = await send('write invalid', headers, createOperation(m, input))
      if (!a) return
      if (a.body.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT' && !a.body.data?.[m.mutation]) result.ledger.refused.set(ref, m.mutation)
      else if (a.body.errors?.length) fail('write invalid', problem(a).code, `${kind}: ${problem(a).detail}`)
      else fail('write invalid', 'ACCEPTED', `${kind}: an invalid write was accepted`)
    }
    // (a create, its replay, the list, each way of spoiling an input once,) then at random 35 % list
    // reads, 35 % creates, 15 % replays (once something is acknowledged), 15 % invalid writes
    await loop(random, [create, replay, list, ...invalidKindsOf(m).map((kind) => () => invalid(kind))], async () => {
      const r = random()
      if (r < 0.35) await list()
      else if (r < 0.5 && mine.length) await replay()
      else if (r >= 0.5 && r < 0.65) await invalid()
      else await create()
    })
  }

  /**
   * Think, act until the deadline; with `everyKindFirst`, the `opening` actions first, even past the
   * deadline. The first pause is spread over a whole think time so that users do not start in step.
   */
  async function loop(random: Random, opening: (() => Promise<void>)[], act: () => Promise<void>): Promise<void> {
    await sleep(random() * thinkMs)
    for (const first of options.everyKindFirst ? opening : []) {
      await first()
      await sleep(thinkMs * (0.5 + random()))
    }
    while (Date.now() < deadline) {
      await act()
      await sleep(thinkMs * (0.5 + random()))
    }
  }

  await Promise.all(
    Array.from({ length: users }, (_, i) => {
      const random = seededRandom(seed * 7919 + i)
      return i < committee ? committeeUser(i, random) : officer(i, CREATE_MUTATIONS[(i - committee) % CREATE_MUTATIONS.length]!, random)
    }),
  )
  result.elapsedMs = performance.now() - started
  return result
}
