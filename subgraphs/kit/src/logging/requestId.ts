// The request id: made at the gateway (or taken from the caller's X-Request-Id when it is well
// formed), signed with the forwarded identity to every subgraph, written in every log line and
// audit entry of the request and returned in the response header X-Request-Id.
import { randomUUID } from 'node:crypto'

export const REQUEST_ID_HEADER = 'x-request-id'

/** What a request id may look like: 8 to 64 letters, digits, `_` or `-` (a UUID, a ULID, a trace id). */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/

export const isRequestId = (value: unknown): value is string => typeof value === 'string' && REQUEST_ID_PATTERN.test(value)

/** The caller's id when it is well formed, otherwise a new one (never an echo of anything else). */
export function requestIdFrom(header: string | string[] | undefined): string {
  return isRequestId(header) ? header : randomUUID()
}
