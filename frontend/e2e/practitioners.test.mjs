import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { BASE_URL, expectAccessible, launch, noPageErrors, open, settled } from './support.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

const PHONE = { width: 360, height: 740 }

describe('compare on a phone', () => {
  it('shows each attribute with every initiative under its name, nothing overlapping or clipped', async () => {
    const page = await open(browser, '/compare?i=lifelong-links&i=mpower&i=pause&i=family-drug-and-alcohol-court', { viewport: PHONE })
    const cells = await page.locator('.gpd-compare tbody td').evaluateAll((tds) => tds.map((td) => {
      const r = td.getBoundingClientRect()
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, name: td.querySelector('.gpd-compare__name')?.getBoundingClientRect().height ?? 0, overflow: td.scrollWidth - td.clientWidth }
    }))
    assert.equal(cells.length, 7 * 4)
    for (const c of cells) {
      assert.ok(c.right <= PHONE.width && c.left >= 0, 'a cell is inside the screen')
      assert.ok(c.name > 0, 'each value is labelled with its initiative')
      assert.ok(c.overflow <= 0, 'no cell clips its text')
    }
    cells.slice(1).forEach((c, n) => assert.ok(c.top >= cells[n].bottom - 1, 'values follow one another, never side by side'))
    await expectAccessible(page, 'compare on a phone')
    await page.context().close()
  })
})

describe('the driver filter', () => {
  it('shows all ten drivers without a scroll box, with the labels the cards and the matrix use', async () => {
    const page = await open(browser, '/initiatives?driver=lack-of-information-sharing')
    const options = page.locator('#filter-form fieldset').first().locator('.govuk-checkboxes__item')
    assert.equal(await options.count(), 10)
    const box = page.locator('#filter-form fieldset').first().locator('.govuk-checkboxes')
    assert.ok(await box.evaluate((el) => el.scrollHeight <= el.clientHeight && getComputedStyle(el).overflowY !== 'auto'), 'not a scroll box')
    for (let n = 0; n < 10; n++) assert.ok(await options.nth(n).isVisible())
    const labels = (await options.locator('label').evaluateAll((ls) => ls.map((l) => l.firstChild.textContent))).map((t) => t.trim())
    const drivers = await (await fetch(`${BASE_URL}/api/v1/delay-drivers`)).json()
    assert.deepEqual(labels, drivers.results.map((d) => d.label), 'the printed matrix labels')
    const onCards = (await page.locator('.gpd-result dt', { hasText: 'Drivers of delay' }).locator('xpath=following-sibling::dd').allInnerTexts())
      .flatMap((t) => t.split('; ').map((x) => x.trim()))
    assert.ok(onCards.length > 0)
    for (const label of onCards) assert.ok(labels.includes(label), `"${label}" is a label the filter uses`)
    await page.context().close()
  })

  it('says beside each option how many initiatives it would find under the other filters, and marks those that find none', async () => {
    const filters = 'edition=good-practice-guide-edition-4&q=family'
    const page = await open(browser, `/initiatives?${filters}`)
    const options = page.locator('#filter-form fieldset').first().locator('.govuk-checkboxes__item')
    let none = 0
    for (let n = 0; n < await options.count(); n++) {
      const value = await options.nth(n).locator('input').getAttribute('value')
      const shown = (await options.nth(n).locator('.gpd-facet-count').innerText()).trim()
      const found = (await (await fetch(`${BASE_URL}/api/v1/initiatives?${filters}&driver=${value}&pageSize=1`)).json()).paging.totalResults
      assert.equal(shown, found === 0 ? '(none)' : `(${found})`, `the count beside ${value}`)
      if (found === 0) none++
    }
    assert.ok(none > 0 && none < 10, 'some options find none under these filters, and are marked so')
    await expectAccessible(page, 'filter with counts')
    await page.context().close()
  })

  it('the home page and the matrix say what their driver counts count', async () => {
    const page = await open(browser, '/')
    assert.ok(await page.getByText('Each number counts the published initiatives mapped to that driver').count() === 1)
    await page.goto('/matrix')
    await settled(page)
    assert.ok(await page.getByText('These are the printed ticks only.').count() === 1)
    await page.context().close()
  })
})

describe('sorting', () => {
  it('Title A to Z ignores capitals', async () => {
    const page = await open(browser, '/initiatives')
    const titles = await page.locator('.gpd-result h2').allInnerTexts()
    const sorted = [...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
    assert.deepEqual(titles, sorted)
    assert.ok(titles.indexOf('Active Agents for Change') < titles.indexOf('AI Policy Buddy – North Yorkshire'))
    await page.context().close()
  })
})

describe('filters applied on a phone', () => {
  it('are shown above the results without opening the filter panel, and can be removed there', async () => {
    const page = await open(browser, '/initiatives?driver=court-capacity&q=family', { viewport: PHONE })
    assert.equal(await page.locator('#filter-form').isVisible(), false)
    const applied = page.locator('.gpd-applied-filters')
    assert.ok(await applied.isVisible())
    assert.deepEqual((await applied.locator('.moj-filter__tag').allInnerTexts()).map((t) => t.replace('Remove this filter', '').trim()), ['family', 'Court capacity'])
    await applied.locator('.moj-filter__tag', { hasText: 'Court capacity' }).click()
    await settled(page)
    assert.equal(new URL(page.url()).search, '?q=family')
    await page.context().close()
  })

  it('are not repeated beside the open panel on a wide screen', async () => {
    const page = await open(browser, '/initiatives?driver=court-capacity')
    assert.equal(await page.locator('.gpd-applied-filters').isVisible(), false)
    await page.context().close()
  })
})

describe('the organisation filter', () => {
  it('is an accessible autocomplete over the API, used with the keyboard alone', async () => {
    const page = await open(browser, '/initiatives')
    await page.locator('#f-organisation[role=combobox]').waitFor()
    await page.focus('#f-organisation')
    await page.keyboard.type('rights gr')
    const option = page.locator('#f-organisation__listbox [role=option]', { hasText: 'Family Rights Group' })
    await option.waitFor()
    await expectAccessible(page, 'organisation suggestions open')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    assert.equal(await page.locator('input[type=hidden][name=organisation]').inputValue(), 'family-rights-group')
    await page.locator('#filter-form button[type=submit]').first().click()
    await settled(page)
    assert.match(page.url(), /organisation=family-rights-group/)
    assert.equal(await page.locator('#f-organisation').inputValue(), 'Family Rights Group', 'the chosen name stays in the field')
    assert.ok(await page.locator('a[href="/initiatives/lifelong-links"]').count() > 0)
    noPageErrors(page)
    await page.context().close()
  })

  it('on the contacts page too', async () => {
    const page = await open(browser, '/contacts')
    await page.locator('#c-org[role=combobox]').waitFor()
    await page.fill('#c-org', 'nspc')
    await page.locator('#c-org__listbox [role=option]', { hasText: 'NSPCC' }).click()
    await page.click('#contact-filter button[type=submit]')
    await settled(page)
    assert.match(page.url(), /organisation=nspcc/)
    assert.equal(await page.locator('.govuk-summary-card').count(), 1)
    await page.context().close()
  })
})

describe('area contacts', () => {
  it('each card says which initiatives it is the contact for, inside the card', async () => {
    const page = await open(browser, '/contacts?area=leeds')
    const cards = page.locator('.govuk-summary-card')
    assert.ok(await cards.count() > 0)
    assert.ok(await cards.first().locator('dt', { hasText: 'Contact for' }).count() === 1)
    assert.equal(await page.locator('main > p', { hasText: 'Contact for' }).count(), 0, 'nothing sits between the cards')
    await page.context().close()
  })
})

describe('comparing editions', () => {
  it('says what Q2 added, dropped and kept from Edition 4, what was announced, and how the matrices differ', async () => {
    const page = await open(browser, '/editions/good-practice-guide-edition-4')
    await page.click('a[href="/editions/compare?to=good-practice-guide-edition-4"]')
    await settled(page)
    await page.selectOption('#ec-from', 'good-practice-guide-edition-4')
    await page.selectOption('#ec-to', 'good-practice-guide-2024-25-q2')
    await page.click('#edition-compare button[type=submit]')
    await settled(page)
    assert.match(page.url(), /from=good-practice-guide-edition-4&to=good-practice-guide-2024-25-q2/)
    const [e4, q2] = await Promise.all(['good-practice-guide-edition-4', 'good-practice-guide-2024-25-q2']
      .map(async (s) => (await fetch(`${BASE_URL}/api/v1/editions/${s}`)).json()))
    const before = new Set(e4.initiatives.map((i) => i.slug))
    const added = q2.initiatives.filter((i) => !before.has(i.slug)).length
    assert.equal(await page.locator('#added + ul li').count(), added)
    for (const id of ['dropped', 'kept', 'upcoming', 'matrix']) assert.equal(await page.locator(`#${id}`).count(), 1)
    assert.equal(await page.locator('table tbody tr').count(), 10, 'a row per driver')
    await expectAccessible(page, 'edition comparison')
    await page.context().close()
  })
})

describe('layout', () => {
  it('the matrix fits its page at 1280 px', async () => {
    const page = await open(browser, '/matrix')
    const fits = await page.locator('.gpd-matrix').evaluateAll((tables) => tables.map((t) => t.scrollWidth <= t.parentElement.clientWidth))
    assert.ok(fits.length >= 2 && fits.every(Boolean))
    await page.context().close()
  })
})
