// The child processes of the benchmark (the subgraphs, one gateway at a time): started with tsx,
// their output in results/logs, ready when they say so over IPC; and what Linux says of their
// cost: peak resident memory (VmHWM) and CPU time (utime + stime) from /proc.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdirSync, openSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { ReadyMessage } from './launch/ready.ts'

const here = path.dirname(new URL(import.meta.url).pathname)
export const RESULTS_DIR = path.join(here, 'results')
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100

export interface Child {
  process: ChildProcess
  url: string
  stop: () => Promise<void>
}

/**
 * Starts `file` (relative to bench/gateways, run through tsx; or an absolute .js path, run by plain
 * node) and waits for its ready message, or, given `readyUrl`, until that URL answers.
 */
export async function startChild(name: string, file: string, env: Record<string, string>, readyUrl?: string, timeoutMs = 120_000): Promise<Child> {
  mkdirSync(path.join(RESULTS_DIR, 'logs'), { recursive: true })
  const log = openSync(path.join(RESULTS_DIR, 'logs', `${name}.log`), 'a')
  const args = path.isAbsolute(file) ? [file] : ['--import', 'tsx', path.join(here, file)]
  const child = spawn(process.execPath, args, {
    cwd: here,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', log, log, 'ipc'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} not ready after ${timeoutMs} ms (see results/logs/${name}.log)`)), timeoutMs)
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before it was ready (see results/logs/${name}.log)`)))
    child.on('message', (m: ReadyMessage) => {
      clearTimeout(timer)
      resolve(m.ready)
    })
    if (readyUrl) void pollUntilAnswered(readyUrl, timer, resolve, () => child.exitCode != null || child.signalCode != null)
  })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode != null || child.signalCode != null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref()
    })
  return { process: child, url, stop }
}

async function pollUntilAnswered(url: string, timer: NodeJS.Timeout, resolve: (url: string) => void, exited: () => boolean): Promise<void> {
  while (!exited()) {
    try {
      await fetch(url)
      clearTimeout(timer)
      return resolve(new URL('/graphql', url).href)
    } catch {
      await new Promise((r) => setTimeout(r, 250))
    }
  }
}

/** CPU time (user + system) of process `pid` so far, in milliseconds. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // after the command: state is field 3, utime 14 and stime 15 (1-based over the whole line)
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS
}

/** Peak resident set of process `pid` since it started, in MB (VmHWM, else VmRSS). */
export function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = /VmHWM:\s+(\d+)/.exec(status)?.[1] ?? /VmRSS:\s+(\d+)/.exec(status)?.[1] ?? '0'
  return Number(kb) / 1024
}
