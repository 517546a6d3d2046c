import { api, ApiError, call } from '../api/client'
import type { Schemas } from '../api/client'
import { describeError, errorFor, Errors, errorSummary, problemErrors, textarea, redrawWithErrors, valueOf } from '../forms'
import { html, SafeHtml } from '../html'
import { requireEditor } from '../session'
import { Page, pagination, plural } from '../ui'
import { dateTime, editingCrumbs, navigateWith, statusTag, successBanner, summaryRow, takeFlash } from './common'

type Suggestion = Schemas['Suggestion']
type SuggestionStatus = Schemas['Status']

const STATUSES: { value: SuggestionStatus; label: string }[] = [
  { value: 'NEW', label: 'New' }, { value: 'ACCEPTED', label: 'Accepted' }, { value: 'DECLINED', label: 'Declined' }
]

export async function suggestionsPage(search: string): Promise<Page> {
  await requireEditor(`/editing/suggestions${search}`)
  const params = new URLSearchParams(search)
  const status = STATUSES.find((s) => s.value === params.get('status'))?.value ?? 'NEW'
  const page = Math.max(Number.parseInt(params.get('page') ?? '1', 10) || 1, 1)
  const list = await call(api().GET('/api/v1/suggestions', { params: { query: { status, page, pageSize: 20 } } }))
  const label = STATUSES.find((s) => s.value === status)?.label ?? ''
  const href = (s: SuggestionStatus, p = 1) => `/editing/suggestions?status=${s}${p > 1 ? `&page=${p}` : ''}`
  return {
    title: `${label} suggestions`,
    body: html`
      ${editingCrumbs({ text: 'Suggestions' })}
      <h1 class="govuk-heading-xl">Suggestions</h1>
      <nav class="moj-sub-navigation" aria-label="Suggestions by status"><ul class="moj-sub-navigation__list">
        ${STATUSES.map((s) => html`<li class="moj-sub-navigation__item"><a class="moj-sub-navigation__link" href="${href(s.value)}"${s.value === status ? html` aria-current="page"` : ''}>${s.label}</a></li>`)}
      </ul></nav>
      <p class="govuk-body" role="status">${plural(list.paging.totalResults, `${label.toLowerCase()} suggestion`)}</p>
      ${list.results.length ? html`<table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--m govuk-visually-hidden">${label} suggestions, newest first</caption>
        <thead class="govuk-table__head"><tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Initiative</th>
          <th scope="col" class="govuk-table__header">Organisation</th>
          <th scope="col" class="govuk-table__header">Received</th>
          <th scope="col" class="govuk-table__header">Status</th>
        </tr></thead>
        <tbody class="govuk-table__body">${list.results.map((s) => html`<tr class="govuk-table__row">
          <td class="govuk-table__cell"><a class="govuk-link" href="/editing/suggestions/${s.id}">${s.title}</a></td>
          <td class="govuk-table__cell">${s.organisation}</td>
          <td class="govuk-table__cell">${dateTime(s.receivedAt)}</td>
          <td class="govuk-table__cell">${statusTag(s.status)}</td></tr>`)}
        </tbody></table>` : html`<p class="govuk-body">There are no ${label.toLowerCase()} suggestions.</p>`}
      ${pagination(page, list.paging.totalPages, (p) => href(status, p))}`
  }
}

function details(s: Suggestion): SafeHtml {
  return html`<dl class="govuk-summary-list">
    ${summaryRow('Initiative', s.title)}
    ${summaryRow('Description', html`<span class="gpd-pre-line">${s.description}</span>`)}
    ${summaryRow('Organisation', s.organisation)}
    ${summaryRow('Area', s.area)}
    ${summaryRow('Links', s.links.length ? html`<ul class="govuk-list">${s.links.map((l) => html`<li>${l.url
      ? html`<a class="govuk-link" href="${l.url}" rel="noopener noreferrer" data-external>${l.title}</a> <span class="govuk-hint govuk-!-display-inline">${l.url}</span>`
      : l.title}</li>`)}</ul>` : undefined)}
    ${summaryRow('Suggested by', s.contactName)}
    ${summaryRow('Email', html`<a class="govuk-link" href="mailto:${s.contactEmail}" data-external>${s.contactEmail}</a>`)}
    ${summaryRow('Received', dateTime(s.receivedAt))}
    ${summaryRow('Status', statusTag(s.status))}
    ${s.decidedAt ? summaryRow('Decided', `${dateTime(s.decidedAt)}${s.decidedBy ? ` by ${s.decidedBy}` : ''}`) : ''}
    ${s.decisionReason ? summaryRow('Reason for declining', s.decisionReason) : ''}
    ${s.initiativeSlug ? summaryRow('Draft initiative', html`<a class="govuk-link" href="/editing/initiatives/${s.initiativeSlug}">Edit the draft initiative</a>`) : ''}
  </dl>`
}

function decisionForms(s: Suggestion, reason: string, errors: Errors): SafeHtml {
  if (s.status !== 'NEW') return html``
  return html`<h2 class="govuk-heading-l">Decide</h2>
    <form id="accept-form" novalidate>
      <p class="govuk-body">Accepting makes a draft initiative from this suggestion for you to complete. Nothing is published until you publish it.</p>
      <button type="submit" class="govuk-button" data-module="govuk-button">Accept and create a draft initiative</button>
    </form>
    <form id="decline-form" novalidate>
      ${textarea({ id: 'reason', label: 'Reason for declining', labelClass: 'govuk-label--s', hint: 'For example, it is already in the directory. The suggester is not sent this.', value: reason, error: errorFor(errors, 'reason'), rows: 3 })}
      <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">Decline suggestion</button>
    </form>`
}

export async function suggestionPage(id: string, search: string): Promise<Page> {
  await requireEditor(`/editing/suggestions/${id}${search}`)
  const s = await call(api().GET('/api/v1/suggestions/{id}', { params: { path: { id } } }))
  const banner = takeFlash()
  const body = (errors: Errors, reason = '') => html`
    ${editingCrumbs({ href: '/editing/suggestions', text: 'Suggestions' }, { text: s.title })}
    <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
      ${errorSummary(errors)}
      ${banner && errors.length === 0 ? successBanner(banner) : ''}
      <span class="govuk-caption-l">Suggestion</span>
      <h1 class="govuk-heading-xl">${s.title}</h1>
      ${details(s)}
      ${decisionForms(s, reason, errors)}
    </div></div>`
  const title = `Suggestion: ${s.title}`
  return {
    title,
    body: body([]),
    focus: banner ? '#success-banner' : undefined,
    mount: (root) => {
      let busy = false
      const decide = async (action: () => Promise<Suggestion>, reason: string) => {
        if (busy) return
        busy = true
        try {
          const done = await action()
          navigateWith(`/editing/suggestions/${s.id}`, done.status === 'ACCEPTED'
            ? html`<h3 class="govuk-notification-banner__heading">Suggestion accepted</h3>
                <p class="govuk-body">A draft initiative has been made from it. <a class="govuk-notification-banner__link" href="/editing/initiatives/${done.initiativeSlug ?? ''}">Edit the draft initiative</a></p>`
            : html`<h3 class="govuk-notification-banner__heading">Suggestion declined</h3>`)
        } catch (e) {
          const errors: Errors = e instanceof ApiError && e.status === 400
            ? problemErrors(e.problem, ['reason'], (_, m) => describeError('Reason for declining', m, 'Enter the reason for declining'))
            : e instanceof ApiError && e.status === 409
              ? [{ text: 'Someone has already decided this suggestion. Reload the page to see their decision.' }]
              : [{ text: e instanceof ApiError ? `The decision could not be saved (the service answered ${e.status}).` : 'The decision could not be saved. Check your connection and try again.' }]
          redrawWithErrors(root, body(errors, reason), title, wire)
        } finally {
          busy = false
        }
      }
      const wire = () => {
        window.dispatchEvent(new Event('gpd:links'))
        root.querySelector<HTMLFormElement>('#accept-form')?.addEventListener('submit', (e) => {
          e.preventDefault()
          void decide(() => call(api().POST('/api/v1/suggestions/{id}/accept', { params: { path: { id: s.id } } })), '')
        })
        root.querySelector<HTMLFormElement>('#decline-form')?.addEventListener('submit', (e) => {
          e.preventDefault()
          const reason = valueOf(e.target as HTMLFormElement, 'reason')
          void decide(() => call(api().POST('/api/v1/suggestions/{id}/decline', { params: { path: { id: s.id } }, body: { reason } })), reason)
        })
      }
      wire()
    }
  }
}
