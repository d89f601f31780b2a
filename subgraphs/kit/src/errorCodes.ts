// Every error code the network answers with (extensions.code) and the HTTP status the gateway
// gives a response whose errors carry it and that has no data. README "Errors" lists the same.

export const ERROR_CODES = {
  GRAPHQL_PARSE_FAILED: { status: 400, en: 'the document is not valid GraphQL syntax' },
  GRAPHQL_VALIDATION_FAILED: { status: 400, en: 'the document does not fit the schema or the query limits' },
  BAD_REQUEST: { status: 400, en: 'the HTTP request is not a GraphQL request (body, variables not an object, method, CSRF header)' },
  OPERATION_RESOLUTION_FAILURE: { status: 400, en: 'operationName names no operation of the document, or several operations and no operationName' },
  PERSISTED_QUERY_NOT_SUPPORTED: { status: 400, en: 'a persisted-query request the server cannot serve' },
  PERSISTED_QUERY_NOT_FOUND: { status: 404, en: 'automatic persisted query: the hash is not known yet, send the query with it' },
  BAD_USER_INPUT: { status: 400, en: 'a submitted value is wrong (field, problems)' },
  UNAUTHENTICATED: { status: 401, en: 'missing, malformed, expired or foreign token' },
  FORBIDDEN: { status: 403, en: 'the role, agency, unit scope or purpose does not allow it (field)' },
  CONSENT_REQUIRED: { status: 403, en: "sharing needs the person's recorded consent (field)" },
  NOT_FOUND: { status: 404, en: 'no record with that id or reference (field)' },
  ILLEGAL_TRANSITION: { status: 409, en: 'the status change is not allowed from the current status (field)' },
  IDEMPOTENCY_CONFLICT: { status: 409, en: 'the reference was used before with a different payload (field)' },
  CONFLICT: { status: 409, en: 'the record changed since the version the caller read (field, currentVersion)' },
  PAYLOAD_TOO_LARGE: { status: 413, en: 'the request body is larger than 1 MiB' },
  RATE_LIMITED: { status: 429, en: 'too many operations for this token (Retry-After)' },
  INTERNAL_SERVER_ERROR: { status: 500, en: 'an unexpected failure, masked' },
  AUDIT_UNAVAILABLE: { status: 503, en: 'the audit entry could not be written: data withheld' },
  DATABASE_UNAVAILABLE: { status: 503, en: "the agency's database cannot be reached: nothing was read or written (service)" },
  SUBGRAPH_UNAVAILABLE: { status: 503, en: "an agency's service cannot be reached: its fields are null (service)" },
  SUBGRAPH_TIMEOUT: { status: 504, en: "an agency's service did not answer in time: its fields are null (service)" },
  SHUTTING_DOWN: { status: 503, en: 'the server is stopping: retry on another replica or in a moment' },
} as const satisfies Record<string, { status: number; en: string }>

export type ErrorCode = keyof typeof ERROR_CODES

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_CODES, code)
}

/** Codes that are the caller's mistake (4xx): never masked, never logged as failures. */
export function isCallerError(code: unknown): boolean {
  return isErrorCode(code) && ERROR_CODES[code].status < 500
}
