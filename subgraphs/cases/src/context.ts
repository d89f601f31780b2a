// Per-request context: fresh DataLoaders over the process's one Prisma client, the network key
// (person references), the cipher of personal fields, the verified caller and the request's
// audit trail (victim-level reads and writes, appended to the audit log before the response).
import { AuditTrail, FieldCipher, mutationsFor, type SubgraphEnv } from '@lienthong/kit'
import type { Identity } from '@lienthong/kit/identity'
import type { Db, Tx } from './db.ts'
import { caseFormsLoader, caseReportsLoader, caseRescuesLoader, caseSuspectsLoader, caseVictimsLoader, criminalCaseLoader } from './loaders/criminalCase.ts'
import { casesOfVictimLoader, personLoader, suspectInLoader } from './loaders/person.ts'
import { incomingReportLoader } from './loaders/incomingReport.ts'
import { statusHistoryLoader } from './loaders/statusChange.ts'
import { CASE_HISTORY, REPORT_HISTORY } from './domain/statusHistory.ts'
import { rescuedVictimsLoader, victimFormsLoader, victimLoader, victimSealedLoader, victimUnitsLoader } from './loaders/victim.ts'
import { rescueOperationLoader } from './loaders/rescueOperation.ts'
import { campaignCasesLoader, campaignUnitsLoader, peakCampaignLoader } from './loaders/peakCampaign.ts'

export function createLoaders(db: Db) {
  return {
    criminalCase: criminalCaseLoader(db),
    caseForms: caseFormsLoader(db),
    caseVictims: caseVictimsLoader(db),
    caseSuspects: caseSuspectsLoader(db),
    caseReports: caseReportsLoader(db),
    caseRescues: caseRescuesLoader(db),
    person: personLoader(db),
    casesOfVictim: casesOfVictimLoader(db),
    suspectIn: suspectInLoader(db),
    incomingReport: incomingReportLoader(db),
    reportHistory: statusHistoryLoader(db, REPORT_HISTORY.entityType),
    caseHistory: statusHistoryLoader(db, CASE_HISTORY.entityType),
    victim: victimLoader(db),
    victimForms: victimFormsLoader(db),
    victimUnits: victimUnitsLoader(db),
    victimSealed: victimSealedLoader(db),
    rescuedVictims: rescuedVictimsLoader(db),
    rescueOperation: rescueOperationLoader(db),
    peakCampaign: peakCampaignLoader(db),
    campaignUnits: campaignUnitsLoader(db),
    campaignCases: campaignCasesLoader(db),
  }
}

export interface Context {
  db: Db
  loaders: ReturnType<typeof createLoaders>
  /** Network key (person references from national IDs) and the personal-data key. */
  env: Pick<SubgraphEnv, 'networkKey' | 'piiKey'>
  cipher: FieldCipher
  /** The caller, verified from the gateway's signed header. */
  identity: Identity
  /** What this request read or wrote of victim records (flushed to the audit log by the kit). */
  audit: AuditTrail
}

export const createContext = (db: Db, env: SubgraphEnv) => {
  const cipher = new FieldCipher(env.piiKey)
  const keys = { networkKey: env.networkKey, piiKey: env.piiKey }
  return async (_req: unknown, identity: Identity): Promise<Context> => ({
    db,
    loaders: createLoaders(db),
    env: keys,
    cipher,
    identity,
    audit: new AuditTrail(identity),
  })
}

/** Declares a police mutation on the kit's write pipeline (mutations/*.ts). */
export const mutation = mutationsFor<Tx, Context>()
