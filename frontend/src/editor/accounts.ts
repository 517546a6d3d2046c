import { all, api, ApiError, call } from '../api/client'
import type { Schemas } from '../api/client'
import { describeError, errorFor, Errors, errorMessage, errorSummary, problemErrors, textInput, redrawWithErrors, valueOf } from '../forms'
import { html, SafeHtml } from '../html'
import { currentUser, whoAmI, SignInRequired } from '../session'
import { Page, plural } from '../ui'
import { dateTime, editingCrumbs, navigateWith, successBanner, summaryRow, takeFlash } from './common'

type Account = Schemas['Account']

const ROLES: { value: string; label: string; hint: string }[] = [
  { value: 'editor', label: 'Editor', hint: 'Edits initiatives, contacts and editions, and reviews suggestions' },
  { value: 'admin', label: 'Admin', hint: 'Manages accounts' }
]

/** Accounts are the admins' business: anyone else is told so, and a visitor is sent to sign in. */
async function requireAdmin(returnTo: string): Promise<void> {
  const who = currentUser() ?? (await whoAmI())
  if (!who) throw new SignInRequired(returnTo)
  if (!who.roles.includes('admin')) {
    throw new ApiError(403, { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Only admins can manage accounts.', instance: returnTo })
  }
}

function crumbs(...items: { href?: string; text: string }[]): SafeHtml {
  return editingCrumbs({ href: '/editing/accounts', text: 'Accounts' }, ...items)
}

function statusOf(a: Account): SafeHtml {
  return a.disabledAt ? html`<strong class="govuk-tag govuk-tag--grey">Disabled</strong>` : html`<strong class="govuk-tag govuk-tag--green">Active</strong>`
}

function roleWords(roles: string[]): string {
  return roles.map((r) => ROLES.find((x) => x.value === r)?.label ?? r).join(', ')
}

function roleBoxes(chosen: string[], error: string | undefined, legend: string): SafeHtml {
  return html`<div class="govuk-form-group${error ? ' govuk-form-group--error' : ''}">
    <fieldset class="govuk-fieldset" aria-describedby="roles-hint${error ? ' roles-error' : ''}">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${legend}</legend>
      <div class="govuk-hint" id="roles-hint">Select all that apply</div>
      ${errorMessage('roles', error)}
      <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
        ${ROLES.map((r, n) => html`<div class="govuk-checkboxes__item">
          <input class="govuk-checkboxes__input" id="${n === 0 ? 'roles' : `roles-${r.value}`}" name="roles" type="checkbox" value="${r.value}" aria-describedby="roles-${r.value}-hint"${chosen.includes(r.value) ? html` checked` : ''}>
          <label class="govuk-label govuk-checkboxes__label" for="${n === 0 ? 'roles' : `roles-${r.value}`}">${r.label}</label>
          <div class="govuk-hint govuk-checkboxes__hint" id="roles-${r.value}-hint">${r.hint}</div></div>`)}
      </div>
    </fieldset>
  </div>`
}

function checkedRoles(f: HTMLFormElement): string[] {
  return [...f.querySelectorAll<HTMLInputElement>('input[name="roles"]:checked')].map((c) => c.value)
}

const PASSWORD_HINT = 'At least 12 characters. Give it to the person another way than email.'

function describe(id: string | undefined, m: string): string {
  if (id === 'roles') return 'Select at least one role'
  if (id === 'password' && /size|characters|bytes/.test(m)) return 'Password must be at least 12 characters (and at most 72 bytes)'
  if (id === 'username' && /match/.test(m)) return 'Username must contain only letters, numbers, full stops, hyphens, underscores and @'
  return describeError(id === 'username' ? 'Username' : id === 'password' ? 'Password' : 'The account', m)
}

/** The service's refusal in words an admin can act on. */
function errorsOf(e: unknown, ids: string[], conflict: (detail: string | undefined) => string): Errors {
  if (e instanceof ApiError && e.status === 400) return problemErrors(e.problem, ids, describe)
  if (e instanceof ApiError && e.status === 409) return [{ text: conflict(e.problem?.detail) }]
  if (e instanceof ApiError) return [{ text: e.problem?.detail ?? `The change could not be saved (the service answered ${e.status}).` }]
  return [{ text: 'The change could not be saved. Check your connection and try again.' }]
}

export async function accountsPage(): Promise<Page> {
  await requireAdmin('/editing/accounts')
  const accounts = await all<Account>((page) => call(api().GET('/api/v1/accounts', { params: { query: { page, pageSize: 100 } }, cache: 'no-store' })))
  const flash = takeFlash()
  return {
    title: 'Accounts',
    focus: flash ? '#success-banner' : undefined,
    body: html`
      ${editingCrumbs({ text: 'Accounts' })}
      ${flash ? successBanner(flash) : ''}
      <h1 class="govuk-heading-xl">Accounts</h1>
      <p class="govuk-body">${plural(accounts.length, 'account')}. Editors sign in to edit; admins manage these accounts.</p>
      <a class="govuk-button" data-module="govuk-button" href="/editing/accounts/new" role="button" draggable="false">Create an account</a>
      <table class="govuk-table gpd-accounts" id="accounts">
        <caption class="govuk-table__caption govuk-visually-hidden">Accounts</caption>
        <thead class="govuk-table__head"><tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Username</th>
          <th scope="col" class="govuk-table__header">Roles</th>
          <th scope="col" class="govuk-table__header">Status</th>
          <th scope="col" class="govuk-table__header gpd-accounts__created">Created</th>
        </tr></thead>
        <tbody class="govuk-table__body">${accounts.map((a) => html`<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header"><a class="govuk-link" href="/editing/accounts/${encodeURIComponent(a.username)}">${a.username}</a></th>
          <td class="govuk-table__cell">${roleWords(a.roles)}</td>
          <td class="govuk-table__cell">${statusOf(a)}</td>
          <td class="govuk-table__cell gpd-accounts__created">${dateTime(a.createdAt)}</td></tr>`)}</tbody>
      </table>`
  }
}

export async function newAccountPage(): Promise<Page> {
  await requireAdmin('/editing/accounts/new')
  const title = 'Create an account'
  const body = (errors: Errors, v: { username: string; roles: string[] }) => html`
    ${crumbs({ text: 'New account' })}
    <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
      ${errorSummary(errors)}
      <h1 class="govuk-heading-xl">${title}</h1>
      <form id="account-form" novalidate>
        ${textInput({ id: 'username', label: 'Username', labelClass: 'govuk-label--s', hint: 'Letters, numbers, full stops, hyphens, underscores and @, for example a.editor', value: v.username, autocomplete: 'off', spellcheck: false, inputClass: 'govuk-!-width-two-thirds', error: errorFor(errors, 'username') })}
        ${textInput({ id: 'password', label: 'Password', labelClass: 'govuk-label--s', hint: PASSWORD_HINT, type: 'password', autocomplete: 'new-password', inputClass: 'govuk-!-width-two-thirds', error: errorFor(errors, 'password') })}
        ${roleBoxes(v.roles, errorFor(errors, 'roles'), 'Roles')}
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" data-module="govuk-button">Create account</button>
          <a class="govuk-link" href="/editing/accounts">Cancel</a>
        </div>
      </form>
    </div></div>`
  return {
    title,
    body: body([], { username: '', roles: ['editor'] }),
    mount: (root) => {
      let busy = false
      const wire = () => root.querySelector<HTMLFormElement>('#account-form')?.addEventListener('submit', async (e) => {
        e.preventDefault()
        if (busy) return
        busy = true
        const f = e.target as HTMLFormElement
        const v = { username: valueOf(f, 'username'), password: (f.elements.namedItem('password') as HTMLInputElement).value, roles: checkedRoles(f) }
        const show = (errors: Errors) => {
          redrawWithErrors(root, body(errors, v), title, wire)
        }
        try {
          const errors: Errors = []
          if (!v.username) errors.push({ id: 'username', text: 'Enter a username' })
          if (v.password.length < 12) errors.push({ id: 'password', text: v.password ? 'Password must be at least 12 characters' : 'Enter a password' })
          if (!v.roles.length) errors.push({ id: 'roles', text: 'Select at least one role' })
          if (errors.length) return show(errors)
          const created = await call(api().POST('/api/v1/accounts', { body: v }))
          navigateWith(`/editing/accounts/${encodeURIComponent(created.username)}`, html`<p class="govuk-notification-banner__heading">Account ${created.username} created.</p>`)
        } catch (err) {
          show(errorsOf(err, ['username', 'password', 'roles'], () => `An account named ${v.username} already exists: choose another username`)
            .map((x) => (x.text.includes('already exists') ? { ...x, id: 'username' } : x)))
        } finally {
          busy = false
        }
      })
      wire()
    }
  }
}

export async function accountPage(username: string): Promise<Page> {
  await requireAdmin(`/editing/accounts/${encodeURIComponent(username)}`)
  const a = await call(api().GET('/api/v1/accounts/{username}', { params: { path: { username } }, cache: 'no-store' }))
  const flash = takeFlash()
  const here = `/editing/accounts/${encodeURIComponent(a.username)}`
  const you = currentUser()?.username === a.username
  const body = (errors: Errors, form = '', roles = a.roles) => html`
    ${crumbs({ text: a.username })}
    <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
      ${errorSummary(errors)}
      ${flash && errors.length === 0 ? successBanner(flash) : ''}
      <span class="govuk-caption-l">Account</span>
      <h1 class="govuk-heading-xl gpd-break-words">${a.username}</h1>
      <dl class="govuk-summary-list" id="account-details">
        ${summaryRow('Roles', roleWords(a.roles))}
        ${summaryRow('Status', a.disabledAt ? html`${statusOf(a)} since ${dateTime(a.disabledAt)}` : statusOf(a))}
        ${summaryRow('Created', dateTime(a.createdAt))}
      </dl>

      <h2 class="govuk-heading-m">Change roles</h2>
      <form id="roles-form" novalidate>
        ${roleBoxes(roles, form === 'roles' ? errorFor(errors, 'roles') : undefined, `Roles of ${a.username}`)}
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Save roles</button>
      </form>

      <h2 class="govuk-heading-m">Reset password</h2>
      <form id="password-form" novalidate>
        ${textInput({ id: 'password', label: 'New password', labelClass: 'govuk-label--s', hint: `${PASSWORD_HINT} Resetting it signs ${you ? 'you' : 'the account'} out everywhere.`, type: 'password', autocomplete: 'new-password', inputClass: 'govuk-!-width-two-thirds', error: form === 'password' ? errorFor(errors, 'password') : undefined })}
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Reset password</button>
      </form>

      <h2 class="govuk-heading-m">${a.disabledAt ? 'Enable account' : 'Disable account'}</h2>
      <form id="disable-form" novalidate>
        <p class="govuk-body">${a.disabledAt
          ? 'Enabling lets the account sign in again with its password.'
          : 'A disabled account cannot sign in, and its sessions end at once. You can enable it again later.'}</p>
        <button type="submit" class="govuk-button ${a.disabledAt ? 'govuk-button--secondary' : 'govuk-button--warning'}" data-module="govuk-button">${a.disabledAt ? 'Enable account' : 'Disable account'}</button>
      </form>
    </div></div>`
  const title = `Account ${a.username}`
  const lastAdmin = () =>
    `${a.username} is the last admin who can sign in, so this would leave nobody able to manage accounts. Make another account an admin first.`
  return {
    title,
    body: body([]),
    focus: flash ? '#success-banner' : undefined,
    mount: (root) => {
      let busy = false
      const change = async (form: string, patch: Schemas['AccountPatch'], done: string, roles?: string[]) => {
        if (busy) return
        busy = true
        try {
          await call(api().PATCH('/api/v1/accounts/{username}', {
            params: { path: { username: a.username } }, body: patch, headers: { 'Content-Type': 'application/merge-patch+json' }
          }))
          navigateWith(here, html`<p class="govuk-notification-banner__heading">${done}</p>`)
        } catch (err) {
          if (err instanceof ApiError && err.status === 401) {
            // resetting one's own password or removing one's own admin role ends the session
            navigateWith('/sign-in', html`<p class="govuk-notification-banner__heading">${done} Sign in again.</p>`)
            return
          }
          const errors = errorsOf(err, [form === 'roles' ? 'roles' : 'password'], lastAdmin)
          redrawWithErrors(root, body(errors, form, roles), title, wire)
        } finally {
          busy = false
        }
      }
      const wire = () => {
        window.dispatchEvent(new Event('gpd:links'))
        root.querySelector<HTMLFormElement>('#roles-form')?.addEventListener('submit', (e) => {
          e.preventDefault()
          const roles = checkedRoles(e.target as HTMLFormElement)
          if (!roles.length) {
            redrawWithErrors(root, body([{ id: 'roles', text: 'Select at least one role' }], 'roles', roles), title, wire)
            return
          }
          void change('roles', { roles }, `Roles of ${a.username} changed to ${roleWords(roles)}.`, roles)
        })
        root.querySelector<HTMLFormElement>('#password-form')?.addEventListener('submit', (e) => {
          e.preventDefault()
          const password = ((e.target as HTMLFormElement).elements.namedItem('password') as HTMLInputElement).value
          if (password.length < 12) {
            redrawWithErrors(root, body([{ id: 'password', text: password ? 'Password must be at least 12 characters' : 'Enter a new password' }], 'password'), title, wire)
            return
          }
          void change('password', { password }, `Password of ${a.username} reset. Their sessions have ended.`)
        })
        root.querySelector<HTMLFormElement>('#disable-form')?.addEventListener('submit', (e) => {
          e.preventDefault()
          void change('disable', { disabled: !a.disabledAt }, a.disabledAt ? `${a.username} can sign in again.` : `${a.username} is disabled and cannot sign in.`)
        })
      }
      wire()
    }
  }
}
