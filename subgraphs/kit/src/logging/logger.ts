// Structured logs (pino, JSON lines on stdout): one line per request at its end
// (requestLog.ts) and the few operational events. A log line names services, operations, codes
// and ids, never a submitted value, a variable, a token, personal data or an error's message.
import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino'
import { ConfigError } from '../config.ts'

export type { Logger } from 'pino'

export const LOG_LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']
export const DEFAULT_LOG_LEVEL: LevelWithSilent = 'info'

/** LT_LOG_LEVEL, checked: one of LOG_LEVELS (default info). */
export function logLevelFrom(env: Record<string, string | undefined> = process.env): LevelWithSilent {
  const level = env.LT_LOG_LEVEL?.trim().toLowerCase()
  if (!level) return DEFAULT_LOG_LEVEL
  if ((LOG_LEVELS as readonly string[]).includes(level)) return level as LevelWithSilent
  throw new ConfigError(`LT_LOG_LEVEL: unknown level "${env.LT_LOG_LEVEL}": set it to one of ${LOG_LEVELS.join(', ')}`)
}

export interface LoggerOptions {
  /** Written in every line (`gateway`, `cases`, …). */
  service?: string
  /** Default: LT_LOG_LEVEL. */
  level?: LevelWithSilent
  /** Default: stdout. Tests pass a stream to read the lines. */
  destination?: DestinationStream
}

export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? logLevelFrom(),
      base: options.service ? { service: options.service } : {},
      timestamp: pino.stdTimeFunctions.isoTime,
      // the level as its name ("info"), as log collectors expect
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination,
  )
}

let processLogger: Logger | undefined
/** The process's logger for events outside a served request (a server run without serveHttp, e.g. in tests). */
export function processLog(): Logger {
  return (processLogger ??= createLogger())
}
