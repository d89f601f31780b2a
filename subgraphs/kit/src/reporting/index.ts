export {
  freezeSection,
  submitReport,
  submissionView,
  periodReporting,
  agencyCompliance,
  type LateSteps,
  type SubmissionDb,
  type SubmissionRow,
} from './submissions.ts'
export { reportingYearKey, type ReportingYearKey } from './reportingYear.ts'
export { agencyReporting } from './resolvers.ts'
export { seedDemoReports, DEMO_REPORT_YEAR, type DemoReportsOptions } from './demoReports.ts'
