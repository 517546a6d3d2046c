import { all, api, call } from '../api/client'
import type { InitiativeSummary } from '../api/client'
import { html } from '../html'
import { requireEditor } from '../session'
import { editionName, Page, plural } from '../ui'
import { editingCrumbs, successBanner, takeFlash } from './common'

/** Where editors start: what is waiting for them, and the drafts they are working on. */
export async function dashboardPage(search: string): Promise<Page> {
  const me = await requireEditor(`/editing${search}`)
  const [suggestions, initiatives, editions] = await Promise.all([
    call(api().GET('/api/v1/suggestions', { params: { query: { status: 'NEW', pageSize: 1 } } })),
    all<InitiativeSummary>((page) => call(api().GET('/api/v1/initiatives', { params: { query: { status: 'DRAFT', sort: 'title', page, pageSize: 100 } } }))),
    call(api().GET('/api/v1/editions', { params: { query: { status: 'DRAFT', pageSize: 100 } } }))
  ])
  const banner = takeFlash()
  return {
    title: 'Editing',
    focus: banner ? '#success-banner' : undefined,
    body: html`
      ${editingCrumbs()}
      ${banner ? successBanner(banner) : ''}
      <h1 class="govuk-heading-xl">Editing</h1>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-half">
          <h2 class="govuk-heading-m">Suggestions</h2>
          <p class="govuk-body" id="new-suggestions">${plural(suggestions.paging.totalResults, 'new suggestion')} to review.</p>
          <p class="govuk-body"><a class="govuk-link" href="/editing/suggestions">Review suggestions</a></p>
        </div>
        <div class="govuk-grid-column-one-half">
          <h2 class="govuk-heading-m">Editions</h2>
          <p class="govuk-body">Start a new edition, add initiatives to it, then publish it.</p>
          <a class="govuk-button govuk-button--secondary" data-module="govuk-button" href="/editing/editions/new" role="button" draggable="false">Create an edition</a>
        </div>
      </div>

      <h2 class="govuk-heading-l">Draft editions</h2>
      ${editions.results.length ? html`<ul class="govuk-list" id="draft-editions">${editions.results.map((e) => html`<li>
        <a class="govuk-link" href="/editing/editions/${e.slug}">${editionName(e)}</a> (${plural(e.initiativeCount, 'initiative')})</li>`)}</ul>`
        : html`<p class="govuk-body">There are no draft editions.</p>`}

      <h2 class="govuk-heading-l">Draft initiatives</h2>
      ${initiatives.length ? html`<ul class="govuk-list" id="draft-initiatives">${initiatives.map((i) => html`<li>
        <a class="govuk-link" href="/editing/initiatives/${i.slug}">${i.title}</a>${i.editions.length ? html` <span class="govuk-hint govuk-!-display-inline">(${i.editions.map((e) => e.label).join(', ')})</span>` : ''}</li>`)}</ul>`
        : html`<p class="govuk-body">There are no draft initiatives.</p>`}

      <h2 class="govuk-heading-l">Area contacts</h2>
      <p class="govuk-body">Find a contact on the <a class="govuk-link" href="/contacts">contacts</a> page to edit it, or <a class="govuk-link" href="/editing/contacts/new" id="new-contact">create a contact</a>. To make one for an initiative, start from the initiative’s editing page.</p>
      ${me.roles.includes('admin') ? html`<h2 class="govuk-heading-l">Accounts</h2>
      <p class="govuk-body"><a class="govuk-link" href="/editing/accounts">Manage accounts</a>: create them, change roles, reset passwords, disable them.</p>` : ''}

      <h2 class="govuk-heading-l">Published content</h2>
      <p class="govuk-body">To change a published initiative, open it in the <a class="govuk-link" href="/initiatives">directory</a> and choose “Edit this initiative”. Published editions are listed on the <a class="govuk-link" href="/editions">editions</a> page.</p>`
  }
}
