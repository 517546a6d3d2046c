import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { goto, launch, noPageErrors, open, settled } from './support.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

async function count(page) {
  const text = await page.locator('#result-count').innerText()
  return Number.parseInt(text, 10)
}

async function apply(page) {
  await page.locator('#filter-form button[type=submit]').first().click()
  await settled(page)
}

describe('finding initiatives', () => {
  it('searches from the home page', async () => {
    const page = await open(browser, '/')
    await page.fill('#home-q', 'hope boxes')
    await page.click('#home-search button')
    await page.waitForURL(/\/initiatives\?q=hope/)
    await settled(page)
    assert.ok(await page.locator('a[href="/initiatives/lancaster-hope-boxes"]').count() > 0)
    noPageErrors(page)
    await page.context().close()
  })

  it('filters by each filter, shows what is applied, and clears all', async () => {
    const page = await open(browser, '/initiatives')
    const all = await count(page)
    assert.equal(all, 69)

    await page.check('#f-driver-lack-of-information-sharing')
    await apply(page)
    assert.match(page.url(), /driver=lack-of-information-sharing/)
    const byDriver = await count(page)
    assert.ok(byDriver > 0 && byDriver < all)

    await page.check('#f-edition-good-practice-guide-edition-4')
    await apply(page)
    assert.equal(await count(page), 6, 'Edition 4 ticks information sharing for six initiatives')
    assert.equal(await page.locator('.moj-filter__selected .moj-filter__tag').count(), 2)

    await page.click('#clear-filters')
    await settled(page)
    assert.equal(await count(page), all)
    assert.equal(new URL(page.url()).search, '')

    await page.check('#f-theme-fgm-and-multiple-births')
    await apply(page)
    assert.equal(await count(page), 4)
    await page.click('#clear-filters')
    await settled(page)

    await page.selectOption('#f-area', 'salford')
    await apply(page)
    assert.match(page.url(), /area=salford/)
    assert.ok(await page.locator('a[href="/initiatives/salford-strengthening-families"]').count() > 0)
    await page.click('#clear-filters')
    await settled(page)

    // the organisation filter is an autocomplete over the API's organisation search
    await page.fill('#f-organisation', 'rights gr')
    await page.locator('#f-organisation__listbox [role=option]', { hasText: 'Family Rights Group' }).click()
    await apply(page)
    assert.match(page.url(), /organisation=family-rights-group/)
    assert.ok(await page.locator('a[href="/initiatives/lifelong-links"]').count() > 0)

    await page.fill('#f-q', 'kinship')
    await apply(page)
    assert.match(page.url(), /q=kinship/)
    noPageErrors(page)
    await page.context().close()
  })

  it('pages through results with "page N of M" in the title, and a filter change returns to page 1', async () => {
    const page = await open(browser, '/initiatives')
    assert.match(await page.title(), /page 1 of 4/)
    await page.click('.govuk-pagination__next a')
    await settled(page)
    assert.match(page.url(), /page=2/)
    assert.match(await page.title(), /page 2 of 4/)
    await page.click('.govuk-pagination a[aria-label="Page 4"]')
    await settled(page)
    assert.match(await page.title(), /page 4 of 4/)
    await page.check('#f-edition-innovation-programme-directory-2016')
    await apply(page)
    assert.doesNotMatch(page.url(), /page=/)
    assert.match(await page.title(), /page 1 of 3/)
    await page.context().close()
  })

  it('a deep link restores the whole state, and Back returns to it', async () => {
    const page = await open(browser, '/initiatives?driver=changes-in-plan&sort=-title&page=1')
    assert.equal(await page.isChecked('#f-driver-changes-in-plan'), true)
    assert.equal(await page.inputValue('#sort'), '-title')
    const first = await page.locator('.gpd-result h2 a').first().innerText()
    await page.locator('.gpd-result h2 a').first().click()
    await settled(page)
    assert.match(page.url(), /\/initiatives\/[a-z0-9-]+$/)
    await page.goBack()
    await settled(page)
    assert.match(page.url(), /driver=changes-in-plan/)
    assert.equal(await page.locator('.gpd-result h2 a').first().innerText(), first)
    await page.context().close()
  })

  it('an initiative shows sections, links, drivers told apart by provenance, editions and a citation', async () => {
    const page = await open(browser, '/initiatives/independent-assessment-hub-cheshire-and-merseyside')
    assert.ok(await page.getByRole('heading', { name: 'Editors’ later judgement' }).count() === 1)
    assert.equal(await page.getByRole('heading', { name: 'In the published matrix' }).count(), 0)
    assert.ok(await page.locator('a[href^="mailto:amanda.allen@cheshirewestandchester.gov.uk"]').count() > 0)
    assert.match(await page.locator('.gpd-citation').first().innerText(), /Whole document/)
    await goto(page, '/initiatives/lancaster-hope-boxes')
    assert.ok(await page.getByRole('heading', { name: 'In the published matrix' }).count() === 1)
    assert.match(await page.locator('.gpd-citation').innerText(), /Quarter 2: 2024\/25.*Slide 10/)
    await page.context().close()
  })
})

describe('comparing', () => {
  it('picks three initiatives from the list and sees them side by side', async () => {
    const page = await open(browser, '/initiatives?edition=good-practice-guide-2024-25-q2')
    for (const slug of ['mpower', 'lancaster-hope-boxes', 'nest-team-rochdale']) await page.check(`#compare-${slug}`)
    await page.click('#compare-form button[type=submit]')
    await page.waitForURL(/\/compare\?i=/)
    await settled(page)
    const headers = await page.locator('.gpd-compare thead th').allInnerTexts()
    assert.equal(headers.length, 3)
    const rows = await page.locator('.gpd-compare tbody th').allInnerTexts()
    assert.deepEqual(rows, ['Lead organisation', 'Areas', 'Published in', 'Drivers of delay', 'Key features', 'Outcomes as reported', 'Contacts'])
    assert.equal(await page.getByText(/rank|rating|score/i).count() > 0, true, 'says it does not rank')
    await page.context().close()
  })
})

describe('the delay-driver matrix', () => {
  it('is a real table whose headings and cells lead to the list and the initiatives', async () => {
    const page = await open(browser, '/matrix')
    const table = page.locator('#matrix-good-practice-guide-edition-4 + .gpd-scroll table')
    assert.equal(await table.locator('th[scope=col]').count(), 7)
    assert.equal(await table.locator('th[scope=row]').count(), 10)
    assert.equal(await table.locator('tbody tr').nth(9).locator('td .gpd-tick').count(), 6)
    assert.ok(await page.getByText('Few initiatives').count() > 0, 'the cross-edition view flags thin drivers')
    await table.locator('th[scope=row] a', { hasText: 'Court capacity' }).click()
    await settled(page)
    assert.match(page.url(), /driver=court-capacity&edition=good-practice-guide-edition-4/)
    assert.equal(await count(page), 3)
    await page.goBack()
    await settled(page)
    await page.locator('#matrix-good-practice-guide-2024-25-q2 + .gpd-scroll th[scope=col] a').first().click()
    await settled(page)
    assert.match(page.url(), /\/initiatives\/dandelions-telford-and-wrekin$/)
    await page.context().close()
  })
})

describe('editions', () => {
  it('lists editions and shows one with its initiatives in printed order and upcoming items', async () => {
    const page = await open(browser, '/editions')
    await page.click('a[href="/editions/good-practice-guide-2024-25-q2"]')
    await settled(page)
    const items = await page.locator('ol.govuk-list--number li > a').allInnerTexts()
    assert.equal(items.length, 7)
    assert.match(items[0], /^Dandelions/)
    assert.ok(await page.getByRole('heading', { name: 'Upcoming content announced' }).count() === 1)
    await page.context().close()
  })

  it('renders a print view: the introduction, the matrix, then one initiative per page', async () => {
    const page = await open(browser, '/editions/good-practice-guide-edition-4/print')
    await page.emulateMedia({ media: 'print' })
    const sections = page.locator('section.gpd-print-page')
    assert.equal(await sections.count(), 1 + 1 + 7)
    assert.ok(await sections.nth(1).locator('table.gpd-matrix').count() === 1, 'the matrix comes before the initiatives')
    assert.equal(await sections.nth(2).evaluate((el) => getComputedStyle(el).breakBefore), 'page')
    assert.equal(await page.locator('.govuk-service-navigation').evaluate((el) => getComputedStyle(el).display), 'none')
    const pdf = await page.pdf({ format: 'A4' })
    assert.ok(pdf.length > 10000, 'prints to a PDF')
    await page.context().close()
  })
})

describe('area contacts', () => {
  it('filters by area and offers mailto: and tel: links', async () => {
    const page = await open(browser, '/contacts')
    await page.selectOption('#c-area', 'leeds')
    await page.click('#contact-filter button[type=submit]')
    await settled(page)
    assert.match(page.url(), /area=leeds/)
    assert.ok(await page.locator('a[href="mailto:Andy.lloyd@leeds.gov.uk"]').count() > 0)
    await goto(page, '/contacts?q=daybreak')
    assert.ok(await page.locator('a[href^="tel:"]').count() > 0)
    await page.context().close()
  })
})

describe('when things go wrong', () => {
  it('an unknown initiative shows a GOV.UK page not found', async () => {
    const page = await open(browser, '/initiatives/no-such-initiative')
    assert.equal(await page.locator('h1').innerText(), 'Page not found')
    assert.match(await page.title(), /^Page not found/)
    await page.context().close()
  })

  it('an unreachable API shows a clear message and a retry that works', async () => {
    let down = true
    const page = await open(browser, null, { before: (p) => p.route('**/api/**', (r) => (down ? r.abort() : r.continue())) })
    await goto(page, '/initiatives')
    assert.equal(await page.locator('h1').innerText(), 'Sorry, there is a problem with the service')
    assert.ok(await page.getByRole('button', { name: 'Try again' }).isVisible())
    down = false
    await page.getByRole('button', { name: 'Try again' }).click()
    await page.waitForSelector('#result-count')
    assert.equal(await count(page), 69)
    await page.context().close()
  })
})
