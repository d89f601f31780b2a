// A progress bar on stderr for long seeds: rows done / total, rate and time left, redrawn in
// place at most five times a second (one line per phase when stderr is not a terminal).
const fmt = (n: number) => Math.round(n).toLocaleString('en-US')
const clock = (s: number) => (Number.isFinite(s) ? `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}` : '–:––')

export interface Progress {
  /** `rows` more done, now working on `what`. */
  add(rows: number, what: string): void
  /** The last line, with the total time. */
  done(): void
}

export function progressBar(total: number, out: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now()
  let rows = 0
  let drawn = 0
  const line = (what: string) => {
    const seconds = (Date.now() - started) / 1000
    const rate = rows / Math.max(seconds, 0.001)
    const share = total ? rows / total : 1
    const width = 30
    const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░')
    return `${bar} ${(share * 100).toFixed(1).padStart(5)}%  ${fmt(rows)} / ${fmt(total)} rows  ${fmt(rate)} rows/s  ETA ${clock((total - rows) / rate)}  ${what}`
  }
  return {
    add(n, what) {
      rows += n
      const now = Date.now()
      if (now - drawn < 200 && rows < total) return
      drawn = now
      if (out.isTTY) out.write(`\r\x1b[2K${line(what)}`)
      else out.write(`${line(what)}\n`)
    },
    done() {
      out.write(`${out.isTTY ? '\r\x1b[2K' : ''}${line(`done in ${clock((Date.now() - started) / 1000)}`)}\n`)
    },
  }
}
