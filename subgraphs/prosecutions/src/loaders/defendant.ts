import { entityLoader, relationLoader } from '@lienthong/kit'
import type { Db } from '../db.ts'

export const defendantLoader = (db: Db) =>
  entityLoader((ids: string[]) => db.defendant.findMany({ where: { id: { in: ids } } }), (d) => d.id)

/** Defendants of each procuracy file. */
export const defendantsByFileLoader = (db: Db) =>
  relationLoader((fileIds: string[]) => db.defendant.findMany({ where: { fileId: { in: fileIds } }, orderBy: { personRef: 'asc' } }), (d) => d.fileId)

/** Defendant records of each person reference (one per file the person is accused in). */
export const defendantsByPersonLoader = (db: Db) =>
  relationLoader((refs: string[]) => db.defendant.findMany({ where: { personRef: { in: refs } }, orderBy: { id: 'asc' } }), (d) => d.personRef)
