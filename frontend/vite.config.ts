import { defineConfig } from 'vite'
import type { AtRule, Plugin } from 'postcss'

// GOV.UK Frontend's service navigation still carries an IE 9–11 hack, "@media screen and
// (min-width: 0\0)" (which Sass writes out as a replacement character), not a valid media query: the
// minifier warned about it on every build. No browser this service supports reads it, so the rule
// is dropped before minifying.
const dropIeMediaHacks: Plugin = {
  postcssPlugin: 'gpd-drop-ie-media-hacks',
  AtRule: {
    media(rule: AtRule) {
      if (/\\0|\uFFFD/.test(rule.params)) rule.remove()
    }
  }
}

// The built files are static and can be hosted anywhere: the API's address is read at run time
// from /config.js (see public/config.js), never baked into the bundle.
function proxy(): Record<string, string> {
  const target = process.env.API_TARGET ?? 'http://localhost:8080'
  return { '/api': target, '/q': target, '/j_security_check': target }
}

export default defineConfig({
  css: {
    postcss: { plugins: [dropIeMediaHacks] },
    preprocessorOptions: {
      scss: {
        // '.': MOJ Frontend's Sass finds GOV.UK Frontend as "node_modules/govuk-frontend/..."
        loadPaths: ['node_modules', '.'],
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
