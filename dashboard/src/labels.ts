// Labels of breakdown keys: the API gives the Vietnamese one; the English one comes from the
// schema's description of the enum value (generated with the operations), or for a country code
// from the browser's region names.
import { VALUE_DESCRIPTIONS } from './gql/descriptions.ts'
import { describedIn, type Lang } from './i18n.ts'

const regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : null
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

export function labelOf(lang: Lang, cell: { key: string; labelVi: string }): string {
  if (lang === 'vi') return cell.labelVi
  const described = VALUE_DESCRIPTIONS[cell.key]
  if (described) return capitalised(describedIn('en', described))
  if (/^[A-Z]{2}$/.test(cell.key)) return regionNames?.of(cell.key) ?? cell.key
  return cell.labelVi
}
