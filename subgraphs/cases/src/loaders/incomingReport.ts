import { byKeyLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const incomingReportLoader = (db: Db) => byKeyLoader(db.incomingReport, 'id')
