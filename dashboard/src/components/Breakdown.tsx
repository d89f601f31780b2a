// A breakdown of persons as a table with bars: protected cells say so and draw no bar; a
// breakdown whose agencies did not answer says "no figures".
import type { ReactNode } from 'react'
import type { CellFieldsFragment } from '../gql/graphql.ts'
import { isProtected, largest } from '../cells.ts'
import { Count, Defined } from './Figure.tsx'
import type { Lang } from '../i18n.ts'
import { labelOf } from '../labels.ts'
import { NoFigures } from './Missing.tsx'

export function Breakdown({
  lang,
  title,
  definition,
  cells,
  testId,
}: {
  lang: Lang
  title: ReactNode
  definition: string
  cells: readonly CellFieldsFragment[] | null | undefined
  testId: string
}) {
  const head = (
    <h3>
      <Defined definition={definition}>{title}</Defined>
    </h3>
  )
  if (!cells)
    return (
      <article className="panel breakdown" data-breakdown={testId} data-missing="true">
        {head}
        <p>
          <NoFigures lang={lang} />
        </p>
      </article>
    )
  const max = largest(cells)
  return (
    <article className="panel breakdown" data-breakdown={testId}>
      {head}
      <table>
        <tbody>
          {cells.map((c) => (
            <tr key={c.key} data-key={c.key} data-protected={isProtected(c) ? 'true' : undefined}>
              <th scope="row">{labelOf(lang, c)}</th>
              <td className="bar">{!isProtected(c) && max > 0 ? <span style={{ width: `${(100 * c.count!) / max}%` }} /> : null}</td>
              <td className="n">
                <Count lang={lang} count={c.count} suppressed={c.suppressed} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  )
}
