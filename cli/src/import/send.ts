// Records → the gateway's public mutation, several per request as aliases (`r3: receiveIncomingReport(input: $i3)`),
// within the gateway's limits (30 aliases per operation, 600 operations a minute per token: a 429
// waits and resends). The mutations answer non-null records, so one refused row nulls the answer:
// each alias's outcome is read from the errors' path (or, for a value GraphQL itself refused, from
// the variable the error names); the aliases whose outcome is unknown are sent again, which is safe
// because every write is idempotent by the agency's reference.
import { fail } from '../say.ts'
import type { GatewayConnection, GraphQLAnswer } from '../gateway.ts'
import type { RecordType } from './columns.ts'
import { MAX_BATCH } from './recordTypes.ts'
import { problemsOfError } from './problems.ts'
import type { ImportRecord, RowProblem } from './records.ts'

/** Aliases per request: as many as the gateway allows. */
export const BATCH_SIZE = MAX_BATCH
/** Requests in flight at once. */
export const IN_FLIGHT = 8

export interface SendOptions {
  inputType: string
  batchSize?: number
  inFlight?: number
  /** A batch was answered: its records, those that failed among them. */
  onAnswered?: (records: ImportRecord[]) => void
}

type Answer = GraphQLAnswer<Record<string, { __typename: string } | null> | null>

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function documentOf(type: RecordType, inputType: string, n: number): string {
  const vars = Array.from({ length: n }, (_, i) => `$i${i}: ${inputType}!`).join(', ')
  const fields = Array.from({ length: n }, (_, i) => `r${i}: ${type.mutation}(input: $i${i}) { __typename }`).join(' ')
  const name = `Import${type.mutation[0]!.toUpperCase()}${type.mutation.slice(1)}`
  return `mutation ${name}(${vars}) { ${fields} }`
}

/** The alias index an error is about: its path (`r3`), or the variable it names (`i3.kind`, `$i3`). */
function aliasOf(error: NonNullable<Answer['errors']>[number]): number | undefined {
  const p = error.path?.[0]
  if (typeof p === 'string' && /^r\d+$/.test(p)) return Number(p.slice(1))
  const fields = [error.extensions?.field, ...((error.extensions?.problems as { field?: unknown }[] | undefined) ?? []).map((x) => x.field)]
  for (const f of fields) {
    const m = typeof f === 'string' ? /^\$?i(\d+)(?:$|[.[])/.exec(f) : null
    if (m) return Number(m[1])
  }
  return undefined
}

/** Sends one batch until every record in it has an outcome; returns each record's problems (none: written or replayed). */
async function sendBatch(gateway: GatewayConnection, type: RecordType, inputType: string, batch: ImportRecord[]): Promise<void> {
  let pending = batch
  for (let waits = 0; pending.length; ) {
    const document = documentOf(type, inputType, pending.length)
    const variables = Object.fromEntries(pending.map((r, i) => [`i${i}`, r.input]))
    const answer = (await gateway.graphql(document, variables)) as Answer
    if (answer.status === 429) {
      if (++waits > 20) fail('cổng từ chối vì quá nhiều yêu cầu', 'the gateway keeps refusing: too many requests')
      await sleep(Math.min(30_000, 1000 * 2 ** Math.min(waits, 5)))
      continue
    }
    const failedAt = new Map<number, NonNullable<Answer['errors']>>()
    const unplaced: NonNullable<Answer['errors']> = []
    for (const e of answer.errors ?? []) {
      const i = aliasOf(e)
      if (i === undefined || i >= pending.length) unplaced.push(e)
      else failedAt.set(i, [...(failedAt.get(i) ?? []), e])
    }
    const next: ImportRecord[] = []
    pending.forEach((r, i) => {
      const errors = failedAt.get(i)
      if (errors) r.problems.push(...errors.flatMap((e) => problemsOfError(e, r, type)))
      else if (answer.data?.[`r${i}`] == null) next.push(r) // not run (an earlier alias nulled the answer): again
    })
    if (next.length === pending.length) {
      const e = unplaced[0]
      fail(
        `cổng không ghi được (HTTP ${answer.status}): ${e?.message ?? 'không có câu trả lời'}`,
        `the gateway wrote nothing (HTTP ${answer.status}, ${String(e?.extensions?.code ?? 'no answer')}): the import stops; run it again to resume`,
      )
    }
    pending = next
  }
}

/** Sends every record without problems; records refused by the gateway get their problems. */
export async function sendRecords(gateway: GatewayConnection, type: RecordType, records: ImportRecord[], o: SendOptions): Promise<void> {
  const size = o.batchSize ?? BATCH_SIZE
  const batches: ImportRecord[][] = []
  for (let i = 0; i < records.length; i += size) batches.push(records.slice(i, i + size))
  let next = 0
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++]!
      await sendBatch(gateway, type, o.inputType, batch)
      o.onAnswered?.(batch)
    }
  }
  await Promise.all(Array.from({ length: Math.min(o.inFlight ?? IN_FLIGHT, batches.length) }, worker))
}

export type { RowProblem }
