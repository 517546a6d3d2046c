import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { expectAccessible, goto, launch, noPageErrors, open, settled } from '../e2e/support.mjs'
import { ADMIN, apiCall, bannerAfter, ensureEditor, errorsAfter, signIn, unique } from './editing.mjs'

let browser
before(async () => {
  await ensureEditor()
  browser = await launch()
})
after(async () => { await browser?.close() })

/** Leaves the test admin the only admin who can sign in, whatever earlier runs made. */
async function onlyTheTestAdmin() {
  const accounts = (await apiCall('GET', '/api/v1/accounts?pageSize=100', { as: ADMIN })).body.results
  for (const a of accounts.filter((x) => x.username !== ADMIN.username && x.roles.includes('admin') && !x.disabledAt)) {
    const r = await apiCall('PATCH', `/api/v1/accounts/${encodeURIComponent(a.username)}`, { as: ADMIN, body: { roles: ['editor'] },
      headers: { 'Content-Type': 'application/merge-patch+json' } })
    assert.equal(r.status, 200)
  }
}

async function account(username) {
  return (await apiCall('GET', `/api/v1/accounts/${encodeURIComponent(username)}`, { as: ADMIN })).body
}

describe('accounts', () => {
  it('an admin lists, creates and opens accounts, and is told why the last admin cannot be demoted or disabled', async () => {
    await onlyTheTestAdmin()
    const page = await open(browser, null)
    await signIn(page, ADMIN)
    await goto(page, '/editing')
    await page.getByRole('link', { name: 'Manage accounts' }).click()
    await settled(page)
    assert.equal(await page.locator('h1').innerText(), 'Accounts')
    const names = await page.locator('#accounts tbody th').allInnerTexts()
    assert.ok(names.includes(ADMIN.username) && names.includes('e2e-editor'), `both accounts are listed: ${names}`)
    await expectAccessible(page, 'accounts')

    await page.getByRole('button', { name: 'Create an account' }).click()
    await settled(page)
    await page.uncheck('#roles')
    const missing = await errorsAfter(page, () => page.click('#account-form button[type=submit]'))
    assert.deepEqual(missing, ['Enter a username', 'Enter a password', 'Select at least one role'])
    await expectAccessible(page, 'new account with errors')
    const username = unique('new.editor')
    await page.fill('#username', username)
    await page.fill('#password', 'short')
    await page.check('#roles')
    const short = await errorsAfter(page, () => page.click('#account-form button[type=submit]'))
    assert.deepEqual(short, ['Password must be at least 12 characters'])
    await page.fill('#password', 'a first password for the test')
    await page.click('#account-form button[type=submit]')
    await page.waitForURL((u) => u.pathname === `/editing/accounts/${username}`)
    await settled(page)
    assert.match(await page.locator('#success-banner').innerText(), new RegExp(`Account ${username} created`))
    assert.deepEqual((await account(username)).roles, ['editor'])
    await expectAccessible(page, 'one account')

    await goto(page, '/editing/accounts/new')
    await page.fill('#username', 'e2e-editor')
    await page.fill('#password', 'another long password')
    const taken = await errorsAfter(page, () => page.click('#account-form button[type=submit]'))
    assert.deepEqual(taken, ['An account named e2e-editor already exists: choose another username'])

    // the test admin is the last admin who can sign in
    await goto(page, `/editing/accounts/${ADMIN.username}`)
    await page.uncheck('#roles-admin')
    const demote = await errorsAfter(page, () => page.click('#roles-form button[type=submit]'))
    assert.deepEqual(demote, [`${ADMIN.username} is the last admin who can sign in, so this would leave nobody able to manage accounts. Make another account an admin first.`])
    await expectAccessible(page, 'last admin refused')
    await goto(page, `/editing/accounts/${ADMIN.username}`)
    const disable = await errorsAfter(page, () => page.click('#disable-form button[type=submit]'))
    assert.match(disable[0], /is the last admin who can sign in/)
    const admin = await account(ADMIN.username)
    assert.ok(admin.roles.includes('admin') && !admin.disabledAt, 'the admin is unchanged')
    noPageErrors(page)
    await page.context().close()
  })

  it('an admin changes roles, disables and enables an account, and resets its password', async () => {
    const username = unique('reset.me')
    assert.equal((await apiCall('POST', '/api/v1/accounts', { as: ADMIN, body: { username, password: 'the original password', roles: ['editor'] } })).status, 201)
    const page = await open(browser, null)
    await signIn(page, ADMIN)
    await goto(page, `/editing/accounts/${username}`)

    await page.check('#roles-admin')
    assert.match(await bannerAfter(page, () => page.click('#roles-form button[type=submit]')), /changed to Editor, Admin/)
    assert.deepEqual((await account(username)).roles, ['admin', 'editor'])

    assert.match(await bannerAfter(page, () => page.click('#disable-form button[type=submit]')), /is disabled and cannot sign in/)
    assert.match(await page.locator('#account-details').innerText(), /Disabled since/)
    assert.ok((await account(username)).disabledAt)
    await expectAccessible(page, 'disabled account')
    const refused = await apiCall('GET', '/api/v1/me', { as: { username, password: 'the original password' } })
    assert.ok([401, 403].includes(refused.status), `a disabled account cannot sign in (${refused.status})`)

    assert.match(await bannerAfter(page, () => page.getByRole('button', { name: 'Enable account' }).click()), /can sign in again/)
    assert.equal((await account(username)).disabledAt, undefined)

    await page.fill('#password', 'a brand new password')
    assert.match(await bannerAfter(page, () => page.click('#password-form button[type=submit]')), /Password of .* reset/)
    assert.equal((await apiCall('GET', '/api/v1/me', { as: { username, password: 'the original password' } })).status, 401)
    assert.equal((await apiCall('GET', '/api/v1/me', { as: { username, password: 'a brand new password' } })).status, 200)
    noPageErrors(page)
    await page.context().close()

    // the new admin can sign in with the new password and sees the accounts
    const theirs = await open(browser, null)
    await signIn(theirs, { username, password: 'a brand new password' })
    await goto(theirs, '/editing/accounts')
    assert.equal(await theirs.locator('h1').innerText(), 'Accounts')
    await theirs.context().close()
    // leave the test admin the only admin again
    await onlyTheTestAdmin()
  })

  it('is not offered to an editor who is not an admin, and refuses them', async () => {
    const page = await open(browser, null)
    await signIn(page)
    await goto(page, '/editing')
    assert.equal(await page.getByRole('link', { name: 'Manage accounts' }).count(), 0)
    await goto(page, '/editing/accounts')
    assert.match(await page.locator('main').innerText(), /Only admins can manage accounts\./)
    assert.equal(await page.locator('#accounts').count(), 0)
    await expectAccessible(page, 'accounts refused')
    await page.context().close()
  })
})
