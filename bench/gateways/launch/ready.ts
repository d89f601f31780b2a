// How a gateway child process tells the driver it listens: an IPC message with its URL (its
// stdout and stderr go to a log file, as a deployed gateway's would).
export interface ReadyMessage {
  ready: string
}

export function announceReady(url: string): void {
  const message: ReadyMessage = { ready: url }
  if (process.send) process.send(message)
  else console.log(`ready ${url}`)
}

export function launchSettings(): { supergraphPath: string; port: number } {
  const supergraphPath = process.env.BENCH_SUPERGRAPH
  if (!supergraphPath) throw new Error('BENCH_SUPERGRAPH: the composed supergraph file is required')
  return { supergraphPath, port: Number(process.env.BENCH_PORT ?? 4000) }
}
