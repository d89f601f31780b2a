// Per-request context: fresh DataLoaders over the process's one Prisma client, and the request's
// audit trail (flushed into the audit log by the kit before the response is sent).
import { AuditTrail, type SubgraphEnv } from '@lienthong/kit'
import type { Db } from './db.ts'
import type { Identity } from '@lienthong/kit/identity'
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

export interface Context { db: Db; loaders: ReturnType<typeof createLoaders>; identity?: Identity; audit: AuditTrail }

export const createContext = (db: Db, _env?: SubgraphEnv) => async (_req?: unknown, identity?: Identity): Promise<Context> =>
  ({ db, loaders: createLoaders(db), identity, audit: new AuditTrail(identity) })
