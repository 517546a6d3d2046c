// Swagger UI at /q/swagger-ui, driven as an analyst drives it: for each public list, "Try it out",
// fill the filters, Execute, and see the request go out and a 200 with results come back; then
// "Authorize" as an editor and make a change. Swagger UI reads only the served contract, so this
// proves the contract's examples, array parameters and security requirements work in a real client.
// In the editing suite because it writes (and the editor account is made here).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { BASE_URL, launch } from '../e2e/support.mjs'
import { EDITOR, ensureEditor, unique } from './editing.mjs'

let browser
let page
before(async () => {
  await ensureEditor()
  browser = await launch()
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  page = await context.newPage()
  page.errors = []
  page.on('pageerror', (e) => page.errors.push(e))
  await page.goto(`${BASE_URL}/q/swagger-ui`)
  await page.waitForSelector('.opblock-tag-section', { timeout: 30000 })
})
after(async () => { await browser?.close() })

/** Opens an operation and switches it to "Try it out". */
async function tryOut(tag, operationId) {
  const op = page.locator(`[id="operations-${tag.replace(/\s/g, '_')}-${operationId}"]`)
  await op.scrollIntoViewIfNeeded()
  if (!(await op.evaluate((e) => e.classList.contains('is-open')))) {
    await op.locator('.opblock-summary-control').click()
  }
  const tryOutButton = op.locator('button.try-out__btn')
  if ((await tryOutButton.innerText()).trim() === 'Try it out') {
    await tryOutButton.click()
  }
  await op.locator('button.execute').waitFor()
  return op
}

/**
 * Sets one query parameter the way a person does: array parameters item by item ("Add item"),
 * the others by typing. An empty value clears it (Swagger UI then leaves it out).
 */
async function setQuery(op, name, value) {
  const row = op.locator(`tr[data-param-name="${name}"][data-param-in="query"]`)
  if (await row.locator('.json-schema-array').count()) {
    while (await row.locator('button.json-schema-form-item-remove').count()) {
      await row.locator('button.json-schema-form-item-remove').first().click()
    }
    for (const item of value ?? []) {
      await row.locator('button.json-schema-form-item-add').click()
      await row.locator('.json-schema-form-item input').last().fill(item)
    }
  } else if (await row.locator('select').count()) {
    await row.locator('select').selectOption(value ?? { index: 0 })
  } else {
    await row.locator('input').fill(value ?? '')
  }
}

/** Clicks Execute and returns the response the browser received (fails if no request goes out). */
async function execute(op, method, path) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === method && new URL(r.url()).pathname === path, { timeout: 15000 }),
    op.locator('button.execute').click()
  ])
  // and Swagger UI shows what came back
  const shown = op.locator('.live-responses-table tbody .response-col_status').first()
  await shown.waitFor()
  assert.equal((await shown.innerText()).trim(), String(response.status()),
    'Swagger UI shows the status the service answered')
  return response
}

// `examples` are left as Swagger UI fills them in from the contract's examples (they must be sendable as
// they are); `filters` are typed in; every other query parameter is cleared.
const LISTS = [
  { tag: 'Initiatives', id: 'listInitiatives', path: '/api/v1/initiatives',
    examples: { driver: ['lack-of-information-sharing'], edition: ['good-practice-guide-edition-4'] },
    filters: { area: [], organisation: [], theme: [], q: '' } },
  { tag: 'Area contacts', id: 'listContacts', path: '/api/v1/area-contacts',
    examples: { area: ['leeds'], edition: ['innovation-programme-directory-2016'] },
    filters: { organisation: [], initiative: [], q: '' } },
  { tag: 'Areas', id: 'listAreas', path: '/api/v1/areas', filters: { type: ['LOCAL_AUTHORITY'], parent: [], q: 'leeds' } },
  { tag: 'Editions', id: 'listEditions', path: '/api/v1/editions', filters: {} },
  { tag: 'Delay drivers', id: 'listDelayDrivers', path: '/api/v1/delay-drivers', filters: {} },
  { tag: 'Organisations', id: 'listOrganisations', path: '/api/v1/organisations', filters: { q: 'family' } }
]

describe('Swagger UI', () => {
  for (const list of LISTS) {
    it(`executes ${list.id} with its filters and shows a 200 with results`, async () => {
      const op = await tryOut(list.tag, list.id)
      for (const [name, value] of Object.entries(list.filters)) {
        await setQuery(op, name, value)
      }
      const response = await execute(op, 'GET', list.path)
      assert.equal(response.status(), 200, `${list.id} answered 200`)
      const sent = new URL(response.url()).searchParams
      for (const [name, value] of Object.entries({ ...list.filters, ...list.examples })) {
        assert.deepEqual(sent.getAll(name), Array.isArray(value) ? value : value ? [value] : [], `${name} was sent as filled in`)
      }
      const body = await response.json()
      assert.ok(body.results.length > 0, `${list.id} found results`)
      assert.ok(body.paging.totalResults >= body.results.length)
    })
  }

  it('signs in with Authorize as an editor, lists drafts and creates an area', async () => {
    await page.locator('.scheme-container button.authorize').click()
    const basic = page.locator('.modal-ux .auth-container', { has: page.locator('h4', { hasText: /^basic/ }) })
    await basic.locator('#auth-basic-username').fill(EDITOR.username)
    await basic.locator('#auth-basic-password').fill(EDITOR.password)
    await basic.locator('button.authorize').click()
    await basic.locator('button', { hasText: 'Logout' }).waitFor()
    await basic.locator('button.btn-done').click()

    // a list that answers anyone declares optional security, so Swagger UI sends the editor's credentials
    const drafts = await tryOut('Initiatives', 'listInitiatives')
    await setQuery(drafts, 'status', 'ANY')
    const listed = await execute(drafts, 'GET', '/api/v1/initiatives')
    assert.equal(listed.status(), 200, 'an editor may list drafts and published initiatives together')
    assert.match(listed.request().headers().authorization ?? '', /^Basic /, 'Swagger UI sent the credentials')

    const create = await tryOut('Areas', 'createArea')
    const slug = unique('swagger-area')
    await create.locator('textarea.body-param__text').fill(JSON.stringify({ slug, name: 'Swagger Test Council', type: 'LOCAL_AUTHORITY' }))
    const created = await execute(create, 'POST', '/api/v1/areas')
    assert.equal(created.status(), 201, 'the area is created')
    assert.equal(created.headers().location?.endsWith(`/api/v1/areas/${slug}`), true, 'Location names the new area')
    assert.deepEqual(page.errors.map(String), [], 'no uncaught errors in Swagger UI')
  })
})
