// The gateways benchmark: the four subgraphs in one process, the supergraph composed from them,
// then for each round every gateway in turn (A B C D, so the machine's noise hits all alike):
// start it, check one answer against the expected one, warm up, measure under autocannon while
// reading the gateway's CPU time and peak memory from /proc, stop it. Prints a table per round
// and the summary (medians over rounds, ratios to vanilla Apollo Gateway); writes the JSON to
// results/.
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { issueToken } from '@lienthong/kit/identity'
import { composeSupergraph } from './compose.ts'
import { answerProblem } from './expected.ts'
import { gatewaySpecs, type GatewaySpec } from './gateways.ts'
import { load } from './load.ts'
import { cpuMs, peakRssMb, RESULTS_DIR, startChild } from './processes.ts'
import { type Measurement, roundTable, summarize, summaryTable } from './report.ts'

export interface BenchOptions {
  rounds: number
  warmupSeconds: number
  seconds: number
  connections: number
  only?: string[] | undefined
  hiveDedup: boolean
}

const GATEWAY_PORT = Number(process.env.BENCH_GATEWAY_PORT ?? 4400)
const BASELINE = 'apollo'

/** The query as the public benchmark sends it (the file's comment lines left out). */
function queryBody(): string {
  const text = readFileSync(new URL('./query.graphql', import.meta.url), 'utf8')
  return JSON.stringify({ query: text.replace(/^#.*\n/gm, '') })
}

function machine() {
  return {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
    node: process.version,
  }
}

async function measure(
  spec: GatewaySpec,
  round: number,
  context: { supergraph: string; body: string; token: string; publicKeyPem: string; masterSecret: string; subgraphsPid: number },
  options: BenchOptions,
): Promise<Measurement> {
  const child = await startChild(
    spec.id,
    spec.file,
    {
      ...spec.env,
      BENCH_SUPERGRAPH: context.supergraph,
      BENCH_PORT: String(GATEWAY_PORT),
      // the same, named as the gateway's own configuration reads them (gateway/src/config.ts)
      SUPERGRAPH_PATH: context.supergraph,
      GATEWAY_PORT: String(GATEWAY_PORT),
      HOST: '127.0.0.1',
      ...(spec.needsToken
        ? { BENCH_JWT_PUBLIC_KEY: context.publicKeyPem, LT_JWT_PUBLIC_KEY: context.publicKeyPem, LT_SUBGRAPH_MASTER_SECRET: context.masterSecret }
        : {}),
    },
    spec.readyPath ? `http://127.0.0.1:${GATEWAY_PORT}${spec.readyPath}` : undefined,
  )
  try {
    const pid = child.process.pid!
    const headers: Record<string, string> = spec.needsToken ? { authorization: `Bearer ${context.token}` } : {}
    const first = await fetch(child.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: context.body })
    const problem = first.ok ? answerProblem(await first.json()) : `HTTP ${first.status}: ${(await first.text()).slice(0, 300)}`
    if (problem) console.log(`  ✖ ${spec.id}: wrong answer — ${problem}`)
    let cpu0 = 0
    let cpu1 = 0
    let subgraphs0 = 0
    let subgraphs1 = 0
    const result = await load({
      url: child.url,
      body: context.body,
      headers,
      connections: options.connections,
      warmupSeconds: options.warmupSeconds,
      seconds: options.seconds,
      onWindowStart: () => {
        cpu0 = cpuMs(pid)
        subgraphs0 = cpuMs(context.subgraphsPid)
      },
      onWindowEnd: () => {
        cpu1 = cpuMs(pid)
        subgraphs1 = cpuMs(context.subgraphsPid)
      },
    })
    const perRequest = (ms: number) => (result.requests ? ms / result.requests : Number.NaN)
    return {
      gateway: spec.id,
      round,
      ...result,
      peakRssMb: peakRssMb(pid),
      cpuMsPerRequest: perRequest(cpu1 - cpu0),
      subgraphCpuMsPerRequest: perRequest(subgraphs1 - subgraphs0),
      answerOk: !problem,
    }
  } finally {
    await child.stop()
  }
}

export async function runBench(options: BenchOptions): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true })
  const specs = gatewaySpecs({ hiveDedup: options.hiveDedup }).filter((s) => !options.only || options.only.includes(s.id))
  if (!specs.length) throw new Error(`--only: none of ${options.only?.join(', ')} is a gateway of this benchmark`)
  const before = machine()
  console.log(`machine: ${before.nproc} CPUs (${before.cpu}), ${before.memoryGb} GB, load ${before.loadAverage.join(' ')}, Node ${before.node}`)
  console.log(
    `${options.rounds} round(s) of ${specs.map((s) => s.id).join(' ')}: ${options.connections} connections, ${options.warmupSeconds} s warm-up, ${options.seconds} s measured`,
  )
  const subgraphs = await startChild('subgraphs', 'subgraphs/serve.ts', {})
  try {
    const supergraph = composeSupergraph(JSON.parse(subgraphs.url), path.join(RESULTS_DIR, 'supergraph.graphql'))
    const { privateKey, publicKey } = generateKeyPairSync('ed25519')
    const token = await issueToken({ sub: 'bench-officer', agency: 'police', role: 'officer', unit: '99' }, privateKey, 3600)
    const context = {
      supergraph,
      body: queryBody(),
      token,
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      masterSecret: randomBytes(32).toString('base64url'),
      subgraphsPid: subgraphs.process.pid!,
    }
    const measurements: Measurement[] = []
    for (let round = 1; round <= options.rounds; round++) {
      const ofRound: Measurement[] = []
      for (const spec of specs) {
        console.log(`round ${round}: ${spec.label}…`)
        ofRound.push(await measure(spec, round, context, options))
      }
      measurements.push(...ofRound)
      console.log(`\nround ${round} (load ${os.loadavg()[0]!.toFixed(2)})\n${roundTable(ofRound)}\n`)
    }
    const summary = summarize(
      measurements,
      specs.map((s) => s.id),
      BASELINE,
    )
    console.log(`summary: median over ${options.rounds} round(s)\n${summaryTable(summary)}`)
    const file = path.join(RESULTS_DIR, `gateways-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
    writeFileSync(file, JSON.stringify({ machine: { before, after: machine() }, options, gateways: specs, measurements, summary }, null, 2))
    console.log(`\nresults: ${path.relative(process.cwd(), file)}`)
  } finally {
    await subgraphs.stop()
  }
}
