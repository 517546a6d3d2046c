import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { expectAccessible, goto, launch, noPageErrors, open, settled } from '../e2e/support.mjs'
import { apiCall, EDITOR, ensureEditor, errorsAfter, signIn, unique } from './editing.mjs'

let browser
before(async () => {
  await ensureEditor()
  browser = await launch()
})
after(async () => { await browser?.close() })

// The service limits suggestions per client address; in tests it takes the address from
// X-Forwarded-For, so each test here is a client of its own.
let client = Math.floor(Math.random() * 200)
function newClient() {
  client = (client + 1) % 250
  return `198.51.100.${client + 1}`
}

async function suggestForm(headers) {
  const page = await open(browser, null, { before: (p) => p.setExtraHTTPHeaders(headers) })
  await page.goto('/')
  await settled(page)
  await page.getByRole('link', { name: 'Suggest an initiative' }).first().click()
  await settled(page)
  assert.equal(await page.locator('h1').innerText(), 'Suggest an initiative')
  return page
}

describe('suggesting an initiative', () => {
  it('shows what is missing or wrong next to each field, then confirms with a reference', async () => {
    const page = await suggestForm({ 'X-Forwarded-For': newClient() })
    await expectAccessible(page, 'suggestion form')

    const missing = await errorsAfter(page, () => page.click('#suggest-form button[type=submit]'))
    assert.deepEqual(missing, ['Enter the name of the initiative', 'Enter a description of the initiative',
      'Enter the organisation that runs the initiative', 'Enter your name', 'Enter your email address'])
    assert.match(await page.title(), /^Error: Suggest an initiative/)
    assert.equal(await page.locator('#contactEmail-error').innerText(), 'Error:\nEnter your email address')
    await expectAccessible(page, 'suggestion form with errors')

    const title = unique('Kinship peer support')
    await page.fill('#title', title)
    await page.fill('#description', 'Peer support for kinship carers during care proceedings.\nRuns weekly.')
    await page.fill('#organisation', 'Example Council')
    await page.fill('#contactName', 'Sam Taylor')
    await page.fill('#contactEmail', 'sam.taylor@example')
    await page.fill('#links-0-title', 'Programme page')
    await page.fill('#links-0-url', 'example.gov.uk/kinship')
    await page.click('#add-link')
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'links-1-title', 'a new link row takes focus')
    const wrong = await errorsAfter(page, () => page.click('#suggest-form button[type=submit]'))
    assert.deepEqual(wrong, ['Enter the web address of link 1 in the correct format, like https://www.example.gov.uk',
      'Enter an email address in the correct format, like name@example.com'])
    assert.equal(await page.inputValue('#title'), title, 'answers are kept')
    await page.locator('.govuk-error-summary a', { hasText: 'email address' }).click()
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'contactEmail')

    await page.fill('#contactEmail', 'sam.taylor@example.gov.uk')
    await page.fill('#links-0-url', 'https://example.gov.uk/kinship')
    await page.click('#suggest-form button[type=submit]')
    await page.waitForSelector('.govuk-panel--confirmation')
    assert.equal(await page.locator('.govuk-panel__title').innerText(), 'Suggestion sent')
    assert.match(await page.title(), /^Suggestion sent/)
    const reference = await page.locator('#suggestion-reference').innerText()
    await expectAccessible(page, 'suggestion sent')
    noPageErrors(page)
    await page.context().close()

    const stored = await apiCall('GET', `/api/v1/suggestions/${reference}`, { as: EDITOR })
    assert.equal(stored.status, 200)
    assert.equal(stored.body.title, title)
    assert.deepEqual(stored.body.links, [{ title: 'Programme page', url: 'https://example.gov.uk/kinship' }], 'the empty second row is not sent')
  })

  it('says when to try again after too many suggestions', async () => {
    const address = newClient()
    for (let n = 0; n < 10; n++) {
      const r = await apiCall('POST', '/api/v1/suggestions', { headers: { 'X-Forwarded-For': address },
        body: { title: `Flood ${n}`, description: 'x', organisation: 'x', contactName: 'x', contactEmail: 'x@example.gov.uk' } })
      if (r.status === 429) break
      assert.equal(r.status, 201)
    }
    const page = await suggestForm({ 'X-Forwarded-For': address })
    await page.fill('#title', 'One more')
    await page.fill('#description', 'x')
    await page.fill('#organisation', 'x')
    await page.fill('#contactName', 'x')
    await page.fill('#contactEmail', 'x@example.gov.uk')
    const errors = await errorsAfter(page, () => page.click('#suggest-form button[type=submit]'))
    assert.equal(errors.length, 1)
    assert.match(errors[0], /^You have sent too many suggestions\. Try again in (\d+ minutes?|an hour|\d+ hours?|a minute)\. Your answers are still here\.$/)
    assert.equal(await page.inputValue('#title'), 'One more')
    await expectAccessible(page, 'too many suggestions')
    await page.context().close()
  })
})

describe('reviewing suggestions', () => {
  async function suggestion(title) {
    const r = await apiCall('POST', '/api/v1/suggestions', { headers: { 'X-Forwarded-For': newClient() },
      body: { title, description: 'Family group conferences before proceedings.', organisation: 'Example Trust', contactName: 'Al', contactEmail: 'al@example.gov.uk' } })
    assert.equal(r.status, 201)
    return r.body.id
  }

  it('declines one with a reason, and accepts another into a draft initiative to edit', async () => {
    const declined = unique('Declined idea')
    const accepted = unique('Accepted idea')
    await suggestion(declined)
    await suggestion(accepted)
    const page = await open(browser, null)
    await signIn(page)
    await page.getByRole('link', { name: 'Review suggestions' }).click()
    await settled(page)
    await expectAccessible(page, 'suggestions list')

    await page.getByRole('link', { name: declined }).click()
    await settled(page)
    await expectAccessible(page, 'a new suggestion')
    assert.deepEqual(await errorsAfter(page, () => page.click('#decline-form button')), ['Enter the reason for declining'])
    await expectAccessible(page, 'declining without a reason')
    await page.fill('#reason', 'Already in the directory')
    await page.click('#decline-form button')
    await page.waitForSelector('#success-banner')
    await settled(page)
    assert.match(await page.locator('#success-banner').innerText(), /Suggestion declined/)
    assert.match(await page.locator('.govuk-summary-list').innerText(), /Already in the directory/)

    await page.getByRole('link', { name: 'Suggestions', exact: true }).click()
    await settled(page)
    await page.getByRole('link', { name: accepted }).click()
    await settled(page)
    await page.click('#accept-form button')
    await page.waitForSelector('#success-banner')
    await settled(page)
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'success-banner', 'the outcome takes focus')
    await expectAccessible(page, 'suggestion accepted')
    await page.locator('#success-banner a', { hasText: 'Edit the draft initiative' }).click()
    await settled(page)
    assert.match(page.url(), /\/editing\/initiatives\/accepted-idea-/)
    assert.equal(await page.inputValue('#title'), accepted)
    noPageErrors(page)
    await page.context().close()
  })
  it('keeps the suggester’s link: shown on the draft, then in its links in the first edition it is added to', async () => {
    const title = unique('Linked idea')
    const r = await apiCall('POST', '/api/v1/suggestions', { headers: { 'X-Forwarded-For': newClient() },
      body: { title, description: 'Family group conferences before proceedings.', organisation: 'Example Trust', contactName: 'Al', contactEmail: 'al@example.gov.uk',
        links: [{ title: 'Programme page', url: 'https://example.gov.uk/linked-idea' }] } })
    assert.equal(r.status, 201)
    const edition = unique('suggested-guide')
    assert.equal((await apiCall('POST', '/api/v1/editions', { as: EDITOR, body: { slug: edition, title: 'Suggested guide', series: 'Test Guides', label: edition } })).status, 201)
    const page = await open(browser, null)
    await signIn(page)
    await goto(page, `/editing/suggestions/${r.body.id}`)
    assert.match(await page.locator('.govuk-summary-list').innerText(), /Programme page/)
    await page.click('#accept-form button')
    await page.waitForSelector('#success-banner')
    await settled(page)
    await page.locator('#success-banner a', { hasText: 'Edit the draft initiative' }).click()
    await settled(page)
    const slug = new URL(page.url()).pathname.split('/').pop()
    assert.match(await page.locator('#suggested-links').innerText(), /Programme page \(https:\/\/example\.gov\.uk\/linked-idea\)/)
    await expectAccessible(page, 'draft initiative from a suggestion')

    await goto(page, `/editing/editions/${edition}/add-existing`)
    await page.locator('#initiative[role=combobox]').waitFor()
    await page.fill('#initiative', title.slice(0, 18))
    await page.locator('#initiative__listbox [role=option]', { hasText: title }).first().click()
    await page.fill('#heading', 'What is the initiative?')
    await page.fill('#text', 'Family group conferences before proceedings.')
    await page.click('#add-existing-form button[type=submit]')
    await page.waitForURL((u) => u.pathname === `/editing/initiatives/${slug}`)
    await settled(page)
    assert.match(await page.locator('#success-banner').innerText(), /1 link from its suggestion is in its links/)
    assert.equal(await page.inputValue('#appearances-0-links-0-url'), 'https://example.gov.uk/linked-idea')
    const editable = await apiCall('GET', `/api/v1/initiatives/${slug}/editable`, { as: EDITOR })
    assert.deepEqual(editable.body.appearances[0].links, [{ title: 'Programme page', url: 'https://example.gov.uk/linked-idea' }])
    noPageErrors(page)
    await page.context().close()
  })
})
