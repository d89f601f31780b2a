// Per-request context: fresh DataLoaders over the process's one Prisma client, the key of the
// input digests, the verified caller and the request's audit trail (flushed into the audit log
// by the kit before the response is sent). `mutation` declares a write against this context.
import { AuditTrail, mutationsFor, type SubgraphEnv } from '@lienthong/kit'
import type { Identity } from '@lienthong/kit/identity'
import type { Db, Tx } from './db.ts'
import { borderIncidentLoader, involvementsOfIncidentLoader, involvementsOfPersonLoader } from './loaders/borderIncident.ts'
import { personsOfRepatriationLoader, repatriationLoader, repatriationsOfPersonLoader } from './loaders/repatriation.ts'
import { cooperationLoader, cooperationsOfIncidentLoader, cooperationsOfRepatriationLoader } from './loaders/cooperation.ts'

export function createLoaders(db: Db) {
  return {
    borderIncident: borderIncidentLoader(db),
    involvementsOfIncident: involvementsOfIncidentLoader(db),
    involvementsOfPerson: involvementsOfPersonLoader(db),
    repatriation: repatriationLoader(db),
    personsOfRepatriation: personsOfRepatriationLoader(db),
    repatriationsOfPerson: repatriationsOfPersonLoader(db),
    cooperation: cooperationLoader(db),
    cooperationsOfIncident: cooperationsOfIncidentLoader(db),
    cooperationsOfRepatriation: cooperationsOfRepatriationLoader(db),
  }
}

export interface Context {
  db: Db
  loaders: ReturnType<typeof createLoaders>
  /** The field key: it keys the digests that recognise a replayed write (kit writes/digest.ts). */
  env: Pick<SubgraphEnv, 'piiKey'>
  identity?: Identity
  audit: AuditTrail
}

export const createContext = (db: Db, env: SubgraphEnv) => {
  const keys = { piiKey: env.piiKey }
  return async (_req?: unknown, identity?: Identity): Promise<Context> => ({
    db,
    loaders: createLoaders(db),
    env: keys,
    identity,
    audit: new AuditTrail(identity),
  })
}

/** Declares one of this subgraph's writes: the kit runs the pipeline around it (mutations/). */
export const mutation = mutationsFor<Tx, Context>()
