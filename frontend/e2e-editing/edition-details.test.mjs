import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { expectAccessible, goto, launch, noPageErrors, open } from '../e2e/support.mjs'
import { apiCall, EDITOR, ensureEditor, errorsAfter, signIn, unique } from './editing.mjs'

let browser
before(async () => {
  await ensureEditor()
  browser = await launch()
})
after(async () => { await browser?.close() })

/** A new draft edition, made through the API: these tests are about its page, not about creating it. */
async function draftEdition() {
  const label = unique('Edition')
  const slug = unique('details-test')
  const r = await apiCall('POST', '/api/v1/editions', { as: EDITOR, body: { slug, title: 'Good Practice Guide', series: 'Test Guides', label } })
  assert.equal(r.status, 201, 'the draft edition is created')
  return { slug, label }
}

async function editionPage(slug) {
  const page = await open(browser, null)
  await signIn(page)
  await goto(page, `/editing/editions/${slug}`)
  return page
}

async function newBanner(page, act) {
  await page.evaluate(() => document.querySelectorAll('#success-banner').forEach((e) => e.setAttribute('data-old', '')))
  await act()
  await page.waitForSelector('#success-banner:not([data-old])')
  return page.locator('#success-banner').innerText()
}

describe('an edition’s details', () => {
  it('shows a publication date in the wrong format in the error summary, then saves a new label', async () => {
    const { slug } = await draftEdition()
    const page = await editionPage(slug)
    await expectAccessible(page, 'a draft edition')

    await page.getByRole('button', { name: 'Change edition details' }).click()
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'details-heading')
    assert.equal(await page.inputValue('#title'), 'Good Practice Guide', 'the form starts from the edition as it is')
    await expectAccessible(page, 'change edition details')

    const label = unique('Edition six')
    await page.fill('#label', label)
    await page.fill('#publicationDate', 'June 2025')
    const errors = await errorsAfter(page, () => page.click('#details-form button[type=submit]'))
    assert.deepEqual(errors, ['Enter the publication date as a year, a month or a day, like 2026, 2026-03 or 2026-03-31'])
    assert.match(await page.title(), /^Error: /)
    assert.equal(await page.inputValue('#label'), label, 'what was typed is kept')
    await expectAccessible(page, 'edition details with an error')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'publicationDate')

    await page.fill('#publicationDate', '2025-06')
    assert.match(await newBanner(page, () => page.click('#details-form button[type=submit]')), /details have been saved/)
    assert.match(await page.locator('h1').innerText(), new RegExp(label))
    await expectAccessible(page, 'edition details saved')

    const saved = await apiCall('GET', `/api/v1/editions/${slug}/editable`, { as: EDITOR })
    assert.equal(saved.body.label, label)
    assert.equal(saved.body.publicationDate, '2025-06')
    assert.equal(saved.body.series, 'Test Guides', 'the fields not changed are kept')
    noPageErrors(page)
    await page.context().close()
  })

  it('deletes a draft edition after confirming, so the dashboard no longer lists it, and restores it', async () => {
    const { slug } = await draftEdition()
    const page = await editionPage(slug)
    await page.getByRole('button', { name: 'Delete this draft edition' }).click()
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'delete-question')
    await expectAccessible(page, 'delete confirmation')

    await page.click('#delete-confirmed')
    await page.waitForURL((url) => url.pathname === '/editing')
    await page.waitForSelector('#success-banner')
    assert.match(await page.locator('#success-banner').innerText(), /has been deleted/)
    assert.equal(await page.locator(`a[href="/editing/editions/${slug}"]:not(.govuk-notification-banner__link)`).count(), 0, 'the dashboard no longer lists it')
    await expectAccessible(page, 'dashboard after deleting a draft edition')
    const deleted = await apiCall('GET', `/api/v1/editions/${slug}/editable`, { as: EDITOR })
    assert.ok(deleted.body.deletedAt, 'the service has it as deleted')

    await page.locator('#success-banner a', { hasText: 'Restore it' }).click()
    await page.waitForSelector('#deleted-notice')
    assert.match(await page.locator('#deleted-notice').innerText(), /This draft edition is deleted/)
    assert.equal(await page.locator('#publish, #delete, #change-details').count(), 0, 'nothing else can be done to it until it is restored')
    await expectAccessible(page, 'a deleted draft edition')

    assert.match(await newBanner(page, () => page.click('#restore')), /has been restored/)
    assert.equal(await page.locator('#deleted-notice').count(), 0)
    await expectAccessible(page, 'a restored draft edition')
    const restored = await apiCall('GET', `/api/v1/editions/${slug}/editable`, { as: EDITOR })
    assert.ok(!restored.body.deletedAt, 'the service has it as live again')

    await goto(page, '/editing')
    assert.equal(await page.locator(`#draft-editions a[href="/editing/editions/${slug}"]`).count(), 1, 'the dashboard lists it again')
    noPageErrors(page)
    await page.context().close()
  })
})
