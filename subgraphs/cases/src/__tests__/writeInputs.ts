// The police's writes as the tests send them: a valid input of each kind of record (a report, a
// case, a victim), which a test changes where it needs to.

/** A denunciation made in person at the provincial police in March 2024, about commune 99101. */
export const reportInput = (externalRef: string, over: Record<string, unknown> = {}) => ({
  externalRef,
  kind: 'DENUNCIATION',
  channel: 'IN_PERSON',
  receivedAt: '2024-03-02T09:00:00+07:00',
  receivedByUnitCode: '99',
  unitCode: '99101',
  ...over,
})

/** A domestic forced-labour case (Criminal Code art. 150) opened in commune 99101 in April 2024. */
export const caseInput = (externalRef: string, over: Record<string, unknown> = {}) => ({
  externalRef,
  openedAt: '2024-04-01T10:00:00+07:00',
  codeArticle: 150,
  unitCode: '99101',
  routeKind: 'DOMESTIC',
  forms: ['FORCED_LABOUR'],
  ...over,
})

/** A presumed victim of forced labour recruited by a fake job offer, who consents to be counted and to share. */
export const victimInput = (externalRef: string, over: Record<string, unknown> = {}) => ({
  externalRef,
  status: 'PRESUMED',
  recordedAt: '2024-04-02T09:00:00+07:00',
  sex: 'FEMALE',
  citizenship: 'VIETNAMESE',
  forms: ['FORCED_LABOUR'],
  recruitmentMethod: 'FAKE_JOB_OFFER',
  consentToCount: 'GIVEN',
  consentToShare: 'GIVEN',
  ...over,
})
