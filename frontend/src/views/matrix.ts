import { api, call } from '../api/client'
import type { DelayDriver, EditionSummary, Matrix } from '../api/client'
import { html, SafeHtml } from '../html'
import { breadcrumbs, Page } from '../ui'

/** A driver with this many initiatives or fewer across the guides is flagged as a gap. */
export const FEW = 2

export async function matrixPage(): Promise<Page> {
  const [editions, drivers] = await Promise.all([
    call(api().GET('/api/v1/editions', { params: { query: { pageSize: 100 } } })),
    call(api().GET('/api/v1/delay-drivers', { params: { query: { pageSize: 100 } } }))
  ])
  const guides = editions.results.filter((e) => e.hasMatrix)
  const matrices = await Promise.all(guides.map((e) => call(api().GET('/api/v1/editions/{slug}/matrix', { params: { path: { slug: e.slug } } }))))
  return {
    title: 'Delay-driver matrix',
    body: html`
      ${breadcrumbs([{ href: '/', text: 'Home' }, { text: 'Delay-driver matrix' }])}
      <h1 class="govuk-heading-xl">Delay-driver matrix</h1>
      <p class="govuk-body-l">Each Good Practice Guide maps its initiatives to the ten key drivers of delay raised in the DFJ Trailblazer pilot’s diagnostic sessions. These are the matrices as printed.</p>
      <ul class="govuk-list">${matrices.map((m) => html`<li><a class="govuk-link" href="#matrix-${m.edition.slug}">${m.edition.title} — ${m.edition.label}</a></li>`)}
        <li><a class="govuk-link" href="#across-editions">Across editions: which drivers have few initiatives</a></li></ul>
      ${matrices.map(matrixTable)}
      ${acrossEditions(drivers.results, guides, matrices)}`
  }
}

export function matrixTable(m: Matrix): SafeHtml {
  return html`<h2 class="govuk-heading-l" id="matrix-${m.edition.slug}">${m.edition.title} — ${m.edition.label}</h2>
    <div class="gpd-scroll" role="region" aria-label="Matrix for ${m.edition.label}" tabindex="0">
      <table class="govuk-table gpd-matrix">
        <caption class="govuk-table__caption govuk-table__caption--s">Key drivers of delay (rows) by initiative (columns), ${m.edition.label}. A tick means the guide maps the initiative to that driver.</caption>
        <thead class="govuk-table__head"><tr class="govuk-table__row">
          <td class="govuk-table__header"></td>
          ${m.columns.map((c) => html`<th scope="col" class="govuk-table__header"><a class="govuk-link" href="/initiatives/${c.slug}">${c.title}</a></th>`)}
        </tr></thead>
        <tbody class="govuk-table__body">
          ${m.rows.map((r) => html`<tr class="govuk-table__row">
            <th scope="row" class="govuk-table__header"><a class="govuk-link" href="/initiatives?driver=${r.driver.slug}&amp;edition=${m.edition.slug}">${r.driver.label}</a></th>
            ${r.cells.map((ticked) => html`<td class="govuk-table__cell">${ticked
              ? html`<span class="gpd-tick" aria-hidden="true">✓</span><span class="govuk-visually-hidden">Yes</span>`
              : html`<span class="govuk-visually-hidden">No</span>`}</td>`)}
          </tr>`)}
        </tbody>
      </table>
    </div>`
}

/** Per driver and guide, how many initiatives the printed matrix ticks. */
export function tickCounts(drivers: DelayDriver[], matrices: Matrix[]): { driver: DelayDriver; counts: number[]; total: number }[] {
  return drivers.map((driver) => {
    const counts = matrices.map((m) => m.rows.find((r) => r.driver.slug === driver.slug)?.cells.filter(Boolean).length ?? 0)
    return { driver, counts, total: counts.reduce((a, b) => a + b, 0) }
  })
}

function acrossEditions(drivers: DelayDriver[], guides: EditionSummary[], matrices: Matrix[]): SafeHtml {
  const rows = tickCounts(drivers, matrices)
  return html`<h2 class="govuk-heading-l" id="across-editions">Across editions</h2>
    <p class="govuk-body">How many initiatives each guide’s printed matrix ticks for each driver. Drivers with ${FEW} or fewer initiatives across the guides are marked as gaps: good practice there is still to be found.</p>
    <p class="govuk-body">These are the printed ticks only. The home page and the initiative filters count more: each published initiative mapped to a driver, once, including the directory editors’ own mappings and initiatives of editions that print no matrix.</p>
    <div class="gpd-scroll" role="region" aria-label="Initiatives per driver across editions" tabindex="0">
      <table class="govuk-table">
        <caption class="govuk-table__caption govuk-table__caption--s">Number of initiatives per driver of delay, by guide</caption>
        <thead class="govuk-table__head"><tr class="govuk-table__row">
          <th scope="col" class="govuk-table__header">Driver of delay</th>
          ${guides.map((g) => html`<th scope="col" class="govuk-table__header govuk-table__header--numeric">${g.label}</th>`)}
          <th scope="col" class="govuk-table__header govuk-table__header--numeric">Total</th>
        </tr></thead>
        <tbody class="govuk-table__body">${rows.map((r) => html`<tr class="govuk-table__row">
          <th scope="row" class="govuk-table__header"><a class="govuk-link" href="/initiatives?driver=${r.driver.slug}">${r.driver.label}</a>
            ${r.total <= FEW ? html` <strong class="govuk-tag govuk-tag--orange">Few initiatives</strong>` : ''}</th>
          ${r.counts.map((c) => html`<td class="govuk-table__cell govuk-table__cell--numeric">${c}</td>`)}
          <td class="govuk-table__cell govuk-table__cell--numeric">${r.total}</td></tr>`)}
        </tbody>
      </table>
    </div>`
}
