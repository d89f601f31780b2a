export { createTestDatabase, testProviders, postgresReachable, PG_SERVER_URL, type TestDatabase } from './databases.ts'
export { statementCounter, type StatementCounter } from './statementCounter.ts'
export {
  startTestSubgraph,
  startSeededSubgraph,
  TEST_OFFICER,
  TEST_OFFICERS,
  TEST_OFFICER_OF,
  type TestSubgraph,
  type GraphQLResult,
} from './subgraphHarness.ts'
export { publishedProblems } from './published.ts'
export { subgraphUnderTest, problemOf, type SubgraphUnderTest, type UnderTestOptions } from './underTest.ts'
export { mutationsOf, auditHead, notedSince, auditedWrite, readVersion, type Noted } from './writes.ts'
export { externalRefFilterProblems, type ExternalRefFilterCheck } from './externalRefs.ts'
export { testCaller, rootFieldsOf, rootFieldNamesOf, rowCounts, tableRows } from './access.ts'
export {
  badFilterProblems,
  connectionPages,
  refusalProblems,
  seededSubgraphForBlock,
  testSubgraphForBlock,
  withoutErrors,
  type ConnectionPages,
} from './queries.ts'
export {
  BAD_STATISTICS_KEYS,
  BOUNDARY_INSTANTS,
  DAY_MS,
  FOLLOW_UP_DAYS,
  LATEST_WRITE,
  REFORM_AT,
  badKeyProblems,
  dataExec,
  mutate,
  mutationText,
  statementsBeforeAndAfter,
  statementsWhile,
  withStatisticsCacheOff,
  statisticsEntities,
  statisticsEntitiesQuery,
  statisticsRepresentations,
  testPeriod,
  testScope,
  vnTime,
  type DataExec,
  type KeyRefusal,
  type StatisticsKey,
  type TestPeriodInput,
} from './statistics.ts'
export { appendOnlyOutcome, withAppendOnlyLifted } from './appendOnly.ts'
