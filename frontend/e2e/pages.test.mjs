import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { expectAccessible, goto, launch, noPageErrors, open, settled } from './support.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

describe('every page is accessible (axe, WCAG 2.2 A and AA)', () => {
  const pages = [
    ['/', 'home'],
    ['/initiatives', 'initiative list'],
    ['/initiatives?driver=court-capacity&edition=good-practice-guide-edition-4&q=family', 'filtered list'],
    ['/initiatives?q=zzzznothing', 'empty results'],
    ['/initiatives/lancaster-hope-boxes', 'initiative (guide)'],
    ['/initiatives/salford-strengthening-families', 'initiative (handbook, figures and references)'],
    ['/initiatives/independent-assessment-hub-cheshire-and-merseyside', 'initiative (editorial mappings)'],
    ['/initiatives/family-drug-and-alcohol-court', 'initiative (announced)'],
    ['/compare?i=lifelong-links&i=mpower&i=pause', 'compare'],
    ['/compare', 'compare picker'],
    ['/matrix', 'matrix'],
    ['/editions', 'editions'],
    ['/editions/innovation-programme-directory-2016', 'edition with themes'],
    ['/editions/good-practice-guide-2024-25-q2', 'edition with upcoming items'],
    ['/editions/good-practice-guide-edition-4/print', 'print view'],
    ['/editions/compare', 'edition comparison picker'],
    ['/editions/compare?from=good-practice-guide-edition-4&to=good-practice-guide-2024-25-q2', 'edition comparison'],
    ['/contacts', 'area contacts'],
    ['/contacts?area=leeds', 'area contacts filtered'],
    ['/accessibility', 'accessibility statement'],
    ['/initiatives/no-such-initiative', 'not found'],
    ['/no/such/page', 'unknown page']
  ]
  for (const [path, label] of pages) {
    it(`${label} (${path})`, async () => {
      const page = await open(browser, path)
      assert.equal(await page.locator('h1').count(), 1, 'one h1')
      assert.equal(await page.locator('main').count(), 1, 'a main landmark')
      await expectAccessible(page, label)
      noPageErrors(page)
      await page.context().close()
    })
  }

  it('the API-down message is accessible', async () => {
    const page = await open(browser, null, { before: (p) => p.route('**/api/**', (r) => r.abort()) })
    await goto(page, '/initiatives')
    await expectAccessible(page, 'API down')
    await page.context().close()
  })
})

describe('the Content-Security-Policy', () => {
  it('is sent with the pages, which work under it with no violation', async () => {
    for (const path of ['/', '/initiatives?organisation=family-rights-group', '/initiatives/lifelong-links', '/matrix', '/editions/good-practice-guide-2024-25-q2/print', '/suggest', '/sign-in']) {
      const page = await open(browser, null)
      const response = await page.goto(path)
      assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self' 'sha256-[^']+';/, `${path} has a policy without 'unsafe-inline' scripts`)
      await settled(page)
      assert.ok(await page.evaluate(() => document.body.classList.contains('govuk-frontend-supported')), 'the one inline script ran')
      noPageErrors(page)
      await page.context().close()
    }
  })

  it('Swagger UI works under its own policy', async () => {
    const page = await open(browser, null)
    const response = await page.goto('/q/swagger-ui/')
    assert.match(response.headers()['content-security-policy'] ?? '', /frame-ancestors 'none'/)
    await page.locator('.swagger-ui .info .title').waitFor({ timeout: 20000 })
    assert.ok(await page.locator('.opblock').count() > 10, 'the operations are listed')
    noPageErrors(page)
    await page.context().close()
  })
})

describe('usable on a phone and zoomed in', () => {
  for (const path of ['/', '/initiatives', '/matrix', '/initiatives/lifelong-links', '/compare?i=lifelong-links&i=mpower',
    '/editions/good-practice-guide-2024-25-q2', '/contacts', '/editions/compare?from=good-practice-guide-edition-4&to=good-practice-guide-2024-25-q2']) {
    it(`${path} does not scroll sideways at 320 px wide`, async () => {
      const page = await open(browser, path, { viewport: { width: 320, height: 640 } })
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`)
      await expectAccessible(page, `${path} at 320px`)
      await page.context().close()
    })
  }
})

describe('the filter on a phone', () => {
  it('starts hidden behind "Show filter", opens, and closes back to the button', async () => {
    const page = await open(browser, '/initiatives', { viewport: { width: 320, height: 640 } })
    assert.equal(await page.locator('#filter-form').isVisible(), false)
    await page.getByRole('button', { name: 'Show filter' }).click()
    assert.equal(await page.locator('#filter-form').isVisible(), true)
    await expectAccessible(page, 'open filter on a phone')
    await page.getByRole('button', { name: 'Close filter' }).click()
    assert.equal(await page.locator('#filter-form').isVisible(), false)
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Show filter')
    await page.context().close()
  })
})

describe('keyboard', () => {
  it('the first Tab reaches the skip link, which moves focus to the content', async () => {
    const page = await open(browser, '/initiatives')
    await page.keyboard.press('Tab')
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Skip to main content')
    await page.keyboard.press('Enter')
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content')
    await page.context().close()
  })

  it('a filter can be applied with the keyboard alone, with visible focus', async () => {
    const page = await open(browser, '/initiatives')
    await page.focus('#f-driver-court-capacity')
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement, null).outlineStyle + getComputedStyle(document.activeElement.nextElementSibling, '::before').boxShadow)
    assert.notEqual(outline, 'nonenone', 'focus is visible')
    await page.keyboard.press('Space')
    await page.focus('#filter-form button[type=submit]')
    await page.keyboard.press('Enter')
    await page.waitForURL(/driver=court-capacity/)
    await settled(page)
    assert.match(await page.locator('#result-count').innerText(), /^3 initiatives found$/)
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus moves to the new page heading')
    await page.context().close()
  })
})
