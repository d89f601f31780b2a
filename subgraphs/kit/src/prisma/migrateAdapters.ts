// Driver adapters for the Prisma 6.19 CLI's Wasm schema engine (engine: 'js'), with the shims
// for the gaps found in testing (offline: no native engine is downloaded).
import { randomUUID } from 'node:crypto'
import { PrismaLibSQL } from '@prisma/adapter-libsql'
import { PrismaPg } from '@prisma/adapter-pg'
import type { DbProvider } from '../config.ts'

// biome-ignore lint/suspicious/noExplicitAny: the driver adapters of both providers, typed apart by Prisma
type Adapter = Record<string, any>
// biome-ignore lint/suspicious/noExplicitAny: the driver adapters of both providers, typed apart by Prisma
type Factory = { connect(): Promise<any>; connectToShadowDb(): Promise<any> }

function patch<F extends Factory>(factory: F, fix: (a: Adapter) => Adapter): F {
  const connect = factory.connect.bind(factory)
  const shadow = factory.connectToShadowDb.bind(factory)
  factory.connect = async () => fix(await connect())
  factory.connectToShadowDb = async () => fix(await shadow())
  return factory
}

// (1) SQLite: the engine replays whole migration files through executeRaw (one statement);
//     libsql would silently run only the first statement -> send them through executeScript.
function sqliteShim(a: Adapter): Adapter {
  const raw = a.executeRaw.bind(a)
  a.executeRaw = async (q: { sql: string; args: unknown[] }) => {
    if (q.args.length) return raw(q)
    await a.executeScript(q.sql)
    return 0
  }
  return a
}

// (2) adapter-pg cannot type `name`/"char" catalog columns (OID 19/18) -> report them as text.
// (3) adapter-pg's executeScript splits on every ';' (breaks $$ bodies) -> one simple-protocol query.
function pgShim(a: Adapter): Adapter {
  const io = a.performIO.bind(a)
  a.performIO = async (q: unknown) => {
    const r = await io(q)
    for (const f of r?.fields ?? []) if (f.dataTypeID === 18 || f.dataTypeID === 19) f.dataTypeID = 25
    return r
  }
  a.executeScript = async (sql: string) => {
    try {
      await a.client.query(sql)
    } catch (e) {
      a.onError(e)
    }
  }
  if (a.startTransaction) {
    const start = a.startTransaction.bind(a)
    a.startTransaction = async (...x: unknown[]) => pgShim(await start(...x))
  }
  return a
}

export function migrationAdapter(provider: DbProvider, url: string): Factory {
  if (provider === 'sqlite') return patch(new PrismaLibSQL({ url }) as unknown as Factory, sqliteShim)
  const factory = patch(new PrismaPg({ connectionString: url, allowExitOnIdle: true }) as unknown as Factory, pgShim)
  // (4) the stock connectToShadowDb would use the REAL database and drop the temporary one while
  //     still connected: create and drop a real temporary shadow database instead.
  // biome-ignore lint/suspicious/noExplicitAny: the driver adapters of both providers, typed apart by Prisma
  factory.connectToShadowDb = async (): Promise<any> => {
    const main = await factory.connect()
    const name = `prisma_migrate_shadow_db_${randomUUID()}`
    await main.executeScript(`CREATE DATABASE "${name}"`)
    const u = new URL(url)
    u.pathname = `/${name}`
    const shadow = pgShim(await new PrismaPg({ connectionString: u.toString(), allowExitOnIdle: true }).connect())
    const dispose = shadow.dispose.bind(shadow)
    shadow.dispose = async () => {
      await dispose()
      await main.executeScript(`DROP DATABASE IF EXISTS "${name}"`)
      await main.dispose()
    }
    return shadow
  }
  return factory
}
