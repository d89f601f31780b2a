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
