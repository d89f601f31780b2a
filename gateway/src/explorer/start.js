// Starts GraphiQL against this gateway. Every request needs "Authorization: Bearer <token>" in the
// headers pane; in development the page asks /dev/token for an analyst's token once.
/* global React, ReactDOM, GraphiQL */
const example = `# Chỉ tiêu K1–K5 của quý — the five KPIs of a quarter
query Kpis {
  provincialStatistics(period: { kind: QUARTER, year: 2024, index: 3 }, unitCode: "99") {
    periodLabelVi unitName
    kpis { code nameVi nameEn numerator denominator value targetPercent met }
  }
}
`

async function headers() {
  const kept = localStorage.getItem('graphiql:headers')
  if (kept && !kept.includes('<token>')) return kept
  let token = '<token>'
  try {
    const res = await fetch('/dev/token?agency=steering_committee&role=analyst&unit=99')
    if (res.ok) token = (await res.json()).token
  } catch { /* production: no development tokens */ }
  return JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2)
}

headers().then((initialHeaders) => {
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' })
  const root = ReactDOM.createRoot(document.getElementById('explorer'))
  root.render(React.createElement(GraphiQL, { fetcher, defaultQuery: example, headers: initialHeaders, shouldPersistHeaders: true, isHeadersEditorEnabled: true, defaultEditorToolsVisibility: 'headers' }))
})
