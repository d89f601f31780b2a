import { EXPLOITATION_FORMS } from '@lienthong/schema'

const rank = new Map<string, number>(EXPLOITATION_FORMS.map((f, i) => [f, i]))

/** Forms in the vocabulary's order, the same on every database (PostgreSQL sorts enums by declaration, SQLite by name). */
export const inVocabularyOrder = <F extends string>(forms: F[]): F[] => [...forms].sort((a, b) => rank.get(a)! - rank.get(b)!)
