// Entry: the fonts (served from this site), the styles, the configuration the server gives
// (/config.json: the gateway's URL, development or not), then the app.
import '@fontsource/be-vietnam-pro/vietnamese-400.css'
import '@fontsource/be-vietnam-pro/vietnamese-600.css'
import '@fontsource/be-vietnam-pro/latin-400.css'
import '@fontsource/be-vietnam-pro/latin-600.css'
import './styles.css'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import type { DashboardConfig } from './auth.ts'

const config = (await (await fetch('./config.json')).json()) as DashboardConfig
createRoot(document.getElementById('root')!).render(<App config={config} />)
