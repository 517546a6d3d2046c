import { defineConfig } from 'vite'

// The built files are static and can be hosted anywhere: the API's address is read at run time
// from /config.js (see public/config.js), never baked into the bundle.
export default defineConfig({
  css: {
    // GOV.UK Frontend still carries an old-IE media hack ("min-width: 0\\0") that the minifier
    // cannot parse; recovering drops just that rule.
    lightningcss: { errorRecovery: true },
    preprocessorOptions: {
      scss: {
        loadPaths: ['node_modules'],
        quietDeps: true,
        silenceDeprecations: ['import']
      }
    }
  },
  // `npm run dev` / `vite preview` talk to a service on :8080 through this proxy
  server: { proxy: { '/api': 'http://localhost:8080', '/q': 'http://localhost:8080' } },
  preview: { proxy: { '/api': 'http://localhost:8080', '/q': 'http://localhost:8080' } },
  build: {
    outDir: 'dist',
    sourcemap: true,
    reportCompressedSize: true
  },
  test: {
    include: ['test/**/*.test.ts']
  }
})
