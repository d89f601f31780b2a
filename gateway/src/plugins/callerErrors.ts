// The caller's mistakes are answered at the gateway, before any subgraph is called, as typed
// errors naming the field, with the HTTP status of their code (kit/src/errorCodes.ts):
// - the shared scalars (Date, DateTime, CountryCode, AdminUnitCode, PersonRef) are checked on
//   the API schema, so "yesterday" or 2024-02-30 is BAD_USER_INPUT like an unknown enum value;
// - a validation error about a literal value names the argument path it sits at (input.sex);
// - no string value, in the variables or the document, may exceed `maxStringLength`;
// - an operationName that names no operation of the document is 400 (the planner would fail: 500);
// - a response without data answers with the status of its errors' code (400, 403, 404, 409 …)
//   instead of 200.
// Messages that would quote a value are rewritten by maskError (kit/src/inputErrors.ts).
import type { ApolloServerPlugin } from '@apollo/server'
import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from 'graphql'
import { checkScalarsOf, ERROR_CODES, isErrorCode, type FieldProblem } from '@lienthong/kit'

export interface CallerErrorsOptions {
  /** Longest string value accepted anywhere in a request (characters). */
  maxStringLength: number
}
export const DEFAULT_CALLER_ERRORS: CallerErrorsOptions = { maxStringLength: 10_000 }

// biome-ignore lint/suspicious/noExplicitAny: a plugin of any server context (it reads none)
export function createCallerErrorsPlugin(options: Partial<CallerErrorsOptions> = {}): ApolloServerPlugin<any> {
  const { maxStringLength } = { ...DEFAULT_CALLER_ERRORS, ...options }
  return {
    async serverWillStart() {
      return { schemaDidLoadOrUpdate: ({ apiSchema }) => checkScalarsOf(apiSchema) }
    },
    async requestDidStart() {
      return {
        async validationDidStart({ document }) {
          return async (errors) => {
            for (const error of errors ?? []) {
              const node = (error as Partial<GraphQLError>).nodes?.[0]
              const field = node && argumentPathOf(document, node)
              if (field) Object.assign(error, { extensions: { ...(error as GraphQLError).extensions, field } })
            }
          }
        },
        async didResolveOperation({ document, request, operation }) {
          // without this the gateway's planner fails on it: a 500 for the caller's mistake
          if (!operation) throw operationNotFound(request.operationName)
          const problem = overlongVariable(request.variables ?? {}, maxStringLength) ?? overlongLiteral(document, maxStringLength)
          if (problem) throw refusal(problem)
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return
          const { data, errors } = response.body.singleResult
          if (!errors?.length || (data && Object.values(data).some((v) => v != null))) return
          if (response.http.status != null && response.http.status !== 200) return
          const statuses = errors.map((e) => {
            const code = e.extensions?.code
            return isErrorCode(code) ? ERROR_CODES[code].status : 500
          })
          response.http.status = statuses.find((s) => s >= 500) ?? statuses[0]!
        },
      }
    },
  }
}

function refusal(p: FieldProblem): GraphQLError {
  return new GraphQLError(`Dữ liệu không hợp lệ / Invalid input — ${p.field}: ${p.reasonVi} / ${p.reasonEn}`, {
    extensions: { code: 'BAD_USER_INPUT', field: p.field, problems: [p], http: { status: 400 } },
  })
}

function operationNotFound(operationName: string | null | undefined): GraphQLError {
  const [vi, en] = operationName
    ? ['tài liệu không có thao tác mang tên operationName', 'the document has no operation of that operationName']
    : ['tài liệu có nhiều thao tác: cần operationName', 'the document has several operations: operationName is required']
  return new GraphQLError(`Thao tác không xác định / Unknown operation — ${vi} / ${en}`, {
    extensions: {
      code: 'OPERATION_RESOLUTION_FAILURE',
      field: 'operationName',
      problems: [{ field: 'operationName', reasonVi: vi, reasonEn: en }],
      http: { status: 400 },
    },
  })
}

function tooLong(field: string, max: number): FieldProblem {
  return { field, reasonVi: `chuỗi dài quá ${max} ký tự`, reasonEn: `a string longer than ${max} characters` }
}

function overlongVariable(value: unknown, max: number, path = ''): FieldProblem | undefined {
  if (typeof value === 'string') return value.length > max ? tooLong(path || '(variables)', max) : undefined
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const p = overlongVariable(item, max, `${path}[${i}]`)
      if (p) return p
    }
  } else if (value && typeof value === 'object') {
    for (const [k, item] of Object.entries(value)) {
      const p = overlongVariable(item, max, path ? `${path}.${k}` : k)
      if (p) return p
    }
  }
  return undefined
}

function overlongLiteral(document: DocumentNode, max: number): FieldProblem | undefined {
  let found: FieldProblem | undefined
  visit(document, {
    StringValue(node) {
      if (!found && node.value.length > max) found = tooLong(argumentPathOf(document, node) ?? '(document)', max)
    },
  })
  return found
}

/**
 * Where a value node sits among the arguments it belongs to: `input.personal.nationalId`,
 * `input.forms[2]`; an object field names its parent (its own name is what the message is about).
 */
export function argumentPathOf(document: DocumentNode, target: ASTNode): string | undefined {
  const path: string[] = []
  let found: string | undefined
  const push = (segment: string) => path.push(path.length && !segment.startsWith('[') ? `.${segment}` : segment)
  visit(document, {
    enter(node, key) {
      if (found !== undefined) return false
      if (node === target) {
        found = path.join('')
        return false
      }
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) push(node.name.value)
      else if (typeof key === 'number' && 'kind' in node && node.kind.endsWith('Value')) push(`[${key}]`)
      else return undefined
      return undefined
    },
    leave(node, key) {
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD || (typeof key === 'number' && node.kind.endsWith('Value'))) path.pop()
    },
  })
  return found || undefined
}
