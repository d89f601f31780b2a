export * from './config.ts'
export * from './errors.ts'
export * from './loaders.ts'
export * from './pagination.ts'
export { scalarResolvers, checkScalarsOf, SCALAR_REASONS } from './scalars.ts'
export { ERROR_CODES, isErrorCode, isCallerError, type ErrorCode } from './errorCodes.ts'
export { inputProblemOf, syntaxMessageOf, withoutSubmittedValues } from './inputErrors.ts'
export { createLogger, logLevelFrom, processLog, LOG_LEVELS, DEFAULT_LOG_LEVEL, type Logger, type LoggerOptions } from './logging/logger.ts'
export { REQUEST_ID_HEADER, REQUEST_ID_PATTERN, isRequestId, requestIdFrom } from './logging/requestId.ts'
export { requestLogPlugin, requestIdOf, requestLogOf, requestLogOfOperation, loggerOf, errorCodeOf, type RequestLog } from './logging/requestLog.ts'
export {
  serveHttp,
  sendJson,
  shutdownGraceMs,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_SHUTDOWN_GRACE_MS,
  SHUTDOWN_GRACE_VARIABLE,
  type HealthReport,
  type RunningHttp,
} from './http.ts'
export {
  createSubgraphServer,
  subgraphSchema,
  serveSubgraph,
  subgraphTypeDefs,
  combineResolvers,
  maskError,
  subgraphErrorFormat,
  databaseHealth,
  type SubgraphDefinition,
} from './server.ts'
export { runSubgraph, type SubgraphModule } from './main.ts'
export { stopOnSignals } from './shutdown.ts'
export { databaseUnavailable, isDatabaseUnavailable } from './prisma/unavailable.ts'
export { accessPolicyOf, defineSubgraph, seedSubgraphReports, runSeed, type SubgraphAccess, type SubgraphParts, type DemoReportsOf } from './define.ts'
export { demoWorld, demoId, DEMO_YEARS, type DemoWorld, type DemoPerson, type DemoCase, type Consent } from './demo/world.ts'
export { Random } from './demo/random.ts'
export { statusMachine, type StatusMachine, type TransitionTable } from './transitions.ts'
export { fingerprint, idempotencyConflict, inputDigest } from './idempotency.ts'
export { ExternalRefSchema, FlagSchema, KnownUnitSchema, OptionalIdSchema, PastInstantSchema, checkUnitOnDate, distinctSorted, orNull } from './validation.ts'
export { FieldCipher, DEV_PII_KEY } from './secrets.ts'
export { suppressTable, suppressBreakdown, DEFAULT_K, type PublishedCell, type PublishedTable, type SuppressionOptions } from './statistics/suppression.ts'
export { nextAuditEntry, verifyAuditChain, auditHash, GENESIS_HASH, type AuditEntry, type AuditFacts, type ChainVerdict } from './audit/chain.ts'
export { notBeforeStart, pendingDuring, resolvedBy } from './statistics/accounting.ts'
export { enteredDuring, resolvedAtEnd, statusAsAt, statusesOfPeriod, wasPending, type StatusHistory } from './statistics/history.ts'
export { recordStatusChange, type StatusChangeInput, type StatusHistoryDb } from './statusHistory.ts'
export { inTransaction, WRITE_TIMEOUT_MS } from './transaction.ts'
export { periodAndUnit, periodRange, unitCodesUnder, definedOnly, externalRefsIn, MAX_EXTERNAL_REFS } from './filters.ts'
export { statisticsScope, scopeOfKey, type StatisticsScope } from './statistics/scope.ts'
export { applyAccessPolicy, byId, byPersonRef, type AccessPolicy } from './authz/guard.ts'
export { grantKey, parseGrants, type PersonalDataGrant } from './authz/grants.ts'
export {
  assertRecordReader,
  assertWriter,
  inUnitScope,
  mayReadPersonal,
  personalFieldForbidden,
  PUBLISHED_ROLES,
  RECORD_ROLES,
  type PersonalReadRule,
  type ReleaseRule,
} from './authz/policy.ts'
export { AuditTrail, appendAudit, verifyAuditStore, auditStoreOf, auditPlugin, fromRow, type AuditStore, type AuditRow } from './audit/log.ts'
export { auditLogResolvers } from './audit/resolvers.ts'
export { auditFlushStatements, isAuditFlushStatement, AUDIT_CHAIN_LOCK_SQL } from './audit/turn.ts'
export { applyPublication, personCount, publishRows, suppressionK, type CountByKeyRow, type PersonCount } from './statistics/publish.ts'
export {
  cellKeySecret,
  DEV_CELL_KEY_SECRET,
  MAX_PERTURBATION,
  PERTURBATION,
  perturbation,
  publishCount,
  recordValue,
  recordValueSql,
  recordValueSum,
  type PublishedCount,
} from './statistics/cellKey.ts'
export { suppressAgainstPublicTotal } from './statistics/suppression.ts'
export {
  count,
  countBy,
  countDistinct,
  countDistinctBy,
  countFigures,
  distinctValues,
  recordsOfUnit,
  empty,
  Figures,
  inList,
  inPeriod,
  inUnit,
  join,
  onceForScope,
  sql,
  type RawQueries,
  type Sql,
} from './statistics/figures.ts'
export { enumLines, occurringLines, unitLines, type CountByKey } from './statistics/lines.ts'
export {
  defineMutation,
  mutationsFor,
  mutationResolvers,
  byExternalRef,
  closing,
  createFromRow,
  referencedBy,
  wrote,
  change,
  type Change,
  type Written,
  type Mutation,
  type MutationSpec,
  type Referenced,
  type ReferencedModel,
  type WriteContext,
} from './writes/mutation.ts'
export { keyedDigest, digestMatches } from './writes/digest.ts'
export { ExpectedVersionSchema, versionOf, versionConflict, type Versioned, type VersionedModel } from './writes/version.ts'
export { countPersons, defineSection, persons, type RefCount, sectionDefinitionProblems, type Section, type SectionSpec } from './statistics/section.ts'
