// A choice among plain options (value, text, disabled?): the one <select> of the pickers and the sign-in.
import type { ReactNode } from 'react'

export type Choice<V extends string | number> = readonly [value: V, text: ReactNode, disabled?: boolean]

export function Select<V extends string | number>({
  id,
  label,
  value,
  options,
  onChange,
  testId,
}: {
  /** Its id, for a <label htmlFor> that names it. */
  id?: string
  /** Its accessible name, when no <label> gives one. */
  label?: string
  value: V | undefined
  options: readonly Choice<V>[]
  onChange: (value: string) => void
  testId: string
}) {
  return (
    <select id={id} aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
      {options.map(([v, text, disabled]) => (
        <option key={v} value={v} disabled={disabled}>
          {text}
        </option>
      ))}
    </select>
  )
}
