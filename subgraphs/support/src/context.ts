// Per-request context: fresh DataLoaders over the process's one Prisma client, and the request's
// audit trail (victim-level reads and writes, appended to the audit log before the response).
import { AuditTrail, type SubgraphEnv } from '@lienthong/kit'
import type { Db } from './db.ts'
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

export interface Context { db: Db; loaders: ReturnType<typeof createLoaders>; identity?: Identity; audit: AuditTrail }

/** This subgraph keeps no personal fields, so it needs no key from `env`. */
export const createContext = (db: Db, _env?: SubgraphEnv) => async (_req?: unknown, identity?: Identity): Promise<Context> => ({ db, loaders: createLoaders(db), identity, audit: new AuditTrail(identity) })
