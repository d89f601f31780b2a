// Query limits at the gateway (graphql-armor): depth, aliases, tokens, directives and cost are
// bounded before any subgraph is called; field suggestions are blocked in production so error
// messages do not reveal the schema. The token limit is GraphQL's own parser option, so a
// document over it is a syntax error like any other (400), not a failure inside a plugin (500).
import { ApolloArmor } from '@escape.tech/graphql-armor'
import type { ApolloServerPlugin } from '@apollo/server'
import type { ParseOptions, ValidationRule } from 'graphql'

export interface QueryLimitsOptions {
  /** Deepest selection allowed (the deepest dashboard query of the network uses about 8). */
  maxDepth: number
  maxAliases: number
  maxTokens: number
  maxDirectives: number
  /** graphql-armor's cost estimate (objects 2, scalars 1, depth multiplies). */
  maxCost: number
  /** Hide "did you mean …" suggestions (production). */
  blockFieldSuggestions: boolean
}

export const DEFAULT_QUERY_LIMITS: QueryLimitsOptions = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 5000,
  maxDirectives: 50,
  maxCost: 50_000,
  blockFieldSuggestions: false,
}

export function queryLimits(options: Partial<QueryLimitsOptions> = {}): {
  // biome-ignore lint/suspicious/noExplicitAny: graphql-armor plugins serve any context
  plugins: ApolloServerPlugin<any>[]
  validationRules: ValidationRule[]
  parseOptions: ParseOptions
} {
  const o = { ...DEFAULT_QUERY_LIMITS, ...options }
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: o.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: o.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: o.maxDirectives },
    costLimit: { maxCost: o.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: o.blockFieldSuggestions },
  }).protect()
  // graphql-armor is typed against the CommonJS build of @apollo/server; the objects are the same
  // biome-ignore lint/suspicious/noExplicitAny: graphql-armor plugins serve any context
  return { plugins: plugins as unknown as ApolloServerPlugin<any>[], validationRules, parseOptions: { maxTokens: o.maxTokens } }
}
