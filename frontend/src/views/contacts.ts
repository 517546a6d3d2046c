import { api, call } from '../api/client'
import { html } from '../html'
import { navigate } from '../nav'
import { mountOrganisationPicker, organisationPicker } from '../autocomplete'
import { organisationsNamed, referenceData, searchOrganisations } from '../reference'
import { Page, pagination, plural } from '../ui'
import { contactCard } from './initiative'

const PAGE_SIZE = 20

export async function contactsPage(search: string): Promise<Page> {
  const params = new URLSearchParams(search)
  const area = params.get('area') ?? ''
  const organisation = params.get('organisation') ?? ''
  const q = (params.get('q') ?? '').trim()
  const page = Math.max(Number.parseInt(params.get('page') ?? '1', 10) || 1, 1)
  const [ref, organisations, list] = await Promise.all([
    referenceData(),
    organisationsNamed(organisation ? [organisation] : []),
    call(api().GET('/api/v1/area-contacts', {
      params: { query: { area: area ? [area] : undefined, organisation: organisation ? [organisation] : undefined, q: q || undefined, page, pageSize: PAGE_SIZE } }
    }))
  ])
  const href = (p: number, a = area, o = organisation, text = q) => {
    const s = new URLSearchParams()
    if (text) s.set('q', text)
    if (a) s.set('area', a)
    if (o) s.set('organisation', o)
    if (p > 1) s.set('page', String(p))
    return `/contacts${s.toString() ? `?${s}` : ''}`
  }
  const { totalResults, totalPages } = list.paging
  const chosen = organisation ? { slug: organisation, name: organisations.get(organisation) ?? organisation } : undefined
  return {
    title: `Area contacts (page ${page} of ${Math.max(totalPages, 1)})`,
    body: html`
      <h1 class="govuk-heading-xl">Area contacts</h1>
      <p class="govuk-body-l">People and teams the sources publish as contacts, exactly as printed. Check the date of the edition: some contacts may have moved on.</p>
      <p class="govuk-body" data-editor-only hidden><a class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button" href="/editing/contacts/new" role="button" draggable="false" id="create-contact">Create a contact</a></p>
      <form id="contact-filter" action="/contacts" method="get" role="search" aria-label="Filter contacts">
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-one-third"><div class="govuk-form-group">
            <label class="govuk-label govuk-label--s" for="c-q">Name, role or email</label>
            <input class="govuk-input" id="c-q" name="q" type="search" value="${q}"></div></div>
          <div class="govuk-grid-column-one-third"><div class="govuk-form-group">
            <label class="govuk-label govuk-label--s" for="c-area">Area</label>
            <select class="govuk-select govuk-!-width-full" id="c-area" name="area"><option value="">Any area</option>
              ${ref.areas.map((a) => html`<option value="${a.slug}"${a.slug === area ? html` selected` : ''}>${a.name}</option>`)}</select></div></div>
          <div class="govuk-grid-column-one-third">${organisationPicker({ id: 'c-org', name: 'organisation', label: 'Organisation', selected: chosen })}</div>
        </div>
        <button type="submit" class="govuk-button" data-module="govuk-button">Find contacts</button>
        ${q || area || organisation ? html` <a class="govuk-link govuk-!-margin-left-3" href="/contacts">Clear filters</a>` : ''}
      </form>
      <p class="govuk-body govuk-!-font-weight-bold" role="status">${plural(totalResults, 'contact')} found</p>
      ${list.results.length === 0 ? html`<p class="govuk-body">No contacts match. Try another area or fewer words.</p>` : ''}
      ${list.results.map((c) => contactCard(c, true))}
      ${pagination(page, totalPages, (p) => href(p))}`,
    mount: (root) => {
      void mountOrganisationPicker(root, 'c-org', searchOrganisations, chosen)
      root.querySelector<HTMLFormElement>('#contact-filter')?.addEventListener('submit', (e) => {
        e.preventDefault()
        const f = new FormData(e.target as HTMLFormElement)
        navigate(href(1, String(f.get('area') ?? ''), String(f.get('organisation') ?? ''), String(f.get('q') ?? '').trim()))
      })
    }
  }
}
