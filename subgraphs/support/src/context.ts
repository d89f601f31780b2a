// Per-request context: fresh DataLoaders over the process's one Prisma client, and the request's
// audit trail (victim-level reads and writes, appended to the audit log before the response).
import { AuditTrail, mutationsFor, type SubgraphEnv } from '@lienthong/kit'
import type { Db, Tx } from './db.ts'
import type { Identity } from '@lienthong/kit/identity'
import { supportCaseLoader, supportCasesOfPersonLoader } from './loaders/supportCase.ts'
import { servicesOfCaseLoader } from './loaders/supportService.ts'
import { personalDataGrantsLoader, referralLoader, referralsOfCaseLoader } from './loaders/referral.ts'
import { followUpsOfCaseLoader } from './loaders/followUp.ts'
import { hotlineContactLoader, hotlineContactOfReportLoader } from './loaders/hotlineContact.ts'

export function createLoaders(db: Db) {
  return {
    supportCase: supportCaseLoader(db),
    supportCasesOfPerson: supportCasesOfPersonLoader(db),
    servicesOfCase: servicesOfCaseLoader(db),
    referral: referralLoader(db),
    referralsOfCase: referralsOfCaseLoader(db),
    personalDataGrants: personalDataGrantsLoader(db),
    followUpsOfCase: followUpsOfCaseLoader(db),
    hotlineContact: hotlineContactLoader(db),
    hotlineContactOfReport: hotlineContactOfReportLoader(db),
  }
}

export interface Context {
  db: Db
  env: SubgraphEnv
  loaders: ReturnType<typeof createLoaders>
  identity?: Identity
  audit: AuditTrail
}

/** `env.piiKey` keys the digests that recognise a replayed write (kit writes/digest.ts). */
export const createContext =
  (db: Db, env: SubgraphEnv) =>
  async (_req?: unknown, identity?: Identity): Promise<Context> => ({ db, env, loaders: createLoaders(db), identity, audit: new AuditTrail(identity) })

/** The kit's mutation declaration with this subgraph's transaction and context (mutations/). */
export const mutation = mutationsFor<Tx, Context>()
