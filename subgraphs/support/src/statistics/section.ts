// Social Affairs' statistics of a scope as ONE statement: the entity's own contribution
// (supportPersonRefs) and every figure of SupportStatistics are arms of one UNION ALL, counted
// once per request and scope; the field resolvers pick their figure from the answer.
import { countFigures, onceForScope, type Figures, type StatisticsScope } from '@lienthong/kit'
import type { Db } from '../db.ts'
import { supportPersonArms, unitRecords } from './supportPersons.ts'
import { caseArms } from './caseStatistics.ts'
import { followArms } from './followStatistics.ts'

export const supportFigures = (db: Db, s: StatisticsScope): Promise<Figures> =>
  onceForScope(s, 'support', () => countFigures(db, [...supportPersonArms(s), ...caseArms(s), ...followArms(s)], unitRecords(s)))
