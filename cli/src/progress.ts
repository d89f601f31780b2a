// A long operation's progress bar (rows, rate, time left) on stderr when it is a terminal, and
// its one-line summary at the end either way.
import { SingleBar } from 'cli-progress'

export interface Progress {
  /** `n` more rows done. */
  advance(n: number): void
  /** Stops the bar; returns the seconds elapsed. */
  stop(): number
}

export function progressBar(total: number, label: string): Progress {
  const started = Date.now()
  const bar = process.stderr.isTTY
    ? new SingleBar({
        stream: process.stderr,
        format: `${label} [{bar}] {value}/{total} dòng/rows | {rate}/s | còn/ETA {eta_formatted}`,
        hideCursor: true,
        etaBuffer: 50,
      })
    : null
  let done = 0
  bar?.start(total, 0, { rate: '0' })
  return {
    advance(n) {
      done += n
      const seconds = (Date.now() - started) / 1000
      bar?.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(0) : '0' })
    },
    stop() {
      bar?.stop()
      return (Date.now() - started) / 1000
    },
  }
}
