import { api, call } from '../api/client'
import type { EditionDetail, Schemas } from '../api/client'
import { html, SafeHtml } from '../html'
import { breadcrumbs, editionName, Page, plural, renderSections } from '../ui'
import { matrixTable } from './matrix'

type EditionInitiative = Schemas['EditionInitiative']

export async function editionsPage(): Promise<Page> {
  const editions = await call(api().GET('/api/v1/editions', { params: { query: { pageSize: 100 } } }))
  return {
    title: 'Editions',
    body: html`
      ${breadcrumbs([{ href: '/', text: 'Home' }, { text: 'Editions' }])}
      <h1 class="govuk-heading-xl">Editions</h1>
      <p class="govuk-body-l">The documents the directory’s content comes from, in publication order.</p>
      <p class="govuk-body"><a class="govuk-link" href="/editions/compare">Compare two editions</a>: what was added, dropped and kept, and how the matrices differ.</p>
      <ul class="gpd-result-list">${editions.results.map((e) => html`<li class="gpd-result">
        <h2 class="govuk-heading-m"><a class="govuk-link" href="/editions/${e.slug}">${editionName(e)}</a></h2>
        ${e.subtitle ? html`<p class="govuk-body">${e.subtitle}</p>` : ''}
        <dl class="govuk-summary-list govuk-summary-list--no-border">
          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Series</dt><dd class="govuk-summary-list__value">${e.series}</dd></div>
          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Published</dt><dd class="govuk-summary-list__value">${e.publicationDate ?? 'Date not printed'}</dd></div>
          ${e.publisher ? html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Publisher</dt><dd class="govuk-summary-list__value">${e.publisher}</dd></div>` : ''}
          <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Contents</dt><dd class="govuk-summary-list__value">${plural(e.initiativeCount, 'initiative')}${e.upcomingCount ? `, ${plural(e.upcomingCount, 'upcoming item')}` : ''}${e.hasMatrix ? ', delay-driver matrix' : ''}</dd></div>
        </dl></li>`)}</ul>`
  }
}

function initiativeList(items: EditionInitiative[]): SafeHtml {
  return html`<ol class="govuk-list govuk-list--number">${items.map((i) => html`<li><a class="govuk-link" href="/initiatives/${i.slug}">${i.title}</a>
    ${i.summary ? html`<span class="govuk-body-s govuk-!-display-block">${i.summary}</span>` : ''}</li>`)}</ol>`
}

function grouped(e: EditionDetail): SafeHtml {
  if (e.themes.length === 0) return initiativeList(e.initiatives)
  return html`${e.themes.map((t) => html`<h3 class="govuk-heading-m">${t.title}</h3>
    ${t.sections.map((s) => html`<h4 class="govuk-heading-s">${s.title}</h4>
      ${initiativeList(e.initiatives.filter((i) => i.section?.slug === s.slug))}`)}
    ${initiativeList(e.initiatives.filter((i) => i.theme?.slug === t.slug && !i.section))}`)}`
}

export async function editionPage(slug: string): Promise<Page> {
  const e = await call(api().GET('/api/v1/editions/{slug}', { params: { path: { slug } } }))
  return {
    title: editionName(e),
    body: html`
      ${breadcrumbs([{ href: '/', text: 'Home' }, { href: '/editions', text: 'Editions' }, { text: e.label }])}
      <span class="govuk-caption-l">${e.series}</span>
      <h1 class="govuk-heading-xl">${editionName(e)}</h1>
      ${e.subtitle ? html`<p class="govuk-body-l">${e.subtitle}</p>` : ''}
      <dl class="govuk-summary-list">
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Published</dt><dd class="govuk-summary-list__value">${e.publicationDate ?? 'Date not printed'}</dd></div>
        ${e.publisher ? html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Publisher</dt><dd class="govuk-summary-list__value">${e.publisher}</dd></div>` : ''}
        ${e.theme ? html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Theme</dt><dd class="govuk-summary-list__value">${e.theme}</dd></div>` : ''}
      </dl>
      <p class="govuk-body gpd-no-print"><a class="govuk-link" href="/editions/${e.slug}/print">Print view of this edition</a>
        ${e.hasMatrix ? html` · <a class="govuk-link" href="/matrix#matrix-${e.slug}">Its delay-driver matrix</a>` : ''}
        · <a class="govuk-link" href="/editions/compare?to=${e.slug}">Compare with another edition</a></p>
      <h2 class="govuk-heading-l">Initiatives (${e.initiativeCount})</h2>
      ${grouped(e)}
      ${e.upcoming.length ? html`<h2 class="govuk-heading-l">Upcoming content announced</h2>
        ${e.upcoming.map((u) => html`<h3 class="govuk-heading-s">${u.initiative ? html`<a class="govuk-link" href="/initiatives/${u.initiative.slug}">${u.title}</a>` : u.title}</h3>
          <p class="govuk-body">${u.text}</p>`)}` : ''}
      ${e.introduction.length ? html`<h2 class="govuk-heading-l">About this edition</h2>${renderSections(e.introduction, 3)}` : ''}
      ${e.suggestionsContact ? html`<div class="govuk-inset-text">${e.suggestionsContact.text}
        <a class="govuk-link" href="mailto:${e.suggestionsContact.email}" data-external>${e.suggestionsContact.email}</a></div>` : ''}`
  }
}

/** Laid out like the printed guide: introduction, the matrix on a landscape page, then one initiative per page. */
export async function printPage(slug: string): Promise<Page> {
  const e = await call(api().GET('/api/v1/editions/{slug}', { params: { path: { slug } } }))
  const [matrix, initiatives] = await Promise.all([
    e.hasMatrix ? call(api().GET('/api/v1/editions/{slug}/matrix', { params: { path: { slug } } })) : Promise.resolve(undefined),
    Promise.all(e.initiatives.map((i) => call(api().GET('/api/v1/initiatives/{slug}', { params: { path: { slug: i.slug } } }))))
  ])
  return {
    title: `Print: ${editionName(e)}`,
    body: html`
      ${breadcrumbs([{ href: '/', text: 'Home' }, { href: '/editions', text: 'Editions' }, { href: `/editions/${e.slug}`, text: e.label }, { text: 'Print view' }])}
      <div class="gpd-no-print govuk-inset-text">This page is laid out for printing: the introduction, ${matrix ? 'the delay-driver matrix on a landscape page, ' : ''}then one initiative per page${e.upcoming.length ? ', then the upcoming content' : ''}.
        <button type="button" class="govuk-button govuk-!-margin-bottom-0 govuk-!-margin-top-2" data-module="govuk-button" id="print">Print this edition</button></div>
      <section class="gpd-print-page">
        <h1 class="govuk-heading-xl">${e.title}</h1>
        ${e.subtitle ? html`<p class="govuk-body-l">${e.subtitle}</p>` : ''}
        <p class="govuk-heading-m">${e.label}</p>
        ${renderSections(e.introduction)}
      </section>
      ${matrix ? html`<section class="gpd-print-page gpd-print-matrix">${matrixTable(matrix)}</section>` : ''}
      ${initiatives.map((i) => {
        const a = i.appearances.find((x) => x.edition.slug === e.slug)
        if (!a) return ''
        return html`<section class="gpd-print-page" aria-labelledby="p-${i.slug}">
          <h2 class="govuk-heading-l" id="p-${i.slug}">${a.title}</h2>
          ${a.summary ? html`<p class="govuk-body-l">${a.summary}</p>` : ''}
          ${renderSections(a.sections, 3)}
          ${a.links.length ? html`<h3 class="govuk-heading-s">Helpful links</h3><ul class="govuk-list govuk-list--bullet">${a.links.map((l) => html`<li>${l.title}${l.url ? html` (${l.url})` : ''}${l.note ? html` – ${l.note}` : ''}</li>`)}</ul>` : ''}
          ${i.contacts.length ? html`<h3 class="govuk-heading-s">Contacts</h3><ul class="govuk-list">${i.contacts.filter((c) => c.edition.slug === e.slug).map((c) => html`<li>${[c.name, c.role, c.email, c.phone].filter(Boolean).join(', ')}</li>`)}</ul>` : ''}
          <p class="govuk-body-s">${a.citation.text}</p>
        </section>`
      })}
      ${e.upcoming.length ? html`<section class="gpd-print-page"><h2 class="govuk-heading-l">Upcoming content</h2>
        ${e.upcoming.map((u) => html`<h3 class="govuk-heading-s">${u.title}</h3><p class="govuk-body">${u.text}</p>`)}</section>` : ''}`,
    mount: (root) => root.querySelector('#print')?.addEventListener('click', () => window.print())
  }
}
