/** Counts SQL statements sent through a Prisma client created with `onStatement: counter.record`. */
export interface StatementCounter {
  record: (sql: string) => void
  reset: () => void
  readonly count: number
  readonly statements: readonly string[]
}

export function statementCounter(): StatementCounter {
  const statements: string[] = []
  return {
    record: (sql) => {
      statements.push(sql)
    },
    reset: () => {
      statements.length = 0
    },
    get count() {
      return statements.length
    },
    get statements() {
      return statements
    },
  }
}
