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

async function editor(slug) {
  const page = await open(browser, null)
  await signIn(page)
  await goto(page, `/editing/initiatives/${slug}`)
  return page
}

async function save(page) {
  await page.evaluate(() => document.querySelectorAll('#success-banner').forEach((e) => e.setAttribute('data-old', '')))
  await page.click('#initiative-form button[type=submit]')
  await page.waitForSelector('#success-banner:not([data-old])')
}

describe('editing an initiative', () => {
  it('shows an empty title in the error summary, then saves the fix and the public page shows it', async () => {
    const slug = 'lancaster-hope-boxes'
    const before = await apiCall('GET', `/api/v1/initiatives/${slug}`)
    const page = await editor(slug)
    assert.equal(await page.locator('h1').innerText(), before.body.title)
    await expectAccessible(page, 'initiative editor')

    await page.fill('#title', '')
    const errors = await errorsAfter(page, () => page.click('#initiative-form button[type=submit]'))
    assert.deepEqual(errors, ['Enter the title of the initiative'])
    assert.match(await page.title(), /^Error: Edit /)
    assert.equal(await page.locator('#title-error').innerText(), 'Error:\nEnter the title of the initiative')
    await expectAccessible(page, 'initiative editor with an error')
    // keyboard: the summary has focus; Tab reaches its link, Enter moves to the field
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'title')

    const title = `${before.body.title} (updated)`
    await page.keyboard.type(title)
    const added = `Added by the editing test ${unique('run')}.`
    const text = page.locator('#appearances-0-sections-0-blocks')
    await text.fill(`${await text.inputValue()}\n\n${added}\n\n- first point\n  1. nested step`)
    await save(page)
    assert.match(await page.locator('#success-banner').innerText(), /Initiative saved/)
    await expectAccessible(page, 'initiative saved')
    noPageErrors(page)

    const after = await apiCall('GET', `/api/v1/initiatives/${slug}`)
    assert.equal(after.body.title, title)
    const blocks = after.body.appearances[0].sections[0].blocks
    assert.deepEqual(blocks.slice(-2), [
      { paragraph: added },
      { list: { ordered: false, items: [{ text: 'first point', list: { ordered: true, items: [{ text: 'nested step' }] } }] } }
    ])
    await page.locator('#success-banner a', { hasText: 'View the initiative' }).click()
    await settled(page)
    assert.equal(await page.locator('h1').innerText(), title)
    assert.equal(await page.getByText(added).count(), 1)
    assert.equal(await page.getByRole('link', { name: 'Edit this initiative' }).isVisible(), true, 'an editor can go back to editing')
    await page.context().close()
  })

  it('saving without changes leaves every section, link and driver exactly as it was', async () => {
    for (const slug of ['salford-strengthening-families', 'independent-assessment-hub-cheshire-and-merseyside', 'mpower']) {
      const before = await apiCall('GET', `/api/v1/initiatives/${slug}/editable`, { as: EDITOR })
      assert.equal(before.status, 200, `${slug} is editable`)
      const page = await editor(slug)
      await save(page)
      await page.context().close()
      const after = await apiCall('GET', `/api/v1/initiatives/${slug}/editable`, { as: EDITOR })
      const { version: v1, ...was } = before.body
      const { version: v2, ...now } = after.body
      assert.deepEqual(now, was, `${slug} is unchanged`)
      assert.ok(v2 >= v1)
    }
  })

  it('asks for the reason of an editors’ judgement, then saves it, the public page shows it, and it can be removed', async () => {
    const slug = 'lancaster-hope-boxes'
    const editable = await apiCall('GET', `/api/v1/initiatives/${slug}/editable`, { as: EDITOR })
    const edition = editable.body.appearances[0].edition
    const drivers = (await apiCall('GET', '/api/v1/delay-drivers?pageSize=100')).body.results
    const driver = drivers.find((d) => !editable.body.drivers.some((m) => m.edition === edition && m.driver === d.slug))
    assert.ok(driver, 'a driver the first edition does not map yet')
    const box = `#appearances-0-editorial-${driver.slug}`
    const page = await editor(slug)
    assert.equal(await page.isVisible(`${box}-rationale`), false, 'the reason shows only once the box is ticked')
    await page.check(box)
    assert.equal(await page.isVisible(`${box}-rationale`), true)
    await expectAccessible(page, 'an editors’ judgement with its reason revealed')

    const errors = await errorsAfter(page, () => page.click('#initiative-form button[type=submit]'))
    assert.equal(errors.length, 1)
    assert.match(errors[0], new RegExp(`^Enter why the editors judge that “${driver.label}” applies in `))
    assert.match(await page.locator(`${box}-rationale-error`).innerText(), /Enter why the editors judge/)
    await expectAccessible(page, 'an editors’ judgement without a reason')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    assert.equal(await page.evaluate(() => document.activeElement?.id), `appearances-0-editorial-${driver.slug}-rationale`)

    const reason = `The editors judge it applies (${unique('run')})`
    await page.keyboard.type(reason)
    await save(page)
    const saved = await apiCall('GET', `/api/v1/initiatives/${slug}/editable`, { as: EDITOR })
    assert.deepEqual(saved.body.drivers.filter((m) => m.provenance === 'EDITORIAL' && m.driver === driver.slug),
      [{ edition, driver: driver.slug, provenance: 'EDITORIAL', rationale: reason }])

    await goto(page, `/initiatives/${slug}`)
    const judged = page.locator('h3', { hasText: 'Editors’ later judgement' }).locator('xpath=following-sibling::ul[1]').locator('li', { hasText: reason })
    assert.equal(await judged.count(), 1, 'the reason is listed under the editors’ judgement')
    assert.ok((await judged.innerText()).includes(driver.label), 'with the driver it is about')

    // and taken away again
    await goto(page, `/editing/initiatives/${slug}`)
    assert.equal(await page.inputValue(`${box}-rationale`), reason)
    await page.uncheck(box)
    await save(page)
    const removed = await apiCall('GET', `/api/v1/initiatives/${slug}/editable`, { as: EDITOR })
    assert.equal(removed.body.drivers.some((m) => m.driver === driver.slug && m.edition === edition), false)
    noPageErrors(page)
    await page.context().close()
  })

  it('offers the contacts of draft editions in the contact picker, and links one', async () => {
    const edition = unique('contacts-draft')
    assert.equal((await apiCall('POST', '/api/v1/editions', { as: EDITOR, body: { slug: edition, title: 'Draft guide', series: 'Test Guides', label: edition } })).status, 201)
    const contact = unique('draft-contact')
    const made = await apiCall('POST', '/api/v1/area-contacts', { as: EDITOR, body: { slug: contact, name: `Contact ${contact}`, edition } })
    assert.equal(made.status, 201, 'the contact of the draft edition is created')

    const slug = 'lancaster-hope-boxes'
    const page = await editor(slug)
    assert.equal(await page.locator(`#add-contact option[value="${contact}"]`).count(), 1, 'the picker offers it')
    await page.selectOption('#add-contact', contact)
    await save(page)
    assert.equal(await page.locator(`#contacts-${contact}`).isChecked(), true, 'it is listed as linked')
    await expectAccessible(page, 'a contact of a draft edition linked')
    const saved = await apiCall('GET', `/api/v1/initiatives/${slug}/editable`, { as: EDITOR })
    assert.ok(saved.body.contacts.includes(contact))
    noPageErrors(page)
    await page.context().close()
  })

  it('says so when someone else saved first, keeps the unsaved text, and reloads the latest version', async () => {
    const slug = 'pause'
    const page = await editor(slug)
    await page.fill('#summary', 'My unsaved summary')

    // meanwhile another editor changes it (with the ETag they read)
    const current = await apiCall('GET', `/api/v1/initiatives/${slug}/editable`, { as: EDITOR })
    const { slug: _s, version: _v, deletedAt: _d, ...body } = current.body
    const theirs = await apiCall('PUT', `/api/v1/initiatives/${slug}`, {
      as: EDITOR, headers: { 'If-Match': current.headers.get('ETag') }, body: { ...body, title: `${body.title} (their change)` }
    })
    assert.equal(theirs.status, 200)

    await page.click('#initiative-form button[type=submit]')
    await page.waitForSelector('#conflict-banner')
    assert.match(await page.locator('#conflict-banner').innerText(),
      /Someone else saved this initiative after you opened it\. Your changes have not been saved\./)
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'conflict-banner')
    assert.equal(await page.inputValue('#summary'), 'My unsaved summary', 'the unsaved text is still there to copy')
    await expectAccessible(page, 'someone else saved first')

    await page.getByRole('button', { name: 'Reload the latest version' }).click()
    await page.waitForSelector('#success-banner')
    assert.match(await page.locator('#success-banner').innerText(), /You are now editing the latest version/)
    assert.equal(await page.inputValue('#title'), `${body.title} (their change)`)
    assert.match(await page.locator('#unsaved').innerText(), /My unsaved summary/, 'what was not saved stays visible')
    await expectAccessible(page, 'reloaded after a conflict')

    await page.fill('#summary', 'My summary, saved this time')
    await save(page)
    const after = await apiCall('GET', `/api/v1/initiatives/${slug}/editable`, { as: EDITOR })
    assert.equal(after.body.summary, 'My summary, saved this time')
    assert.equal(after.body.title, `${body.title} (their change)`, 'their change is kept')
    noPageErrors(page)
    await page.context().close()
  })
})

describe("an initiative's areas", () => {
  it('are added one at a time from an accessible autocomplete and removed by unticking', async () => {
    const slug = 'mpower'
    const before = await apiCall('GET', `/api/v1/initiatives/${slug}/editable`, { as: EDITOR })
    // an area it does not have yet (the database may outlive one run)
    const [area, name] = [['salford', 'Salford'], ['wigan', 'Wigan'], ['leeds', 'Leeds']].find(([a]) => !before.body.areas.includes(a))
    const page = await editor(slug)
    await page.locator('#areas[role=combobox]').waitFor()
    await page.focus('#areas')
    await page.keyboard.type(name.slice(0, 4).toLowerCase())
    await page.locator('#areas__listbox [role=option]', { hasText: name }).first().waitFor()
    await expectAccessible(page, 'area suggestions open')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.locator(`#areas-${area}`).waitFor()
    assert.equal(await page.locator(`#areas-${area}`).isChecked(), true, 'the chosen area is listed, ticked')
    await page.locator('#areas[role=combobox]').waitFor()
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'areas', 'focus stays on the field for the next area')
    assert.equal(await page.locator('#areas').inputValue(), '')
    await save(page)
    const added = await apiCall('GET', `/api/v1/initiatives/${slug}/editable`, { as: EDITOR })
    // areas are a set: the record lists them in its own order
    assert.deepEqual([...added.body.areas].sort(), [...before.body.areas, area].sort())

    await page.uncheck(`#areas-${area}`)
    await save(page)
    const removed = await apiCall('GET', `/api/v1/initiatives/${slug}/editable`, { as: EDITOR })
    assert.deepEqual([...removed.body.areas].sort(), [...before.body.areas].sort())
    noPageErrors(page)
    await page.context().close()
  })
})
