// Runs one operation for the current view and keeps its state; a new key (view, period, unit)
// starts a new request and drops the answer of the previous one if it arrives late.
import { useEffect, useState } from 'react'

export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string; code?: string | undefined } | { state: 'done'; data: T }

export function useOperation<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [result, setResult] = useState<{ key: string; value: Loaded<T> }>({ key, value: { state: 'loading' } })
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key names the operation and its variables; `load` is a new closure on every render
  useEffect(() => {
    let live = true
    setResult({ key, value: { state: 'loading' } })
    load().then(
      (data) => {
        if (live) setResult({ key, value: { state: 'done', data } })
      },
      (e: Error & { code?: string }) => {
        if (live) setResult({ key, value: { state: 'error', message: e.message, code: e.code } })
      },
    )
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return result.key === key ? result.value : { state: 'loading' }
}
