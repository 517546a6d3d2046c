import { html, SafeHtml } from './html'
import type { Section, Schemas } from './api/client'
import { pageItems } from './state'

type Block = Schemas['Block']
type ContentList = Schemas['ContentList']

/** What a view gives the app: the page title (without the service name) and the body. */
export interface Page {
  title: string
  body: SafeHtml
  /** Called after the body is in the document, to wire up forms and buttons. */
  mount?: (root: HTMLElement) => void
  /** What takes focus when the page opens, if not its heading: for example a success banner */
  focus?: string
}

export const SERVICE = 'Good Practice Directory'

export function breadcrumbs(items: { href?: string; text: string }[]): SafeHtml {
  return html`<nav class="govuk-breadcrumbs gpd-no-print" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">
    ${items.map((i) => html`<li class="govuk-breadcrumbs__list-item">${i.href ? html`<a class="govuk-breadcrumbs__link" href="${i.href}">${i.text}</a>` : i.text}</li>`)}
  </ol></nav>`
}

export function renderList(list: ContentList): SafeHtml {
  const items = list.items.map((item) => html`<li>${item.text}${item.list ? renderList(item.list) : ''}</li>`)
  return list.ordered
    ? html`<ol class="govuk-list govuk-list--number">${items}</ol>`
    : html`<ul class="govuk-list govuk-list--bullet">${items}</ul>`
}

export function renderBlock(block: Block): SafeHtml {
  if (block.list) return renderList(block.list)
  return html`<p class="govuk-body">${block.paragraph}</p>`
}

export function renderSections(sections: Section[], level: 2 | 3 = 2): SafeHtml {
  return html`${sections.map((s) => html`${level === 2 ? html`<h2 class="govuk-heading-m">${s.heading}</h2>` : html`<h3 class="govuk-heading-s">${s.heading}</h3>`}
    ${s.blocks.map(renderBlock)}`)}`
}

/** GOV.UK pagination; hrefs come from the caller so the URL keeps the rest of the state. */
export function pagination(current: number, total: number, href: (page: number) => string): SafeHtml {
  if (total <= 1) return html``
  return html`<nav class="govuk-pagination" aria-label="Results pages">
    ${current > 1 ? html`<div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" href="${href(current - 1)}" rel="prev">
      <svg class="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13"><path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"></path></svg>
      <span class="govuk-pagination__link-title">Previous<span class="govuk-visually-hidden"> page</span></span></a></div>` : ''}
    <ul class="govuk-pagination__list">
      ${pageItems(current, total).map((p) => p === 'gap'
        ? html`<li class="govuk-pagination__item govuk-pagination__item--ellipses">&ctdot;</li>`
        : html`<li class="govuk-pagination__item${p === current ? ' govuk-pagination__item--current' : ''}">
            <a class="govuk-link govuk-pagination__link" href="${href(p)}" aria-label="Page ${p}"${p === current ? html` aria-current="page"` : ''}>${p}</a></li>`)}
    </ul>
    ${current < total ? html`<div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="${href(current + 1)}" rel="next">
      <span class="govuk-pagination__link-title">Next<span class="govuk-visually-hidden"> page</span></span>
      <svg class="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13"><path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"></path></svg></a></div>` : ''}
  </nav>`
}

export function notFoundPage(): Page {
  return {
    title: 'Page not found',
    body: html`<h1 class="govuk-heading-l">Page not found</h1>
      <p class="govuk-body">If you typed the web address, check it is correct.</p>
      <p class="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p class="govuk-body">You can <a class="govuk-link" href="/initiatives">search all initiatives</a> or go to the <a class="govuk-link" href="/">home page</a>.</p>`
  }
}

export function unreachablePage(): Page {
  return {
    title: 'Sorry, there is a problem with the service',
    body: html`<h1 class="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p class="govuk-body">The directory's data could not be loaded. This may be a problem with your connection or with the service.</p>
      <p class="govuk-body">Try again. If it keeps happening, try again later.</p>
      <button type="button" class="govuk-button" data-module="govuk-button" id="retry">Try again</button>`,
    mount: (root) => root.querySelector('#retry')?.addEventListener('click', () => window.dispatchEvent(new Event('gpd:retry')))
  }
}

export function errorPage(status: number, detail?: string): Page {
  return {
    title: 'Sorry, there is a problem',
    body: html`<h1 class="govuk-heading-l">Sorry, there is a problem</h1>
      <p class="govuk-body">The directory could not answer this request (${status}).</p>
      ${detail ? html`<p class="govuk-body">${detail}</p>` : ''}
      <p class="govuk-body"><a class="govuk-link" href="/initiatives">Search all initiatives</a></p>`
  }
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

export function editionName(e: { title: string; label: string }): string {
  return `${e.title} — ${e.label}`
}
