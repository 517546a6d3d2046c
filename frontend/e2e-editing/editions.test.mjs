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

async function addInitiative(page, edition, title, { check = false } = {}) {
  await goto(page, `/editing/editions/${edition}`)
  await page.getByRole('link', { name: 'Add a new initiative to this edition' }).click()
  await settled(page)
  if (check) {
    await expectAccessible(page, 'add a new initiative')
    assert.deepEqual(await errorsAfter(page, () => page.click('#new-initiative-form button[type=submit]')), ['Enter the title of the initiative'])
    await expectAccessible(page, 'add a new initiative, with an error')
  }
  await page.fill('#title', title)
  await page.click('#new-initiative-form button[type=submit]')
  await page.waitForURL(/\/editing\/initiatives\//)
  await settled(page)
  return new URL(page.url()).pathname.split('/').pop()
}

describe('publishing an edition', () => {
  it('creates an edition, adds initiatives mapped to drivers, orders them, publishes it, and the public pages show it', async () => {
    const label = unique('Edition')
    // initiative slugs are made from titles and must be new on every run
    const kinship = unique('Kinship Reach Programme')
    const other = unique('Second Initiative')
    const page = await open(browser, null)
    await signIn(page)
    await page.getByRole('button', { name: 'Create an edition' }).click()
    await settled(page)
    await expectAccessible(page, 'create an edition')

    const missing = await errorsAfter(page, () => page.click('#edition-form button[type=submit]'))
    assert.deepEqual(missing, ['Enter the title of the edition', 'Enter the label of the edition', 'Enter the series'])
    await expectAccessible(page, 'create an edition with errors')

    await page.fill('#title', 'Good Practice Guide')
    await page.fill('#label', label)
    await page.fill('#series', 'DFJ Trailblazer Good Practice Guides')
    await page.click('#edition-form button[type=submit]')
    await page.waitForURL(/\/editing\/editions\/good-practice-guide-edition-/)
    await settled(page)
    const edition = new URL(page.url()).pathname.split('/').pop()
    assert.match(await page.locator('#success-banner').innerText(), /Edition created as a draft/)
    await expectAccessible(page, 'a new draft edition')

    // the first initiative: two drivers in this edition's matrix, and a section
    const first = await addInitiative(page, edition, kinship, { check: true })
    assert.match(await page.locator('#success-banner').innerText(), /Initiative added/)
    await page.fill('#appearances-0-title', kinship)
    await page.click('[data-add-section="0"]')
    await page.fill('#appearances-0-sections-0-heading', 'Key features')
    await page.fill('#appearances-0-sections-0-blocks', 'Peer support for kinship carers.\n\n- weekly groups\n- a helpline')
    await page.check('#appearances-0-drivers-court-capacity')
    await page.check('#appearances-0-drivers-lack-of-information-sharing')
    await expectAccessible(page, 'a new initiative in the editor')
    await page.click('#initiative-form button[type=submit]')
    await page.waitForSelector('#success-banner')
    assert.match(await page.locator('#success-banner').innerText(), /Initiative saved/)

    const second = await addInitiative(page, edition, other)
    await page.fill('#appearances-0-title', other)
    await page.click('#initiative-form button[type=submit]')
    await page.waitForSelector('#success-banner')

    // move the second above the first, with the keyboard, then save the order
    await goto(page, `/editing/editions/${edition}`)
    assert.deepEqual(await page.locator('#order .gpd-order__title a').allInnerTexts(), [kinship, other])
    await page.getByRole('button', { name: `Move up ${other}` }).focus()
    await page.keyboard.press('Enter')
    assert.deepEqual(await page.locator('#order .gpd-order__title a').allInnerTexts(), [other, kinship])
    assert.match(await page.locator('#order-status').innerText(), new RegExp(`${other} moved to position 1 of 2`))
    assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /Move down/, 'focus stays with the moved initiative')
    await expectAccessible(page, 'reordered')
    await page.click('#save-order')
    await page.waitForSelector('#success-banner')
    const ordered = await apiCall('GET', `/api/v1/editions/${edition}/editable`, { as: EDITOR })
    assert.deepEqual(ordered.body.initiatives.map((i) => i.slug), [second, first])

    // publish, after confirming
    await page.click('#publish')
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'publish-question')
    await expectAccessible(page, 'publish confirmation')
    await page.click('#publish-confirmed')
    await page.waitForSelector('#success-banner')
    assert.match(await page.locator('#success-banner').innerText(), /has been published/)
    await expectAccessible(page, 'published')

    await page.locator('#success-banner a', { hasText: 'View the published edition' }).click()
    await settled(page)
    assert.match(await page.locator('h1').innerText(), new RegExp(label))
    assert.deepEqual(await page.locator('ol.govuk-list--number li > a').allInnerTexts(), [other, kinship])
    noPageErrors(page)
    await page.context().close()

    // an anonymous reader sees it too: on the editions page, and in the matrix with two ticks
    const reader = await open(browser, '/editions')
    assert.ok(await reader.locator(`a[href="/editions/${edition}"]`).count() === 1)
    await goto(reader, '/matrix')
    const table = reader.locator(`#matrix-${edition} + .gpd-scroll table`)
    assert.deepEqual(await table.locator('th[scope=col]').allInnerTexts(), [kinship], 'the matrix shows the initiative it ticks')
    const ticked = await table.locator('tbody tr').evaluateAll((rows) => rows
      .filter((r) => r.querySelector('.gpd-tick')).map((r) => r.querySelector('th')?.textContent?.trim()))
    assert.deepEqual(ticked.sort(), ['Court capacity', 'Lack of information sharing among partners'].sort())
    await goto(reader, `/initiatives/${first}`)
    assert.ok(await reader.getByRole('heading', { name: 'In the published matrix' }).count() === 1)
    await reader.context().close()
  })
})

describe('adding an initiative already in the directory to an edition', () => {
  it('gives it this edition’s own text, refusing to add it without any', async () => {
    await ensureEditor()
    const browser = await launch()
    try {
      const edition = unique('e2e-existing')
      const made = await apiCall('POST', '/api/v1/editions', { as: EDITOR, body: { slug: edition, title: 'Good Practice Guide', series: 'DFJ Trailblazer Good Practice Guide', label: edition } })
      assert.equal(made.status, 201)
      const page = await open(browser, null)
      await signIn(page)
      await goto(page, `/editing/editions/${edition}`)
      await page.click(`a[href="/editing/editions/${edition}/add-existing"]`)
      await settled(page)
      await expectAccessible(page, 'add an existing initiative')
      const errors = await errorsAfter(page, () => page.click('#add-existing-form button[type=submit]'))
      assert.deepEqual(errors, ['Choose the initiative from the list', 'Enter the heading of the section this edition prints', 'Enter the text this edition prints about the initiative'])
      await page.locator('#initiative[role=combobox]').waitFor()
      await page.fill('#initiative', 'family drug and alc')
      await page.locator('#initiative__listbox [role=option]', { hasText: 'Family Drug and Alcohol Court' }).first().click()
      await page.fill('#heading', 'What is the initiative?')
      await page.fill('#text', 'FDAC as this edition prints it.\n\n- a first point')
      await page.click('#add-existing-form button[type=submit]')
      await page.waitForURL(/\/editing\/initiatives\/family-drug-and-alcohol-court/)
      await settled(page)
      const editable = await apiCall('GET', '/api/v1/initiatives/family-drug-and-alcohol-court/editable', { as: EDITOR })
      const added = editable.body.appearances.find((a) => a.edition === edition)
      assert.ok(added, 'the initiative now appears in the edition')
      assert.deepEqual(added.sections, [{ heading: 'What is the initiative?', blocks: [{ paragraph: 'FDAC as this edition prints it.' }, { list: { ordered: false, items: [{ text: 'a first point' }] } }] }])
      assert.ok(editable.body.appearances.length > 1, 'it keeps its other editions')
      noPageErrors(page)
      await page.context().close()
    } finally {
      await browser.close()
    }
  })
})
