// Per-request context: fresh DataLoaders over the process's one Prisma client, the verified
// caller and its acting office (from the identity only), the key of the input digests, and the
// request's audit trail (NET-7). `mutation` declares this subgraph's writes on it (kit pipeline).
import { AuditTrail, mutationsFor, type SubgraphEnv } from '@lienthong/kit'
import type { Identity } from '@lienthong/kit/identity'
import type { Db, Tx } from './db.ts'
import { actingOfficeOf, type Office } from './domain/office.ts'
import { procuracyChangesByFileLoader, procuracyFileByCaseLoader, procuracyFileLoader } from './loaders/procuracyFile.ts'
import { defendantLoader, defendantsByFileLoader, defendantsByPersonLoader } from './loaders/defendant.ts'
import { chargesByDefendantLoader, chargesByIndictmentLoader, indictmentLoader, indictmentsByFileLoader } from './loaders/indictment.ts'
import { courtChangesByFileLoader, courtFileByIndictmentLoader, courtFileLoader } from './loaders/courtFile.ts'
import { appealsByVerdictLoader, verdictLoader, verdictsByCourtFileLoader, verdictsByDefendantLoader } from './loaders/verdict.ts'

export function createLoaders(db: Db) {
  return {
    procuracyFile: procuracyFileLoader(db),
    procuracyFileByCase: procuracyFileByCaseLoader(db),
    procuracyChangesByFile: procuracyChangesByFileLoader(db),
    defendant: defendantLoader(db),
    defendantsByFile: defendantsByFileLoader(db),
    defendantsByPerson: defendantsByPersonLoader(db),
    indictment: indictmentLoader(db),
    indictmentsByFile: indictmentsByFileLoader(db),
    chargesByIndictment: chargesByIndictmentLoader(db),
    chargesByDefendant: chargesByDefendantLoader(db),
    courtFile: courtFileLoader(db),
    courtFileByIndictment: courtFileByIndictmentLoader(db),
    courtChangesByFile: courtChangesByFileLoader(db),
    verdict: verdictLoader(db),
    verdictsByCourtFile: verdictsByCourtFileLoader(db),
    verdictsByDefendant: verdictsByDefendantLoader(db),
    appealsByVerdict: appealsByVerdictLoader(db),
  }
}

export interface Context {
  db: Db
  loaders: ReturnType<typeof createLoaders>
  office: Office | null
  identity?: Identity
  audit: AuditTrail
  /** The key of the input digests (this subgraph keeps no personal fields, so no cipher). */
  env: { piiKey: string }
}

/** Nothing is read from the request itself: the caller is the verified identity. */
export const createContext =
  (db: Db, env: SubgraphEnv) =>
  async (_req?: unknown, caller?: Identity): Promise<Context> => ({
    db,
    loaders: createLoaders(db),
    office: actingOfficeOf(caller),
    identity: caller,
    audit: new AuditTrail(caller),
    env: { piiKey: env.piiKey },
  })

/** Declares one of this subgraph's mutations (src/mutations/): validated, authorised, idempotent, one transaction, audited once. */
export const mutation = mutationsFor<Tx, Context>()
