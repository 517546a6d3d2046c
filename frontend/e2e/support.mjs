// Shared set-up for the end-to-end tests: Debian's Chromium driven by playwright-core (never a
// downloaded browser), against the running service at BASE_URL.
import { chromium } from 'playwright-core'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import assert from 'node:assert/strict'

const require = createRequire(import.meta.url)
export const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '')
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
  })
}

/** A fresh page; fails the test on any uncaught page error. */
export async function open(browser, path, options = {}) {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, baseURL: BASE_URL })
  const page = await context.newPage()
  page.errors = []
  page.on('pageerror', (e) => page.errors.push(e))
  page.on('console', (m) => {
    if (/Content[ -]Security[ -]Policy/i.test(m.text())) page.errors.push(`CSP: ${m.text()}`)
  })
  if (options.before) await options.before(page)
  if (path) await goto(page, path)
  return page
}

/** Navigates and waits until the app has rendered (main has an h1 and is not busy). */
export async function goto(page, path) {
  await page.goto(path)
  await settled(page)
}

export async function settled(page) {
  await page.waitForFunction(() => {
    const main = document.getElementById('main-content')
    // the app marks main with the URL it last rendered: wait for this URL's render to finish
    return main && !main.hasAttribute('aria-busy') && main.dataset.renderedUrl === window.location.href.split('#')[0] && main.querySelector('h1')
  }, null, { timeout: 15000 })
}

/** Zero axe-core violations of WCAG 2.x A and AA rules (up to 2.2) on the page as it is now. */
export async function expectAccessible(page, label) {
  // axe is given to the page through DevTools, as an extension would be (the service's
  // Content-Security-Policy refuses inline scripts, and these tests run under it), and only to the
  // pages it scans: loading it into every page the tests open cost about half a second each
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE)
  const result = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } })
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)
  }, TAGS)
  assert.deepEqual(result, [], `axe violations on ${label ?? page.url()}`)
}

export async function title(page) {
  return page.title()
}

/** No uncaught error and no Content-Security-Policy violation in the page. */
export function noPageErrors(page) {
  assert.deepEqual(page.errors.map(String), [], 'uncaught errors or CSP violations in the page')
}
