// The Criminal Code articles on trafficking this subgraph records (150: persons, 151: persons
// under 16), from the shared vocabulary's enum CriminalCodeArticle (value ARTICLE_150 ↔ key
// "150"): the articles inputs accept and the lines of breakdowns by article, with their labels.
import { labelsOf } from './labels.ts'

const articles = labelsOf('CriminalCodeArticle')
const numberOf = (value: string) => Number(value.slice('ARTICLE_'.length))

/** The articles, in the vocabulary's order. */
export const ARTICLES: readonly number[] = articles.values.map(numberOf)

/** Breakdown key ("150") → Vietnamese label, in the vocabulary's order (kit enumLines). */
export const ARTICLE_LINES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(articles.vi).map(([v, label]) => [String(numberOf(v)), label]))
