import { defineConfig } from 'vite'

// The built files are static and can be hosted anywhere: the API's address is read at run time
// from /config.js (see public/config.js), never baked into the bundle.
function proxy(): Record<string, string> {
  const target = process.env.API_TARGET ?? 'http://localhost:8080'
  return { '/api': target, '/q': target, '/j_security_check': target }
}

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
  // `npm run dev` / `vite preview` talk to a service on :8080 (or API_TARGET) through this proxy;
  // sign-in needs the form-login address on the same origin too
  server: { proxy: proxy() },
  preview: { proxy: proxy() },
  build: {
    outDir: 'dist',
    sourcemap: true,
    reportCompressedSize: true
  },
  test: {
    include: ['test/**/*.test.ts']
  }
})
