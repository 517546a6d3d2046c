// The built pages hosted on a site of their own, reading the API from another origin (as a local
// authority would host them): a small static server on another port serves the built files
// (BUILD_DIR), with config.js pointing apiBaseUrl at the service under test. Only CORS lets it work.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { BASE_URL, launch, noPageErrors, settled } from './support.mjs'

const BUILD_DIR = process.env.BUILD_DIR
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff', '.json': 'application/json', '.map': 'application/json' }

let browser
let server
let pagesOrigin

before(async () => {
  assert.ok(BUILD_DIR, 'BUILD_DIR names the built frontend (target/quinoa/build)')
  server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://pages').pathname
    if (path === '/config.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript' })
      response.end(`window.GPD_CONFIG = { apiBaseUrl: ${JSON.stringify(BASE_URL)}, apiDocsUrl: ${JSON.stringify(BASE_URL + '/q/swagger-ui')} }`)
      return
    }
    const file = join(BUILD_DIR, normalize(path).replace(/^(\.\.[/\\])+/, ''))
    try {
      const body = await readFile(file)
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
      response.end(body)
    } catch {
      // a single-page app: every other path is the app
      response.writeHead(200, { 'Content-Type': 'text/html' })
      response.end(await readFile(join(BUILD_DIR, 'index.html')))
    }
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  pagesOrigin = `http://127.0.0.1:${server.address().port}`
  assert.notEqual(new URL(pagesOrigin).origin, new URL(BASE_URL).origin, 'the pages and the API are on different origins')
  browser = await launch()
})

after(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
})

describe('the built pages on another origin', () => {
  it('list, search and show initiatives read from the API across origins', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    page.errors = []
    page.on('pageerror', (e) => page.errors.push(e))
    const apiOrigins = new Set()
    page.on('request', (r) => { if (new URL(r.url()).pathname.startsWith('/api/')) apiOrigins.add(new URL(r.url()).origin) })

    await page.goto(`${pagesOrigin}/initiatives?q=hope+boxes`)
    await settled(page)
    assert.doesNotMatch(await page.locator('h1').innerText(), /problem with the service/i)
    assert.ok(await page.locator('a[href="/initiatives/lancaster-hope-boxes"]').count() > 0, 'the search found the initiative')

    await page.goto(`${pagesOrigin}/initiatives/lancaster-hope-boxes`)
    await settled(page)
    assert.match(await page.locator('h1').innerText(), /Lancaster H(ope|OPE) Boxes/)

    assert.deepEqual([...apiOrigins], [new URL(BASE_URL).origin], 'every API call went to the API origin')
    noPageErrors(page)
    await context.close()
  })
})
