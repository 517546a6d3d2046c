// Lighthouse 12.2.3 (mobile: its default emulated phone and simulated slow 4G) on the directory's
// main pages, in Debian's Chromium, against a running service:
//   node run.mjs http://localhost:8080
// Each page is audited RUNS times (default 3) and the run with the median performance score is
// reported, as Lighthouse's own guidance suggests for noisy machines. Exits 1 if a target is missed.
import lighthouse from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'
import { mkdirSync, writeFileSync } from 'node:fs'

const base = (process.argv[2] ?? 'http://localhost:8080').replace(/\/$/, '')
const runs = Number(process.env.RUNS ?? 3)
const PAGES = [
  ['home', '/'],
  ['list', '/initiatives'],
  ['detail', '/initiatives/lifelong-links'],
  ['matrix', '/matrix'],
  ['edition', '/editions/good-practice-guide-2024-25-q2']
]
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 }
const CATEGORIES = Object.keys(TARGETS)

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
})
mkdirSync(new URL('./reports/', import.meta.url), { recursive: true })
const rows = []
let missed = false
let version = ''
try {
  for (const [name, path] of PAGES) {
    const results = []
    for (let n = 0; n < runs; n++) {
      const { lhr } = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES })
      results.push(lhr)
    }
    results.sort((a, b) => a.categories.performance.score - b.categories.performance.score)
    const lhr = results[Math.floor(results.length / 2)]
    version = lhr.lighthouseVersion
    writeFileSync(new URL(`./reports/${name}.json`, import.meta.url), JSON.stringify(lhr))
    const score = (c) => Math.round(lhr.categories[c].score * 100)
    const row = {
      page: `${name} (${path})`,
      ...Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])),
      'performance (all runs)': results.map((r) => Math.round(r.categories.performance.score * 100)).join('/'),
      FCP: lhr.audits['first-contentful-paint'].displayValue,
      LCP: lhr.audits['largest-contentful-paint'].displayValue,
      TBT: lhr.audits['total-blocking-time'].displayValue,
      CLS: lhr.audits['cumulative-layout-shift'].displayValue
    }
    rows.push(row)
    for (const c of CATEGORIES) {
      if (score(c) < TARGETS[c]) {
        missed = true
        const failing = lhr.categories[c].auditRefs.map((a) => lhr.audits[a.id])
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
          .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`)
        console.error(`${name}: ${c} ${score(c)} < ${TARGETS[c]}: ${failing.join(', ')}`)
      }
    }
  }
} finally {
  await chrome.kill()
}
console.log(`Lighthouse ${version} mobile (Chromium ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}), ${runs} run(s) per page, median by performance, ${base}`)
console.table(rows)
console.log(missed ? 'Some targets were missed (see above).' : `Every page meets the targets: ${CATEGORIES.map((c) => `${c} ≥ ${TARGETS[c]}`).join(', ')}.`)
process.exit(missed ? 1 : 0)
