// Builds the dashboard into dist/ (scripts, styles and fonts all served by the dashboard's own
// server: nothing is loaded from the internet). LT_DASHBOARD_BUILD=production builds the page
// for production: the development sign-in picker is not compiled in at all (Vite always builds
// with NODE_ENV=production, so it has its own variable). dist/build.json says which it is, and
// the dashboard server refuses to serve a development build in production.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'

const production = process.env.LT_DASHBOARD_BUILD === 'production'

const buildInfo = (): Plugin => ({
  name: 'lienthong-build-info',
  writeBundle(options) {
    writeFileSync(path.join(options.dir!, 'build.json'), JSON.stringify({ devSignIn: !production }))
  },
})

export default defineConfig({
  plugins: [react(), buildInfo()],
  base: './',
  define: { __DEV_SIGN_IN__: JSON.stringify(!production) },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 1000 },
})
