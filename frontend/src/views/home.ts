import { api, call } from '../api/client'
import { html } from '../html'
import { config } from '../config'
import { navigate } from '../nav'
import { editionName, Page, plural } from '../ui'

export async function homePage(): Promise<Page> {
  // all at once: each waits a round trip, and on a phone's connection round trips are most of the wait
  const [editions, drivers, initiatives, contacts] = await Promise.all([
    call(api().GET('/api/v1/editions', { params: { query: { pageSize: 100 } } })),
    call(api().GET('/api/v1/delay-drivers', { params: { query: { pageSize: 100 } } })),
    call(api().GET('/api/v1/initiatives', { params: { query: { pageSize: 1 } } })),
    call(api().GET('/api/v1/area-contacts', { params: { query: { pageSize: 1 } } }))
  ])
  return {
    title: 'Find good practice in family justice and children’s social care',
    body: html`
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-xl">Find good practice in family justice and children’s social care</h1>
          <p class="govuk-body-l">Search, compare and cite the initiatives published in the DFJ Trailblazer Good Practice Guides,
            the Children’s Social Care Innovation Programme directory and local practice guides.</p>
          <form action="/initiatives" method="get" role="search" class="govuk-!-margin-bottom-8" id="home-search">
            <div class="govuk-form-group">
              <label class="govuk-label govuk-label--m" for="home-q">Search initiatives</label>
              <div class="govuk-hint" id="home-q-hint">For example, family group conference, pre-birth assessment or Salford</div>
              <input class="govuk-input govuk-!-width-two-thirds" id="home-q" name="q" type="search" aria-describedby="home-q-hint">
              <button type="submit" class="govuk-button govuk-!-margin-left-1 govuk-!-margin-bottom-0" data-module="govuk-button">Search</button>
            </div>
          </form>
        </div>
      </div>

      <h2 class="govuk-heading-l">What the directory holds</h2>
      <dl class="govuk-summary-list govuk-!-margin-bottom-9">
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Initiatives</dt><dd class="govuk-summary-list__value">${initiatives.paging.totalResults}</dd><dd class="govuk-summary-list__actions"><a class="govuk-link" href="/initiatives">Browse<span class="govuk-visually-hidden"> all initiatives</span></a></dd></div>
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Source documents</dt><dd class="govuk-summary-list__value">${editions.paging.totalResults}</dd><dd class="govuk-summary-list__actions"><a class="govuk-link" href="/editions">Browse<span class="govuk-visually-hidden"> editions</span></a></dd></div>
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Drivers of delay</dt><dd class="govuk-summary-list__value">${drivers.paging.totalResults}</dd><dd class="govuk-summary-list__actions"><a class="govuk-link" href="/matrix">See the matrix<span class="govuk-visually-hidden"> of drivers of delay</span></a></dd></div>
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Area contacts</dt><dd class="govuk-summary-list__value">${contacts.paging.totalResults}</dd><dd class="govuk-summary-list__actions"><a class="govuk-link" href="/contacts">Find<span class="govuk-visually-hidden"> area contacts</span></a></dd></div>
      </dl>

      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-half">
          <h2 class="govuk-heading-m">By driver of delay</h2>
          <p class="govuk-body">The ten key drivers of delay raised in the DFJ Trailblazer pilot’s diagnostic sessions.
            Each number counts the published initiatives mapped to that driver, once each, whether by a guide’s printed matrix
            or by the directory’s editors. The <a class="govuk-link" href="/matrix">matrix page</a> counts only the ticks each guide prints.</p>
          <ul class="govuk-list">
            ${drivers.results.map((d) => html`<li><a class="govuk-link" href="/initiatives?driver=${d.slug}">${d.label}</a> (${plural(d.initiativeCount, 'initiative')})</li>`)}
          </ul>
        </div>
        <div class="govuk-grid-column-one-half">
          <h2 class="govuk-heading-m">By edition</h2>
          <p class="govuk-body">Where the content comes from: each document, in publication order.</p>
          <ul class="govuk-list">
            ${editions.results.map((e) => html`<li><a class="govuk-link" href="/editions/${e.slug}">${editionName(e)}</a> (${plural(e.initiativeCount, 'initiative')})</li>`)}
          </ul>
          <p class="govuk-body">Analysts and local authority systems can use the same data through the <a class="govuk-link" href="${config().apiDocsUrl}" data-external>open API</a>.</p>
          <h2 class="govuk-heading-m">Know of good practice that is missing?</h2>
          <p class="govuk-body"><a class="govuk-link" href="/suggest">Suggest an initiative</a> for the editors to consider.</p>
        </div>
      </div>`,
    mount: (root) => {
      root.querySelector<HTMLFormElement>('#home-search')?.addEventListener('submit', (e) => {
        e.preventDefault()
        const q = String(new FormData(e.target as HTMLFormElement).get('q') ?? '').trim()
        navigate(q ? `/initiatives?q=${encodeURIComponent(q)}` : '/initiatives')
      })
    }
  }
}
