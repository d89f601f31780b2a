export { createTestDatabase, testProviders, postgresReachable, PG_SERVER_URL, type TestDatabase } from './databases.ts'
export { statementCounter, type StatementCounter } from './statementCounter.ts'
export { startTestSubgraph, TEST_OFFICER, type TestSubgraph, type GraphQLResult } from './subgraphHarness.ts'
