// Writes the statistics test world's files through the prosecutions mutations, step by step,
// each office as itself (the executor given runs an operation as that office).
import { createHash } from 'node:crypto'
import type { Office, TFile } from './statisticsSteps.ts'

/** A police case id (UUID) derived from the file's tag. */
export function caseIdOf(tag: string): string {
  const h = createHash('sha256').update(`statistics-case:${tag}`).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`
}

type Exec = (office: Office, query: string, input: Record<string, unknown>) => Promise<any>

const M = {
  accept: 'mutation($input: AcceptProcuracyFileInput!) { acceptProcuracyFile(input: $input) { id } }',
  decide: 'mutation($input: ChangeProcuracyStatusInput!) { changeProcuracyStatus(input: $input) { id } }',
  indict: 'mutation($input: IndictInput!) { indict(input: $input) { id } }',
  courtAccept: 'mutation($input: AcceptCourtFileInput!) { acceptCourtFile(input: $input) { id } }',
  courtDecide: 'mutation($input: ChangeCourtFileStatusInput!) { changeCourtFileStatus(input: $input) { id } }',
  trial: 'mutation($input: RecordTrialInput!) { recordTrial(input: $input) { id verdicts { id defendant { personRef } } } }',
  appeal: 'mutation($input: FileAppealInput!) { fileAppeal(input: $input) { id } }',
  decideAppeal: 'mutation($input: DecideAppealInput!) { decideAppeal(input: $input) { id } }',
}

/** Writes the files through the mutations, step by step; `exec` returns `data` (and fails on errors). */
export async function writeFiles(exec: Exec, files: readonly TFile[]): Promise<void> {
  for (const f of files) {
    let fileId = '',
      indictmentId = '',
      courtFileId = ''
    let verdictOf = new Map<string, string>()
    // each change names the version it read: 1 when created, one more after each change (indict and recordTrial too)
    let fileVersion = 1,
      courtVersion = 1
    for (const [n, s] of f.steps.entries()) {
      const ref = `${f.tag}-${n}`
      const at = s.at.toISOString()
      if (s.k === 'accept') fileVersion = 1
      if (s.k === 'courtAccept') courtVersion = 1
      if (s.k === 'trial') courtVersion++
      if (s.k === 'accept')
        fileId = (
          await exec('PROCURACY', M.accept, {
            externalRef: `VKS-${ref}`,
            caseId: caseIdOf(f.tag),
            acceptedAt: at,
            unitCode: f.unitCode,
            defendants: f.defendants,
          })
        ).acceptProcuracyFile.id
      if (s.k === 'decide') await exec('PROCURACY', M.decide, { decisionRef: `QD-${ref}`, procuracyFileId: fileId, status: s.to, at, version: fileVersion++ })
      if (s.k === 'indict') fileVersion++
      if (s.k === 'indict')
        indictmentId = (await exec('PROCURACY', M.indict, { externalRef: `CT-${ref}`, procuracyFileId: fileId, indictedAt: at, charges: s.charges })).indict.id
      if (s.k === 'courtAccept')
        courtFileId = (await exec('COURT', M.courtAccept, { externalRef: `TA-${ref}`, indictmentId, acceptedAt: at })).acceptCourtFile.id
      if (s.k === 'courtDecide') await exec('COURT', M.courtDecide, { decisionRef: `QDTA-${ref}`, courtFileId, status: s.to, at, version: courtVersion++ })
      if (s.k === 'trial') {
        const tried = (
          await exec('COURT', M.trial, {
            judgmentRef: `BA-${ref}`,
            courtFileId,
            triedAt: at,
            kind: s.kind,
            venueUnitCode: s.venueUnitCode,
            verdicts: s.verdicts,
          })
        ).recordTrial
        verdictOf = new Map(tried.verdicts.map((v: any) => [v.defendant.personRef, v.id]))
      }
      if (s.k === 'appeal') {
        const appealId = (await exec('COURT', M.appeal, { externalRef: `KC-${ref}`, verdictId: verdictOf.get(s.personRef), filedAt: at, party: s.party }))
          .fileAppeal.id
        if (s.decided)
          await exec('COURT', M.decideAppeal, {
            decisionRef: `PT-${ref}`,
            appealId,
            decidedAt: s.decided.at.toISOString(),
            status: s.decided.status,
            amendedSentenceMonths: s.decided.months,
            version: 1,
          })
      }
    }
  }
}
