// Set-up for the editing journeys: an editor account made through the API as the test admin, API
// calls as that editor (HTTP Basic, as scripts use it), and signing in through the web page.
// These tests change data, so they run against a service on a database of their own.
import assert from 'node:assert/strict'
import { BASE_URL, settled } from '../e2e/support.mjs'

export const ADMIN = { username: process.env.ADMIN_USERNAME ?? 'test-admin', password: process.env.ADMIN_PASSWORD ?? 'test-admin-password' }
export const EDITOR = { username: 'e2e-editor', password: 'e2e-editor-password' }

/** A name no earlier run used: the database may outlive one run of the tests. */
export function unique(prefix) {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`
}

function basic({ username, password }) {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
}

/** Calls the API; returns status, headers and the parsed body. */
export async function apiCall(method, path, { as, body, headers = {} } = {}) {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(as ? { Authorization: basic(as) } : {}),
      ...(body !== undefined ? { 'Content-Type': headers['Content-Type'] ?? 'application/json' } : {}),
      ...headers
    },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined }
}

/** The editor these tests sign in as; made once (a 409 means an earlier test class made it). */
export async function ensureEditor() {
  const r = await apiCall('POST', '/api/v1/accounts', { as: ADMIN, body: { ...EDITOR, roles: ['editor'] } })
  assert.ok(r.status === 201 || r.status === 409, `creating the editor account answered ${r.status}`)
}

/** Signs in through the sign-in page, the way an editor does. */
export async function signIn(page, who = EDITOR) {
  await page.goto('/sign-in')
  await settled(page)
  await page.fill('#username', who.username)
  await page.fill('#password', who.password)
  await page.click('#sign-in-form button[type=submit]')
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'))
  await settled(page)
}

/** Does something that should end in an error summary (a new one, not one already shown) and returns its messages. */
export async function errorsAfter(page, act) {
  await page.evaluate(() => document.querySelectorAll('.govuk-error-summary').forEach((e) => e.setAttribute('data-old', '')))
  await act()
  await page.waitForSelector('.govuk-error-summary:not([data-old])')
  return page.locator('.govuk-error-summary__list li').allInnerTexts()
}

/** Does something that should end in a success banner (a new one, not one already shown) and returns its text. */
export async function bannerAfter(page, act) {
  await page.evaluate(() => document.querySelectorAll('#success-banner').forEach((e) => e.setAttribute('data-old', '')))
  await act()
  await page.waitForSelector('#success-banner:not([data-old])')
  await settled(page)
  return page.locator('#success-banner').innerText()
}
