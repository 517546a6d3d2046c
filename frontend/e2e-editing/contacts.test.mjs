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

/** A draft edition with a draft initiative in it, in an area, made through the API. */
async function draftInitiative() {
  const edition = unique('contacts-guide')
  const slug = unique('contacts-initiative')
  assert.equal((await apiCall('POST', '/api/v1/editions', { as: EDITOR, body: { slug: edition, title: 'Contacts guide', series: 'Test Guides', label: edition } })).status, 201)
  assert.equal((await apiCall('POST', '/api/v1/initiatives', { as: EDITOR, body: { slug, title: `Initiative ${slug}`, edition, areas: ['salford'] } })).status, 201)
  return { edition, slug }
}

describe('area contacts', () => {
  it('an editor creates a contact from an initiative’s editing page, linked to it, then edits it from there', async () => {
    const { edition, slug } = await draftInitiative()
    const page = await open(browser, null)
    await signIn(page)
    await goto(page, `/editing/initiatives/${slug}`)
    await page.click('#create-contact')
    await settled(page)
    assert.equal(await page.locator('h1').innerText(), 'Create a contact')
    assert.equal(await page.inputValue('#edition'), edition, 'the initiative’s edition is chosen')
    assert.ok(await page.locator('#areas-salford').isChecked(), 'the initiative’s area is chosen')
    assert.ok(await page.locator(`#initiatives-${slug}`).isChecked(), 'the contact is for this initiative')
    await expectAccessible(page, 'new contact')

    const missing = await errorsAfter(page, () => page.click('#contact-form button[type=submit]'))
    assert.deepEqual(missing, ['Enter a name, an organisation, an email address or a phone number'])
    await expectAccessible(page, 'new contact with errors')
    await page.fill('#name', 'Robin Ashby')
    await page.fill('#email', 'not an address')
    const wrong = await errorsAfter(page, () => page.click('#contact-form button[type=submit]'))
    assert.equal(wrong.length, 1)
    assert.match(wrong[0], /^Email address /)
    assert.equal(await page.inputValue('#name'), 'Robin Ashby', 'answers are kept')

    await page.fill('#email', 'robin.ashby@example.gov.uk')
    await page.fill('#role', 'Pre-proceedings lead')
    await page.click('#contact-form button[type=submit]')
    await page.waitForURL((u) => u.pathname === `/editing/initiatives/${slug}`)
    await settled(page)
    assert.match(await page.locator('#success-banner').innerText(), /Contact Robin Ashby created and linked to this initiative/)
    const linked = await page.locator('input[name=contacts]:checked').evaluateAll((boxes) => boxes.map((b) => b.value))
    assert.equal(linked.length, 1)
    const contact = linked[0]
    const made = await apiCall('GET', `/api/v1/area-contacts/${contact}/editable`, { as: EDITOR })
    assert.equal(made.status, 200)
    assert.deepEqual({ name: made.body.name, role: made.body.role, email: made.body.email, edition: made.body.edition, areas: made.body.areas, initiatives: made.body.initiatives },
      { name: 'Robin Ashby', role: 'Pre-proceedings lead', email: 'robin.ashby@example.gov.uk', edition, areas: ['salford'], initiatives: [slug] })
    await expectAccessible(page, 'initiative with a new contact')

    await page.getByRole('link', { name: /Edit contact details of Robin Ashby/ }).click()
    await settled(page)
    assert.equal(await page.locator('h1').innerText(), 'Robin Ashby')
    await page.fill('#role', 'Family justice lead')
    await page.fill('#phone', '0161 234 5678')
    await page.click('#contact-form button[type=submit]')
    await page.waitForURL((u) => u.pathname === `/editing/initiatives/${slug}`)
    await settled(page)
    assert.match(await page.locator('#success-banner').innerText(), /Contact Robin Ashby saved/)
    const edited = await apiCall('GET', `/api/v1/area-contacts/${contact}/editable`, { as: EDITOR })
    assert.equal(edited.body.role, 'Family justice lead')
    assert.equal(edited.body.phone, '0161 234 5678')
    assert.deepEqual(edited.body.initiatives, [slug], 'still linked')
    noPageErrors(page)
    await page.context().close()
  })

  it('an editor edits a published contact and creates one from the contacts page; a stale save is refused', async () => {
    const page = await open(browser, null)
    await signIn(page)
    const { edition } = await draftInitiative()
    const listed = (await apiCall('GET', '/api/v1/area-contacts?q=salford&pageSize=1')).body.results[0]
    await goto(page, `/contacts?q=${encodeURIComponent(listed.email ?? listed.name)}`)
    const edit = page.locator('.govuk-summary-card__actions a', { hasText: 'Edit' }).first()
    assert.ok(await edit.isVisible(), 'editors see Edit on each contact')
    await expectAccessible(page, 'contacts page as an editor')
    await edit.click()
    await settled(page)
    assert.match(new URL(page.url()).pathname, /^\/editing\/contacts\//)
    const slug = new URL(page.url()).pathname.split('/').pop()
    await expectAccessible(page, 'edit a contact')
    const note = `Checked by phone ${unique('n')}`
    await page.fill('#note', note)
    await page.click('#contact-form button[type=submit]')
    await page.waitForSelector('#success-banner')
    await settled(page)
    assert.match(await page.locator('#success-banner').innerText(), /saved/)
    assert.equal((await apiCall('GET', `/api/v1/area-contacts/${slug}/editable`, { as: EDITOR })).body.note, note)
    assert.equal((await apiCall('GET', `/api/v1/area-contacts/${slug}`)).body.note, note, 'the published contact changes at once')

    // someone else saves while this page is open: the page says so and keeps nothing silently
    const current = await apiCall('GET', `/api/v1/area-contacts/${slug}/editable`, { as: EDITOR })
    assert.equal((await apiCall('PATCH', `/api/v1/area-contacts/${slug}`, { as: EDITOR, body: { note: 'Changed elsewhere' },
      headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': current.headers.get('etag') } })).status, 200)
    await page.fill('#note', 'My change')
    const stale = await errorsAfter(page, () => page.click('#contact-form button[type=submit]'))
    assert.match(stale[0], /^Someone else saved this contact after you opened it/)
    assert.equal((await apiCall('GET', `/api/v1/area-contacts/${slug}/editable`, { as: EDITOR })).body.note, 'Changed elsewhere')
    await expectAccessible(page, 'stale contact save')

    await goto(page, '/contacts')
    await page.click('#create-contact')
    await settled(page)
    await page.fill('#organisation', 'Salford Family Hub')
    await page.fill('#email', 'family.hub@example.gov.uk')
    const noEdition = await errorsAfter(page, () => page.click('#contact-form button[type=submit]'))
    assert.deepEqual(noEdition, ['Choose the edition that prints this contact'])
    await page.selectOption('#edition', edition)
    await page.locator('#add-area[role=combobox]').waitFor()
    await page.fill('#add-area', 'salf')
    await page.locator('#add-area__listbox [role=option]', { hasText: 'Salford' }).first().click()
    await page.locator('#areas-salford').waitFor()
    await page.click('#contact-form button[type=submit]')
    await page.waitForURL((u) => /^\/editing\/contacts\/salford-family-hub/.test(u.pathname))
    await settled(page)
    assert.match(await page.locator('#success-banner').innerText(), /Contact Salford Family Hub created/)
    const created = new URL(page.url()).pathname.split('/').pop()
    const stored = (await apiCall('GET', `/api/v1/area-contacts/${created}/editable`, { as: EDITOR })).body
    assert.deepEqual({ organisation: stored.organisation, email: stored.email, edition: stored.edition, areas: stored.areas },
      { organisation: 'Salford Family Hub', email: 'family.hub@example.gov.uk', edition, areas: ['salford'] })
    assert.equal((await apiCall('GET', `/api/v1/area-contacts/${created}`)).status, 404, 'not public before its edition is published')
    noPageErrors(page)
    await page.context().close()
  })

  it('a reader who is not signed in sees no way to edit contacts', async () => {
    const page = await open(browser, '/contacts')
    assert.equal(await page.locator('.govuk-summary-card__actions a:visible').count(), 0)
    assert.equal(await page.locator('#create-contact:visible').count(), 0)
    await page.context().close()
  })
})
