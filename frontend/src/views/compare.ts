import { all, api, call } from '../api/client'
import type { InitiativeDetail, InitiativeSummary } from '../api/client'
import { html, SafeHtml } from '../html'
import { navigate } from '../nav'
import { parseCompare } from '../state'
import { breadcrumbs, Page } from '../ui'
import { phoneLinks } from './initiative'

let everything: Promise<InitiativeSummary[]> | undefined

/** Side by side, as reported: no ranking or rating. */
export async function comparePage(search: string): Promise<Page> {
  const slugs = parseCompare(search)
  everything ??= all((page) => call(api().GET('/api/v1/initiatives', { params: { query: { page, pageSize: 100 } } })))
  const [options, chosen] = await Promise.all([
    everything,
    Promise.all(slugs.map((slug) => call(api().GET('/api/v1/initiatives/{slug}', { params: { path: { slug } } }))))
  ])
  const pickers = [0, 1, 2, 3].map((n) => html`<div class="govuk-grid-column-one-quarter"><div class="govuk-form-group">
      <label class="govuk-label" for="pick-${n}">Initiative ${n + 1}${n >= 2 ? ' (optional)' : ''}</label>
      <select class="govuk-select govuk-!-width-full" id="pick-${n}" name="i">
        <option value="">None</option>
        ${options.map((o) => html`<option value="${o.slug}"${slugs[n] === o.slug ? html` selected` : ''}>${o.title}</option>`)}
      </select></div></div>`)
  return {
    title: chosen.length ? `Compare ${chosen.map((c) => c.title).join(', ')}` : 'Compare initiatives',
    body: html`
      ${breadcrumbs([{ href: '/', text: 'Home' }, { href: '/initiatives', text: 'Initiatives' }, { text: 'Compare' }])}
      <h1 class="govuk-heading-xl">Compare initiatives</h1>
      <p class="govuk-body">Choose two to four initiatives to see them side by side, as each source reports them. The directory does not rank or rate initiatives.</p>
      <form id="compare-picker" action="/compare" method="get" class="gpd-no-print">
        <div class="govuk-grid-row">${pickers}</div>
        <button type="submit" class="govuk-button" data-module="govuk-button">Compare</button>
      </form>
      ${chosen.length === 1 ? html`<div class="govuk-inset-text">Choose at least one more initiative to compare with ${chosen[0].title}.</div>` : ''}
      ${chosen.length >= 2 ? table(chosen) : ''}`,
    mount: (root) => root.querySelector<HTMLFormElement>('#compare-picker')?.addEventListener('submit', (e) => {
      e.preventDefault()
      const picked = [...new Set(new FormData(e.target as HTMLFormElement).getAll('i').map(String).filter(Boolean))]
      navigate(`/compare${picked.length ? '?' : ''}${picked.map((s) => `i=${encodeURIComponent(s)}`).join('&')}`)
    })
  }
}

/** The sections a row shows: every appearance's sections whose heading matches, in edition order. */
export function sectionText(i: InitiativeDetail, heading: RegExp): string[] {
  return i.appearances.flatMap((a) => a.sections.filter((s) => heading.test(s.heading)))
    .flatMap((s) => s.blocks.flatMap((b) => b.paragraph ? [b.paragraph] : (b.list?.items ?? []).map((it) => it.text)))
}

function table(items: InitiativeDetail[]): SafeHtml {
  // On a phone the table reads one attribute at a time, each initiative under it by name (styles.scss)
  const cell = (i: InitiativeDetail, content: SafeHtml | string) =>
    html`<td class="govuk-table__cell"><span class="gpd-compare__name">${i.title}</span>${content}</td>`
  const list = (values: string[], empty = 'Not reported') => values.length
    ? html`<ul class="govuk-list govuk-list--bullet">${values.map((v) => html`<li>${v}</li>`)}</ul>` : html`<span class="govuk-hint">${empty}</span>`
  const row = (label: string, render: (i: InitiativeDetail) => SafeHtml | string) =>
    html`<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">${label}</th>${items.map((i) => cell(i, render(i)))}</tr>`
  return html`<div class="gpd-scroll" role="region" aria-label="Comparison table" tabindex="0">
    <table class="govuk-table gpd-compare">
      <caption class="govuk-table__caption govuk-table__caption--m">${items.length} initiatives side by side</caption>
      <thead class="govuk-table__head"><tr class="govuk-table__row"><td class="govuk-table__header"></td>
        ${items.map((i) => html`<th scope="col" class="govuk-table__header"><a class="govuk-link" href="/initiatives/${i.slug}">${i.title}</a></th>`)}</tr></thead>
      <tbody class="govuk-table__body">
        ${row('Lead organisation', (i) => i.leadOrganisation?.name ?? html`<span class="govuk-hint">Not stated</span>`)}
        ${row('Areas', (i) => list(i.areas.map((a) => a.name), 'Not stated'))}
        ${row('Published in', (i) => list(i.appearances.map((a) => `${a.edition.title} — ${a.edition.label}`)))}
        ${row('Drivers of delay', (i) => list([...new Set(i.delayDrivers.map((m) => m.driver.label + (m.provenance === 'EDITORIAL' ? ' (editorial)' : '')))], 'None mapped'))}
        ${row('Key features', (i) => list(sectionText(i, /key features|innovation|what we.re doing/i)))}
        ${row('Outcomes as reported', (i) => list(sectionText(i, /outcomes|success so far|impact/i)))}
        ${row('Contacts', (i) => i.contacts.length ? html`<ul class="govuk-list">${i.contacts.map((c) => html`<li>${c.name ?? c.organisation?.name ?? ''}
          ${c.email ? html`<br><a class="govuk-link" href="mailto:${c.email}" data-external>${c.email}</a>` : ''}${c.phone ? html`<br>${phoneLinks(c.phone)}` : ''}</li>`)}</ul>` : html`<span class="govuk-hint">None published</span>`)}
      </tbody>
    </table></div>`
}
