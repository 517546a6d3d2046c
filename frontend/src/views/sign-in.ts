import { PasswordInput } from 'govuk-frontend'
import { ApiUnreachable } from '../api/client'
import { errorFor, errorMessage, Errors, errorSummary, setTitle, showErrorSummary, textInput, valueOf } from '../forms'
import { html, SafeHtml } from '../html'
import { navigate } from '../nav'
import { currentUser, signIn, signOut } from '../session'
import { Page } from '../ui'

const TITLE = 'Sign in'

/** Only a path on this site may be returned to after signing in (never another site). */
export function safeReturnTo(search: string): string {
  const to = new URLSearchParams(search).get('returnTo') ?? ''
  return /^\/(?![/\\])/.test(to) ? to : '/editing'
}

function form(username: string, errors: Errors): SafeHtml {
  const passwordError = errorFor(errors, 'password')
  return html`<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
    ${errorSummary(errors)}
    <h1 class="govuk-heading-xl">${TITLE}</h1>
    <p class="govuk-body">Editors sign in to change the directory. Reading it needs no account.</p>
    <form id="sign-in-form" novalidate>
      ${textInput({ id: 'username', label: 'Username', value: username, autocomplete: 'username', spellcheck: false, inputClass: 'govuk-!-width-two-thirds', error: errorFor(errors, 'username') })}
      <div class="govuk-form-group govuk-password-input${passwordError ? ' govuk-form-group--error' : ''}" data-module="govuk-password-input">
        <label class="govuk-label" for="password">Password</label>
        ${errorMessage('password', passwordError)}
        <div class="govuk-input__wrapper govuk-password-input__wrapper">
          <input class="govuk-input govuk-!-width-two-thirds govuk-password-input__input govuk-js-password-input-input${passwordError ? ' govuk-input--error' : ''}" id="password" name="password" type="password"
            spellcheck="false" autocomplete="current-password" autocapitalize="none"${passwordError ? html` aria-describedby="password-error"` : ''}>
          <button type="button" class="govuk-button govuk-button--secondary govuk-password-input__toggle govuk-js-password-input-toggle" data-module="govuk-button" aria-controls="password" aria-label="Show password" hidden>Show</button>
        </div>
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">Sign in</button>
    </form>
  </div></div>`
}

export function signInPage(search: string): Page {
  const returnTo = safeReturnTo(search)
  const who = currentUser()
  if (who) {
    return {
      title: 'You are signed in',
      body: html`<h1 class="govuk-heading-xl">You are signed in</h1>
        <p class="govuk-body">You are signed in as ${who.username}.</p>
        <p class="govuk-body"><a class="govuk-link" href="${returnTo}">Continue</a></p>
        <p class="govuk-body"><a class="govuk-link" href="/sign-out">Sign out</a></p>`
    }
  }
  return {
    title: TITLE,
    body: form('', []),
    mount: (root) => {
      let busy = false
      const show = (username: string, errors: Errors) => {
        root.innerHTML = form(username, errors).value
        setTitle(TITLE, errors.length > 0)
        wire()
        showErrorSummary(root)
      }
      const wire = () => {
        const f = root.querySelector<HTMLFormElement>('#sign-in-form')
        if (!f) return
        const toggle = f.querySelector('.govuk-password-input')
        if (toggle) new PasswordInput(toggle)
        f.addEventListener('submit', async (e) => {
          e.preventDefault()
          if (busy) return
          const username = valueOf(f, 'username')
          const password = (f.elements.namedItem('password') as HTMLInputElement).value
          const missing: Errors = [
            ...(username ? [] : [{ id: 'username', text: 'Enter your username' }]),
            ...(password ? [] : [{ id: 'password', text: 'Enter your password' }])
          ]
          if (missing.length) return show(username, missing)
          busy = true
          try {
            const who = await signIn(username, password)
            if (who) navigate(returnTo)
            else show(username, [{ id: 'username', text: 'The username or password is not right' }])
          } catch (err) {
            show(username, [{ text: err instanceof ApiUnreachable
              ? 'The service could not be reached. Check your connection and try again.'
              : 'Signing in did not work just now. Try again later.' }])
          } finally {
            busy = false
          }
        })
      }
      wire()
    }
  }
}

export async function signOutPage(): Promise<Page> {
  let failed = false
  try {
    await signOut()
  } catch {
    failed = true
  }
  return failed
    ? {
        title: 'Sorry, you could not be signed out',
        body: html`<h1 class="govuk-heading-xl">Sorry, you could not be signed out</h1>
          <p class="govuk-body">The service did not answer. Close your browser to end the session, or <a class="govuk-link" href="/sign-out">try again</a>.</p>`
      }
    : {
        title: 'You have signed out',
        body: html`<h1 class="govuk-heading-xl">You have signed out</h1>
          <p class="govuk-body"><a class="govuk-link" href="/sign-in">Sign in again</a> or <a class="govuk-link" href="/">go to the home page</a>.</p>`
      }
}
