import { FilterToggleButton } from '@ministryofjustice/frontend/moj/components/filter-toggle-button/filter-toggle-button.mjs'
import { api, call } from '../api/client'
import type { InitiativeSummary } from '../api/client'
import { html, SafeHtml } from '../html'
import { navigate } from '../nav'
import { mountOrganisationPicker, organisationPicker } from '../autocomplete'
import { organisationsNamed, referenceData, ReferenceData, searchOrganisations } from '../reference'
import {
  cleared, FacetCounts, FilterName, fromForm, hasFilters, ListState, parseListState, readFacets, SortName, toSearch, withChange,
  withoutFilterValue, withPage
} from '../state'
import { Page, pagination, plural } from '../ui'

const PAGE_SIZE = 20
const SORT_LABELS: Record<SortName, string> = { title: 'Title A to Z', '-title': 'Title Z to A', '-updated': 'Recently updated' }
const FILTER_LABELS: Record<FilterName, string> = {
  driver: 'Driver of delay', edition: 'Edition', theme: 'Theme or section', area: 'Area', organisation: 'Organisation'
}

/** The filters shown as checkboxes, whose options carry counts. */
const COUNTED = ['driver', 'edition', 'theme'] as const

export async function initiativesPage(search: string): Promise<Page> {
  const state = parseListState(search)
  const [ref, organisations, list] = await Promise.all([
    referenceData(),
    organisationsNamed(state.filters.organisation),
    call(api().GET('/api/v1/initiatives', {
      params: { query: { ...state.filters, q: state.q || undefined, sort: state.sort, page: state.page, pageSize: PAGE_SIZE, facets: [...COUNTED] } }
    }))
  ])
  const { totalResults, totalPages } = list.paging
  const href = (s: ListState) => `/initiatives${toSearch(s)}`
  const heading = hasFilters(state) ? 'Initiatives matching your search' : 'Initiatives'
  return {
    title: `${heading} (page ${state.page} of ${Math.max(totalPages, 1)})`,
    body: html`
      <h1 class="govuk-heading-xl">${heading}</h1>
      <div class="moj-filter-layout">
        <div class="moj-filter-layout__filter">
          ${filterPanel(state, ref, organisations, href, readFacets(list))}
        </div>
        <div class="moj-filter-layout__content">
          <div class="moj-action-bar"><div class="moj-action-bar__filter"></div></div>
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-one-half">
              <p class="govuk-body govuk-!-font-weight-bold" role="status" id="result-count">${plural(totalResults, 'initiative')} found</p>
            </div>
            <div class="govuk-grid-column-one-half">
              <form id="sort-form" class="govuk-!-margin-bottom-4">
                <div class="govuk-form-group govuk-!-margin-bottom-0">
                  <label class="govuk-label govuk-!-display-inline-block govuk-!-margin-right-1" for="sort">Sort by</label>
                  <select class="govuk-select" id="sort" name="sort">
                    ${(Object.keys(SORT_LABELS) as SortName[]).map((s) => html`<option value="${s}"${s === state.sort ? html` selected` : ''}>${SORT_LABELS[s]}</option>`)}
                  </select>
                  <button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">Sort</button>
                </div>
              </form>
            </div>
          </div>
          ${appliedOnPhone(state, ref, organisations, href)}
          ${list.results.length === 0 ? noResults(state, href) : html`
            <form id="compare-form" action="/compare" method="get">
              <ul class="gpd-result-list">${list.results.map((r) => result(r))}</ul>
              <p class="govuk-body">Select two to four initiatives to see them side by side.</p>
              <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Compare selected</button>
            </form>`}
          ${pagination(state.page, totalPages, (p) => href(withPage(state, p)))}
        </div>
      </div>`,
    mount: (root) => {
      const filter = root.querySelector('.moj-filter')
      if (filter) {
        // On small screens the filter panel starts hidden behind a "Show filter" button (MOJ pattern)
        new FilterToggleButton(filter, {
          bigModeMediaQuery: '(min-width: 48.0625em)',
          startHidden: false,
          toggleButton: { showText: 'Show filter', hideText: 'Hide filter', classes: 'govuk-button--secondary' },
          closeButton: { text: 'Close filter' }
        })
      }
      const chosen = state.filters.organisation[0]
      void mountOrganisationPicker(root, 'f-organisation', searchOrganisations,
        chosen ? { slug: chosen, name: organisations.get(chosen) ?? chosen } : undefined)
      root.querySelector<HTMLFormElement>('#filter-form')?.addEventListener('submit', (e) => {
        e.preventDefault()
        navigate(href(fromForm(new FormData(e.target as HTMLFormElement), state.sort)))
      })
      root.querySelector<HTMLFormElement>('#sort-form')?.addEventListener('submit', (e) => {
        e.preventDefault()
        const sort = String(new FormData(e.target as HTMLFormElement).get('sort')) as SortName
        navigate(href(withChange(state, { sort })))
      })
      root.querySelector<HTMLFormElement>('#compare-form')?.addEventListener('submit', (e) => {
        e.preventDefault()
        const chosen = new FormData(e.target as HTMLFormElement).getAll('i').map(String)
        navigate(`/compare?${chosen.map((s) => `i=${encodeURIComponent(s)}`).join('&')}`)
      })
    }
  }
}

function result(r: InitiativeSummary): SafeHtml {
  return html`<li class="gpd-result">
    <h2 class="govuk-heading-m govuk-!-margin-bottom-2"><a class="govuk-link" href="/initiatives/${r.slug}">${r.title}</a></h2>
    ${r.summary ? html`<p class="govuk-body">${r.summary}</p>` : ''}
    <dl class="govuk-summary-list govuk-summary-list--no-border govuk-!-margin-bottom-2">
      ${r.leadOrganisation ? row('Lead', r.leadOrganisation.name) : ''}
      ${r.areas.length ? row('Areas', r.areas.map((a) => a.name).join(', ')) : ''}
      ${row('Published in', r.editions.map((e) => `${e.title} — ${e.label}`).join('; '))}
      ${r.delayDrivers.length ? row('Drivers of delay', r.delayDrivers.map((d) => d.label).join('; ')) : ''}
    </dl>
    <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
      <div class="govuk-checkboxes__item">
        <input class="govuk-checkboxes__input" id="compare-${r.slug}" name="i" type="checkbox" value="${r.slug}">
        <label class="govuk-label govuk-checkboxes__label" for="compare-${r.slug}">Compare<span class="govuk-visually-hidden"> ${r.title}</span></label>
      </div>
    </div>
  </li>`
}

function row(key: string, value: string): SafeHtml {
  return html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${key}</dt><dd class="govuk-summary-list__value">${value}</dd></div>`
}

function noResults(state: ListState, href: (s: ListState) => string): SafeHtml {
  return html`<h2 class="govuk-heading-m">No initiatives match your search</h2>
    <p class="govuk-body">Improve your results by:</p>
    <ul class="govuk-list govuk-list--bullet">
      <li>removing filters</li>
      <li>double-checking your spelling</li>
      <li>using fewer or more general words</li>
    </ul>
    <p class="govuk-body"><a class="govuk-link" href="${href(cleared(state))}">Clear all filters</a></p>`
}

function labelFor(name: FilterName, value: string, ref: ReferenceData, organisations: Map<string, string>): string {
  switch (name) {
    case 'driver': return ref.drivers.find((d) => d.slug === value)?.label ?? value
    case 'edition': return ref.editions.find((e) => e.slug === value)?.label ?? value
    case 'area': return ref.areas.find((a) => a.slug === value)?.name ?? value
    case 'organisation': return organisations.get(value) ?? value
    case 'theme': {
      for (const t of ref.themes.flatMap((x) => x.themes)) {
        if (t.slug === value) return t.title
        const s = t.sections.find((x) => x.slug === value)
        if (s) return s.title
      }
      return value
    }
  }
}

/** The filter tags: each removes its filter. */
function tags(state: ListState, ref: ReferenceData, organisations: Map<string, string>, href: (s: ListState) => string): SafeHtml {
  const selected = (Object.keys(FILTER_LABELS) as FilterName[]).filter((n) => state.filters[n].length > 0)
  return html`${state.q ? html`<h3 class="govuk-heading-s govuk-!-margin-bottom-0">Search</h3>
      <ul class="moj-filter-tags"><li><a class="moj-filter__tag" href="${href(withChange(state, { q: '' }))}"><span class="govuk-visually-hidden">Remove this filter</span> ${state.q}</a></li></ul>` : ''}
    ${selected.map((n) => html`<h3 class="govuk-heading-s govuk-!-margin-bottom-0">${FILTER_LABELS[n]}</h3>
      <ul class="moj-filter-tags">${state.filters[n].map((v) => html`<li><a class="moj-filter__tag" href="${href(withoutFilterValue(state, n, v))}"><span class="govuk-visually-hidden">Remove this filter</span> ${labelFor(n, v, ref, organisations)}</a></li>`)}</ul>`)}`
}

/**
 * On a phone the filter panel starts hidden: what is applied is shown above the results as well,
 * so nobody reads a filtered list as the whole directory (hidden from tablet width, styles.scss).
 */
function appliedOnPhone(state: ListState, ref: ReferenceData, organisations: Map<string, string>, href: (s: ListState) => string): SafeHtml {
  if (!hasFilters(state)) return html``
  return html`<div class="gpd-applied-filters govuk-!-margin-bottom-4">
    <h2 class="govuk-heading-m govuk-!-margin-bottom-2">Applied filters</h2>
    ${tags(state, ref, organisations, href)}
    <p class="govuk-body"><a class="govuk-link govuk-link--no-visited-state" href="${href(cleared(state))}">Clear filters</a></p>
  </div>`
}

function filterPanel(state: ListState, ref: ReferenceData, organisations: Map<string, string>, href: (s: ListState) => string, facets: FacetCounts): SafeHtml {
  const checked = (name: FilterName, value: string) => (state.filters[name].includes(value) ? html` checked` : '')
  // Each option says how many initiatives it would find under the other filters (the API's facet
  // counts, which list only the values found); an option that would find none is marked so and greyed
  const count = (name: FilterName, value: string) => {
    const counts = facets[name]
    if (counts === undefined) return ''
    const n = counts.get(value) ?? 0
    return html` <span class="gpd-facet-count${n === 0 ? ' gpd-facet-count--none' : ''}">(${n === 0 ? 'none' : n})</span>`
  }
  const checkbox = (name: FilterName, value: string, label: string) => html`
    <div class="govuk-checkboxes__item">
      <input class="govuk-checkboxes__input" id="f-${name}-${value}" name="${name}" type="checkbox" value="${value}"${checked(name, value)}>
      <label class="govuk-label govuk-checkboxes__label" for="f-${name}-${value}">${label}${count(name, value)}</label>
    </div>`
  const select = (name: 'area', options: { slug: string; name: string }[]) => html`
    <div class="govuk-form-group">
      <label class="govuk-label govuk-label--s" for="f-${name}">${FILTER_LABELS[name]}</label>
      <select class="govuk-select govuk-!-width-full" id="f-${name}" name="${name}">
        <option value="">Any ${FILTER_LABELS[name].toLowerCase()}</option>
        ${options.map((o) => html`<option value="${o.slug}"${state.filters[name][0] === o.slug ? html` selected` : ''}>${o.name}</option>`)}
      </select>
      ${state.filters[name].slice(1).map((v) => html`<input type="hidden" name="${name}" value="${v}">`)}
    </div>`
  return html`<div class="moj-filter">
    <div class="moj-filter__header">
      <div class="moj-filter__header-title"><h2 class="govuk-heading-m">Filter</h2></div>
      <div class="moj-filter__header-action"></div>
    </div>
    <div class="moj-filter__content">
      ${hasFilters(state) ? html`<div class="moj-filter__selected">
        <div class="moj-filter__selected-heading">
          <div class="moj-filter__heading-title"><h2 class="govuk-heading-m">Selected filters</h2></div>
          <div class="moj-filter__heading-action"><p class="govuk-body"><a class="govuk-link govuk-link--no-visited-state" href="${href(cleared(state))}" id="clear-filters">Clear filters</a></p></div>
        </div>
        ${tags(state, ref, organisations, href)}
      </div>` : ''}
      <div class="moj-filter__options">
        <form id="filter-form" action="/initiatives" method="get" role="search" aria-label="Filter initiatives">
          <button type="submit" class="govuk-button" data-module="govuk-button">Apply filters</button>
          <div class="govuk-form-group">
            <label class="govuk-label govuk-label--s" for="f-q">Search</label>
            <input class="govuk-input" id="f-q" name="q" type="search" value="${state.q}">
          </div>
          <div class="govuk-form-group">
            <fieldset class="govuk-fieldset">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${FILTER_LABELS.driver}</legend>
              <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                ${ref.drivers.map((d) => checkbox('driver', d.slug, d.label))}
              </div>
            </fieldset>
          </div>
          <div class="govuk-form-group">
            <fieldset class="govuk-fieldset">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${FILTER_LABELS.edition}</legend>
              <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                ${ref.editions.map((e) => checkbox('edition', e.slug, `${e.title} — ${e.label}`))}
              </div>
            </fieldset>
          </div>
          ${ref.themes.map((t) => html`<div class="govuk-form-group">
            <fieldset class="govuk-fieldset">
              <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Theme or section (${t.edition.label})</legend>
              <div class="govuk-checkboxes govuk-checkboxes--small gpd-filter-options" data-module="govuk-checkboxes">
                ${t.themes.map((th) => html`${checkbox('theme', th.slug, th.title)}
                  ${th.sections.map((s) => checkbox('theme', s.slug, s.title))}`)}
              </div>
            </fieldset>
          </div>`)}
          ${select('area', ref.areas.filter((a) => a.initiativeCount > 0 || a.type === 'REGION' || state.filters.area.includes(a.slug)))}
          ${organisationPicker({ id: 'f-organisation', name: 'organisation', label: FILTER_LABELS.organisation, hint: 'Type part of its name and choose it from the list',
            selected: state.filters.organisation[0] ? { slug: state.filters.organisation[0], name: organisations.get(state.filters.organisation[0]) ?? '' } : undefined })}
          ${state.filters.organisation.slice(1).map((v) => html`<input type="hidden" name="organisation" value="${v}">`)}
          <button type="submit" class="govuk-button" data-module="govuk-button">Apply filters</button>
        </form>
      </div>
    </div>
  </div>`
}
