// GraphQL's own errors about submitted values (variable coercion, literal values, syntax) quote
// the value, and for a variable the whole input object: a national ID, a name. They are
// rewritten here into the network's contract: the field path and a fixed reason in Vietnamese
// and English, built only from names matched in the message (types, fields, variables), never
// from the value. Used by maskError at the gateway and in every subgraph.
import type { GraphQLFormattedError } from 'graphql'
import type { FieldProblem } from './errors.ts'
import { SCALAR_REASONS, type SharedScalar } from './scalars.ts'

const NAME = '[_A-Za-z][_0-9A-Za-z]*'
const TYPE = String.raw`[_A-Za-z][_0-9A-Za-z!\[\]]*`
/** A path as graphql-js prints it: input.personal.nationalId, forms[2] (names and indexes only). */
const PATH = String.raw`\$?${NAME}(?:\.${NAME}|\[\d+\])*`

/** `field`: the field the reason is about, below the path; `variable`: the variable itself is the path. */
interface Reason {
  vi: string
  en: string
  field?: string
  variable?: string
}

/** The last match of `re` in `s` (a value printed earlier in the message cannot win). */
function last(re: RegExp, s: string): RegExpExecArray | null {
  const g = new RegExp(re.source, 'g')
  let found: RegExpExecArray | null = null
  for (let m = g.exec(s); m; m = g.exec(s)) {
    found = m
    if (m[0] === '') g.lastIndex++
  }
  return found
}

/** Reasons of graphql-js 16 and of the shared scalars, most specific first. */
const REASONS: [RegExp, (m: RegExpExecArray) => Reason][] = [
  [new RegExp(`\\b(${Object.keys(SCALAR_REASONS).join('|')}): `), (m) => SCALAR_REASONS[m[1] as SharedScalar]],
  [new RegExp(`does not exist in "(${NAME})" enum`), (m) => ({ vi: `không có trong danh mục ${m[1]}`, en: `not a value of the enum ${m[1]}` })],
  [new RegExp(`Enum "(${NAME})" cannot represent`), (m) => ({ vi: `không có trong danh mục ${m[1]}`, en: `not a value of the enum ${m[1]}` })],
  [
    /\b(Int|Float) cannot represent non[- ](32-bit signed )?\w*/,
    (m) => ({ vi: m[1] === 'Int' ? 'phải là số nguyên 32 bit' : 'phải là số', en: m[1] === 'Int' ? 'must be a 32-bit integer' : 'must be a number' }),
  ],
  [/\b(String|Boolean|ID) cannot represent/, (m) => ({ vi: `phải có kiểu ${m[1]}`, en: `must be a ${m[1]}` })],
  [new RegExp(`Expected type "(${NAME})" to be an object`), (m) => ({ vi: `phải là một đối tượng ${m[1]}`, en: `must be an object of type ${m[1]}` })],
  [
    new RegExp(`Field "(?:${NAME}\\.)?(${NAME})" of required type "(${TYPE})" was not provided`),
    (m) => ({ vi: `thiếu trường bắt buộc ${m[1]}`, en: `the required field ${m[1]} (${m[2]}) is missing`, field: m[1] }),
  ],
  [
    new RegExp(`Field "(${NAME})" is not defined by type "(${NAME})"`),
    (m) => ({ vi: `${m[2]} không có trường ${m[1]}`, en: `${m[2]} has no field ${m[1]}`, field: m[1] }),
  ],
  [
    new RegExp(`Variable "\\$(${NAME})" of required type "(${TYPE})" was not provided`),
    (m) => ({ vi: 'thiếu biến bắt buộc', en: `the required variable of type ${m[2]} was not provided`, variable: m[1] }),
  ],
  [
    new RegExp(`Variable "\\$(${NAME})" of non-null type "(${TYPE})" must not be null`),
    (m) => ({ vi: 'biến bắt buộc không được null', en: `the variable of type ${m[2]} must not be null`, variable: m[1] }),
  ],
  [new RegExp(`Expected value of type "(${TYPE})"`), (m) => ({ vi: `cần giá trị kiểu ${m[1]}`, en: `expected a value of type ${m[1]}` })],
]

/** Is this message one of GraphQL's that quote a submitted value? */
const QUOTES_VALUE =
  /got invalid value|Expected value of type|cannot represent|does not exist in "|Expected type "|of required type "|of non-null type "|\b(?:Date|DateTime|CountryCode|AdminUnitCode|PersonRef): /

/**
 * The field and reason of GraphQL's message about a submitted value, or undefined when the message
 * is not about a value. `field` is a known path (e.g. from the document) used when the message has none.
 */
export function inputProblemOf(message: string, field?: string): FieldProblem | undefined {
  if (!QUOTES_VALUE.test(message)) return undefined
  const variable = new RegExp(`^Variable "\\$(${NAME})" got invalid value`).exec(message)
  const at = variable ? last(new RegExp(` at "(${PATH})"; `), message) : null
  const path = at?.[1] ?? variable?.[1] ?? field
  for (const [re, make] of REASONS) {
    const m = last(re, message)
    if (!m) continue
    const r = make(m)
    const named = r.variable ?? (r.field ? (path ? `${path}.${r.field}` : r.field) : path)
    return { field: named ?? '(input)', reasonVi: r.vi, reasonEn: r.en }
  }
  return { field: path ?? '(input)', reasonVi: 'giá trị không hợp lệ', reasonEn: 'invalid value' }
}

/** "Syntax Error: Expected Name, found String "…"" without the token's text or the document excerpt. */
export function syntaxMessageOf(message: string): string {
  const first = message
    .split('\n', 1)[0]!
    .replace(/\b(String|BlockString|Int|Float|Name) "[\s\S]*$/, '$1.')
    .replace(/(character|got)(:)? "[\s\S]*$/, '$1.')
  return `Lỗi cú pháp GraphQL / GraphQL syntax error — ${first.replace(/^Syntax Error: /, '')}`
}

/**
 * Rewrites a formatted error that quotes a submitted value: BAD_USER_INPUT with `field` and
 * `problems`, locations kept. Other errors come back unchanged.
 */
export function withoutSubmittedValues(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code
  if (code === 'GRAPHQL_PARSE_FAILED') return { message: syntaxMessageOf(formatted.message), locations: formatted.locations, extensions: { code } }
  // only GraphQL's own input errors quote values; the network's typed errors never do
  if (code !== 'BAD_USER_INPUT' && code !== 'GRAPHQL_VALIDATION_FAILED' && code !== 'BAD_REQUEST') return formatted
  const known = typeof formatted.extensions?.field === 'string' ? formatted.extensions.field : undefined
  // problems of the network's own errors are already bilingual and value-free
  if (Array.isArray(formatted.extensions?.problems)) return formatted
  const problem = inputProblemOf(formatted.message, known)
  if (!problem) return formatted
  return {
    message: `Dữ liệu không hợp lệ / Invalid input — ${problem.field}: ${problem.reasonVi} / ${problem.reasonEn}`,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT', field: problem.field, problems: [problem] },
  }
}
