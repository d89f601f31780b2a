// The Border Guard's figures of a statistics scope (incidents, repatriations, cooperation) as ONE
// SQL statement: the scope's records are CTEs and every figure an arm (kit's countFigures),
// counted once per request and scope; the three sections read their figures from the answer.
import { countFigures, onceForScope, type Figures, type StatisticsScope } from '@lienthong/kit'
import type { Db } from '../db.ts'
import { incidentArms, scopeIncidents } from './incidentStatistics.ts'
import { repatriationArms, scopeRepatriations } from './repatriationStatistics.ts'
import { cooperationArms, scopeCooperations } from './cooperationStatistics.ts'

export const borderFigures = (db: Db, s: StatisticsScope): Promise<Figures> =>
  onceForScope(s, 'border', () => countFigures(db,
    [...incidentArms(s), ...repatriationArms(s), ...cooperationArms(s)],
    [scopeIncidents(s), scopeRepatriations(s), scopeCooperations(s)]))
