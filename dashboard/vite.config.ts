// Builds the dashboard into dist/ (scripts, styles and fonts all served by the dashboard's own
// server: nothing is loaded from the internet). The development sign-in picker is compiled in
// only when NODE_ENV is not production.
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  base: './',
  define: { __DEV_SIGN_IN__: JSON.stringify(process.env.NODE_ENV !== 'production') },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 1000 },
})
