import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { expectAccessible, goto, launch, noPageErrors, open, settled } from '../e2e/support.mjs'
import { EDITOR, ensureEditor, errorsAfter, signIn } from './editing.mjs'

let browser
before(async () => {
  await ensureEditor()
  browser = await launch()
})
after(async () => { await browser?.close() })

describe('signing in and out', () => {
  it('refuses a wrong password, signs in with the right one, shows who is signed in, and signs out', async () => {
    const page = await open(browser, '/')
    await page.getByRole('link', { name: 'Sign in', exact: true }).click()
    await settled(page)
    assert.equal(await page.locator('h1').innerText(), 'Sign in')
    await expectAccessible(page, 'sign-in page')

    assert.deepEqual(await errorsAfter(page, () => page.click('#sign-in-form button[type=submit]')), ['Enter your username', 'Enter your password'])
    assert.match(await page.title(), /^Error: Sign in/)

    await page.fill('#username', EDITOR.username)
    await page.fill('#password', 'not-the-password')
    assert.deepEqual(await errorsAfter(page, () => page.keyboard.press('Enter')), ['The username or password is not right'])
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary')), true, 'the summary takes focus')
    assert.equal(await page.inputValue('#password'), '', 'the wrong password is not kept')
    await expectAccessible(page, 'sign-in with an error')
    await page.click('.govuk-error-summary a')
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'username', 'the summary link moves focus to the field')

    await page.fill('#password', EDITOR.password)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/editing$/)
    await settled(page)
    assert.equal(await page.locator('h1').innerText(), 'Editing')
    assert.equal(await page.locator('#signed-in-as').innerText(), EDITOR.username, 'the header shows who is signed in')
    await expectAccessible(page, 'editing dashboard')

    await page.getByRole('link', { name: 'Sign out' }).click()
    await settled(page)
    assert.equal(await page.locator('h1').innerText(), 'You have signed out')
    assert.equal(await page.locator('#signed-in-as').count(), 0)
    assert.equal(await page.getByRole('link', { name: 'Sign in', exact: true }).count() > 0, true)
    await expectAccessible(page, 'signed out')
    const me = await page.evaluate(async () => (await fetch('/api/v1/me')).status)
    assert.equal(me, 401, 'the session has ended')
    noPageErrors(page)
    await page.context().close()
  })

  it('sends a reader to sign in from an editor page, and back there afterwards', async () => {
    const page = await open(browser, '/editing/suggestions?status=DECLINED')
    assert.match(page.url(), /\/sign-in\?returnTo=%2Fediting%2Fsuggestions%3Fstatus%3DDECLINED$/)
    await page.fill('#username', EDITOR.username)
    await page.fill('#password', EDITOR.password)
    await page.click('#sign-in-form button[type=submit]')
    await page.waitForURL(/\/editing\/suggestions\?status=DECLINED$/)
    await settled(page)
    assert.equal(await page.locator('h1').innerText(), 'Suggestions')
    await page.context().close()
  })

  it('keeps the session across a reload, with a token for changes', async () => {
    const page = await open(browser, null)
    await signIn(page)
    await page.reload()
    await settled(page)
    await page.waitForSelector('#signed-in-as')
    const me = await page.evaluate(async () => (await fetch('/api/v1/me', { cache: 'no-store' })).json())
    assert.equal(me.username, EDITOR.username)
    assert.ok(me.csrfToken, '/api/v1/me gives a CSRF token to a cookie session')
    const forged = await page.evaluate(async () => (await fetch('/api/v1/suggestions/none/accept', { method: 'POST' })).status)
    assert.equal(forged, 403, 'a change without the token is refused')
    await page.context().close()
  })
})
