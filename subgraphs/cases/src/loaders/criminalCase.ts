import { relationLoader, byKeyLoader, byParentLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const criminalCaseLoader = (db: Db) => byKeyLoader(db.criminalCase, 'id')

export const caseFormsLoader = (db: Db) => byParentLoader(db.caseExploitationForm, 'caseId', { form: 'asc' })

export const caseVictimsLoader = (db: Db) => byParentLoader(db.caseVictim, 'caseId', { personRef: 'asc' })

export const caseSuspectsLoader = (db: Db) => byParentLoader(db.suspect, 'caseId', { externalRef: 'asc' })

export const caseReportsLoader = (db: Db) =>
  relationLoader(
    (caseIds: string[]) => db.incomingReport.findMany({ where: { caseId: { in: caseIds } }, orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }] }),
    (r) => r.caseId!,
  )

export const caseRescuesLoader = (db: Db) =>
  relationLoader(
    (caseIds: string[]) => db.rescueOperation.findMany({ where: { caseId: { in: caseIds } }, orderBy: [{ startedAt: 'asc' }, { id: 'asc' }] }),
    (r) => r.caseId!,
  )
