// The production build of the services (NET-9): the gateway and each subgraph bundled by esbuild
// into one JavaScript file, <service>/dist/index.js, that plain `node` runs: no TypeScript
// transform at start-up, no source-map formatting of every stack trace (tsx's cost in the
// gateway's profile under load). The workspace packages (@lienthong/*, whose exports are .ts
// sources) and the generated Prisma clients (.ts too) are bundled; every third-party package stays
// external, resolved from node_modules as in development.
// Each module keeps its own `import.meta.url` (rewritten to its source file's URL relative to the
// bundle), so the files read beside the sources (SDL, supergraph, migrations, Prisma's runtime)
// are found as in development: dist/ lives in the checked-out repository, next to src/.
//   npm run build                 (turbo: every service, and the dashboard)
//   tsx scripts/build.ts [dir…]   (these service folders; all when none)
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'esbuild'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
/** The services run in production, each from its src/index.ts. */
export const SERVICE_DIRS = ['gateway', 'subgraphs/cases', 'subgraphs/prosecutions', 'subgraphs/support', 'subgraphs/border'].map((d) => path.join(ROOT, d))
export const COMPILED_ENTRY = path.join('dist', 'index.js')

/** Bundles only the workspace's own code: bare imports other than @lienthong/* stay external. */
function workspaceOnly(outDir: string): Plugin {
  return {
    name: 'lienthong-workspace',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) =>
        args.path.startsWith('@lienthong/') || path.isAbsolute(args.path) ? undefined : { path: args.path, external: true },
      )
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8')
        const relative = path.relative(outDir, args.path).split(path.sep).join('/')
        const contents = source.replace(/\bimport\.meta\.url\b/g, `new URL(${JSON.stringify(relative)}, import.meta.url).href`)
        return { contents, loader: 'ts' }
      })
    },
  }
}

/** Builds one service folder's dist/index.js; resolves with its size in bytes. */
export async function buildService(dir: string): Promise<number> {
  const outDir = path.join(dir, 'dist')
  const result = await build({
    entryPoints: [path.join(dir, 'src', 'index.ts')],
    outfile: path.join(dir, COMPILED_ENTRY),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    plugins: [workspaceOnly(outDir)],
  })
  return Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0)
}

/** Builds the given service folders (all when none), one after another. */
export async function buildServices(dirs: readonly string[] = SERVICE_DIRS): Promise<void> {
  for (const dir of dirs) {
    const bytes = await buildService(dir)
    console.log(`built ${path.relative(ROOT, path.join(dir, COMPILED_ENTRY))} (${Math.round(bytes / 1024)} KiB)`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = process.argv.slice(2).map((d) => path.resolve(d))
  await buildServices(dirs.length ? dirs : SERVICE_DIRS)
}
