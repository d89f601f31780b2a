// The CLI speaks Vietnamese with English beside it, in help and in messages alike.

/** "Vietnamese — English", the form of every description and message. */
export const bi = (vi: string, en: string): string => `${vi} — ${en}`

/** A failure the CLI reports as one line (✖ …) and exits with `exitCode` (1 by default). */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
  }
}

/** Stops the command with one bilingual line. */
export const fail = (vi: string, en: string, exitCode = 1): never => {
  throw new CliFailure(bi(vi, en), exitCode)
}

/** Help headings, Vietnamese beside commander's English. */
export const HELP_TITLES: Record<string, string> = {
  'Usage:': 'Cách dùng — Usage:',
  'Options:': 'Tuỳ chọn — Options:',
  'Arguments:': 'Đối số — Arguments:',
  'Commands:': 'Lệnh — Commands:',
  'Global Options:': 'Tuỳ chọn chung — Global Options:',
}

/** Commander's own parse errors (English), each with its Vietnamese. */
const PARSE_ERRORS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^unknown option '(.+?)'/, (m) => `tuỳ chọn không xác định '${m[1]}'`],
  [/^unknown command '(.+?)'/, (m) => `lệnh không xác định '${m[1]}'`],
  [/^missing required argument '(.+?)'/, (m) => `thiếu đối số bắt buộc '${m[1]}'`],
  [/^option '(.+?)' argument missing/, (m) => `tuỳ chọn '${m[1]}' thiếu giá trị`],
  [/^required option '(.+?)' not specified/, (m) => `thiếu tuỳ chọn bắt buộc '${m[1]}'`],
  [
    /^option '(.+?)' argument '(.*?)' is invalid\.(?: Allowed choices are (.+)\.)?/,
    (m) => `giá trị '${m[2]}' của '${m[1]}' không hợp lệ${m[3] ? ` (chọn một trong ${m[3]})` : ''}`,
  ],
  [/^too many arguments/, () => 'thừa đối số'],
  [/^(.+) cannot be used with (.+)$/, (m) => `${m[1]} không dùng cùng ${m[2]}`],
]

/** One bilingual line (✖ vi — en) for a parse error commander reports in English. */
export function parseErrorLine(commanderMessage: string): string {
  const en = commanderMessage
    .replace(/^error: /, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ')
  const suggestion = /\(Did you mean (.+?)\?\)/.exec(en)?.[1]
  const known = PARSE_ERRORS.map(([re, vi]) => {
    const m = re.exec(en)
    return m && vi(m)
  }).find(Boolean)
  const vi = `${known ?? 'lệnh không hợp lệ'}${suggestion ? ` (có phải ${suggestion}?)` : ''}`
  return `✖ ${bi(`${vi}; xem --help`, `${en}; see --help`)}`
}
