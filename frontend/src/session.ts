import { api, ApiError, ApiUnreachable, call, useCsrfToken } from './api/client'
import type { Schemas } from './api/client'
import { config } from './config'
import { html } from './html'

/** The signed-in account. Its CSRF token lives only here, in memory, never in storage. */
export type Me = Schemas['Me']

// Only a hint that asking /api/v1/me is worthwhile, so anonymous readers never send that request.
// The session itself is an HttpOnly cookie that scripts cannot read.
const HINT = 'gpd-signed-in'

let me: Me | null | undefined
let asking: Promise<Me | null> | undefined

/** Thrown by editor pages when nobody is signed in; the app sends the reader to sign in, then back. */
export class SignInRequired extends Error {
  constructor(readonly returnTo: string) {
    super('Sign in required')
  }
}

export function currentUser(): Me | null | undefined {
  return me
}

function remember(value: Me | null): Me | null {
  me = value
  useCsrfToken(value?.csrfToken)
  try {
    if (value) localStorage.setItem(HINT, '1')
    else localStorage.removeItem(HINT)
  } catch {
    // storage may be disabled: then the header only learns of a session on an editor page
  }
  renderAccountNav()
  return value
}

/** Asks the service who is signed in (never from the browser's cache). */
export function whoAmI(): Promise<Me | null> {
  asking ??= call(api().GET('/api/v1/me', { cache: 'no-store' }))
    .then((m) => remember(m))
    .catch((e) => {
      if (e instanceof ApiError && e.status === 401) return remember(null)
      throw e
    })
    .finally(() => {
      asking = undefined
    })
  return asking
}

/** On start-up: only if this browser signed in before, find out whether it still is. */
export function restoreSession(): void {
  let hinted = false
  try {
    hinted = localStorage.getItem(HINT) !== null
  } catch {
    hinted = false
  }
  if (hinted) whoAmI().catch(() => renderAccountNav())
  else remember(null)
}

/** An editor page's guard: the signed-in editor, or SignInRequired naming the page to return to. */
export async function requireEditor(returnTo: string): Promise<Me> {
  const who = me ?? (await whoAmI())
  if (!who) throw new SignInRequired(returnTo)
  if (!who.roles.includes('editor')) {
    throw new ApiError(403, { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Your account does not have the editor role.', instance: returnTo })
  }
  return who
}

/** The service forgot the session (it expired, or the account signed out elsewhere). */
export function sessionEnded(): void {
  remember(null)
}

/**
 * Form sign-in: the service answers 200 and sets the session cookie, or 401. Success is confirmed by
 * asking /api/v1/me, which also gives the CSRF token.
 */
export async function signIn(username: string, password: string): Promise<Me | null> {
  let response: Response
  try {
    response = await fetch(`${config().apiBaseUrl}/j_security_check`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ j_username: username, j_password: password })
    })
  } catch (e) {
    throw new ApiUnreachable(e instanceof Error ? e.message : String(e))
  }
  if (response.status === 401 || response.status === 403) return remember(null)
  if (!response.ok) throw new ApiError(response.status, undefined, response.headers)
  return whoAmI()
}

export async function signOut(): Promise<void> {
  try {
    await call(api().POST('/api/v1/sign-out'))
  } catch (e) {
    // 401: already signed out, which is what was wanted
    if (!(e instanceof ApiError && e.status === 401)) throw e
  } finally {
    remember(null)
  }
}

/** "Sign in" in the service navigation; signed in, "Editing" there and who is signed in with "Sign out" below it. */
export function renderAccountNav(): void {
  const list = document.getElementById('navigation')
  const account = document.getElementById('account')
  if (!list || !account) return
  list.querySelectorAll('[data-account]').forEach((li) => li.remove())
  const item = (href: string, text: string) => {
    const li = document.createElement('li')
    li.className = 'govuk-service-navigation__item'
    li.dataset.account = ''
    li.innerHTML = html`<a class="govuk-service-navigation__link" href="${href}">${text}</a>`.value
    list.append(li)
  }
  account.hidden = !me
  account.innerHTML = me ? html`Signed in as <strong id="signed-in-as">${me.username}</strong>
    <a class="govuk-link govuk-!-margin-left-2" href="/sign-out">Sign out</a>`.value : ''
  if (me === null) item('/sign-in', 'Sign in')
  else if (me?.roles.includes('editor')) item('/editing', 'Editing')
  else if (me?.roles.includes('admin')) item('/editing/accounts', 'Accounts')
  showEditorOnly()
  // the app binds the new links to its router and marks the current one
  window.dispatchEvent(new Event('gpd:links'))
}

/** Shows what public pages offer editors only (such as "Edit this initiative") once an editor is known to be signed in. */
export function showEditorOnly(root: ParentNode = document): void {
  const editor = !!me?.roles.includes('editor')
  root.querySelectorAll<HTMLElement>('[data-editor-only]').forEach((el) => {
    el.hidden = !editor
  })
}
