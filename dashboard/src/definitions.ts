// What a figure means, from the API schema's field descriptions (src/gql/descriptions.ts,
// generated with the typed operations), in the reader's language.
import { DESCRIPTIONS } from './gql/descriptions.ts'
import { describedIn, type Lang } from './i18n.ts'

/** The definition of `Type.field` ("VictimStatistics.bySex"), or '' when the schema has none. */
export const definitionOf = (lang: Lang, path: string): string => describedIn(lang, DESCRIPTIONS[path])
