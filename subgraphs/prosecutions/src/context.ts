// Per-request context: fresh DataLoaders over the process's one Prisma client, and the acting
// office (from the verified identity; from the x-office header only when none is given).
import type { IncomingMessage } from 'node:http'
import type { SubgraphEnv } from '@lienthong/kit'
import type { Db } from './db.ts'
import { actingOfficeOf, type ActingOffice } from './office.ts'
import type { Identity } from '@lienthong/kit/identity'
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

export interface Context { db: Db; loaders: ReturnType<typeof createLoaders>; office: ActingOffice; identity?: Identity }

export const createContext = (db: Db, _env?: SubgraphEnv) => async (req: Pick<IncomingMessage, 'headers'>, caller?: Identity): Promise<Context> =>
  ({ db, loaders: createLoaders(db), office: actingOfficeOf(req.headers ?? {}, caller), identity: caller })
