// One Prisma CLI configuration for every subgraph: `prisma.config.ts` in a subgraph folder is
// `export default definePrismaConfig(import.meta.url)`.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'prisma/config'
import { migrationAdapter } from './migrateAdapters.ts'

export function definePrismaConfig(configFileUrl: string) {
  const dir = path.dirname(fileURLToPath(configFileUrl))
  const provider = process.env.DB_PROVIDER === 'postgresql' ? 'postgresql' : 'sqlite'
  // a config file turns off Prisma's own .env loading; the CLI is always called with DATABASE_URL
  const url = (process.env.DATABASE_URL ??= provider === 'sqlite' ? `file:${path.join(dir, 'dev.db')}` : 'postgresql://postgres@127.0.0.1:5432/lienthong_dev')

  // The Wasm engine arms a 10 s timer per PostgreSQL command and never clears it; without this
  // every CLI call would linger 10–70 s after its work is done.
  if (provider === 'postgresql') {
    const setTimeoutOriginal = globalThis.setTimeout
    globalThis.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...a: unknown[]) => {
      const t = setTimeoutOriginal(fn, ms, ...a)
      if ((ms ?? 0) >= 10_000) t.unref()
      return t
    }) as typeof setTimeout
  }

  return defineConfig({
    experimental: { adapter: true },
    engine: 'js', // schema_engine_bg.wasm shipped inside `prisma`: no binary download
    adapter: async () => migrationAdapter(provider, url) as never,
    // a folder: schema.prisma (datasource, generator) and any other *.prisma files beside it
    schema: path.join(dir, 'prisma', provider),
    migrations: { path: path.join(dir, 'prisma', provider, 'migrations') },
  })
}
