import { html, SafeHtml } from '../html'
import { navigate } from '../nav'
import { breadcrumbs } from '../ui'

/** A message for the next page to show, such as "Initiative saved", kept in memory only. */
let flash: SafeHtml | undefined

export function navigateWith(path: string, message: SafeHtml): void {
  flash = message
  navigate(path)
}

/** The message left by the last action, once. */
export function takeFlash(): SafeHtml | undefined {
  const f = flash
  flash = undefined
  return f
}

/** A GOV.UK success banner; it takes focus (tabindex -1) so its words are read out first. */
export function successBanner(content: SafeHtml, title = 'Success'): SafeHtml {
  return html`<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="banner-title" tabindex="-1" id="success-banner">
    <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="banner-title">${title}</h2></div>
    <div class="govuk-notification-banner__content">${content}</div>
  </div>`
}

/** A GOV.UK "important" banner for something the editor must act on (for example a save refused by a newer version). */
export function importantBanner(id: string, content: SafeHtml): SafeHtml {
  return html`<div class="govuk-notification-banner" role="alert" aria-labelledby="${id}-title" tabindex="-1" id="${id}">
    <div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="${id}-title">Important</h2></div>
    <div class="govuk-notification-banner__content">${content}</div>
  </div>`
}

export function statusTag(status: string): SafeHtml {
  const colour: Record<string, string> = { DRAFT: 'govuk-tag--grey', PUBLISHED: 'govuk-tag--green', NEW: 'govuk-tag--blue', ACCEPTED: 'govuk-tag--green', DECLINED: 'govuk-tag--red' }
  const words: Record<string, string> = { DRAFT: 'Draft', PUBLISHED: 'Published', NEW: 'New', ACCEPTED: 'Accepted', DECLINED: 'Declined' }
  return html`<strong class="govuk-tag ${colour[status] ?? ''}">${words[status] ?? status}</strong>`
}

export function editingCrumbs(...items: { href?: string; text: string }[]): SafeHtml {
  return breadcrumbs([{ href: '/', text: 'Home' }, { href: '/editing', text: 'Editing' }, ...items])
}

export function summaryRow(key: string, value: SafeHtml | string | undefined): SafeHtml {
  return html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${key}</dt>
    <dd class="govuk-summary-list__value">${value === undefined || value === '' ? html`<span class="govuk-hint govuk-!-margin-0">Not given</span>` : value}</dd></div>`
}

/** "2026-11-23T14:05:00Z" as "23 November 2026, 2:05pm" (GOV.UK style). */
export function dateTime(iso: string | undefined): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const date = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })
  const time = d.toLocaleTimeString('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true }).replace(' ', '').replace(':00', '')
  return `${date}, ${time}`
}

/** Lower-case words joined by hyphens, as the service wants slugs. */
export function slugify(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 160).replace(/-+$/, '')
}

/** Focuses an element after an in-place change, as a page load would move the reader there. */
export function focusOn(root: HTMLElement, selector: string): void {
  const el = root.querySelector<HTMLElement>(selector)
  if (!el) return
  if (!el.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) el.setAttribute('tabindex', '-1')
  el.focus()
  el.scrollIntoView({ block: 'nearest' })
}
