import { api, callTagged } from '../api/client'
import { describeError, errorFor, Errors, errorSummary, problemErrors, setTitle, showErrorSummary, textInput, redrawWithErrors, valueOf } from '../forms'
import { html, SafeHtml } from '../html'
import { requireEditor } from '../session'
import { editionName, Page, plural } from '../ui'
import { dateTime, editingCrumbs, focusOn, importantBanner, navigateWith, slugify, statusTag, successBanner, summaryRow, takeFlash } from './common'
import type { EditableEdition, EditionChanges, NewEdition, NewInitiative } from './contract'

/** The words of an error on one of a simple form's fields (a label's "(optional)" is not repeated). */
function describer(fields: Record<string, { label: string; blank?: string }>) {
  return (id: string | undefined, message: string, pointer: string) =>
    id && fields[id] ? describeError(fields[id].label.replace(/ \(optional\)$/, ''), message, fields[id].blank) : `${message}${pointer ? ` (${pointer})` : ''}`
}

/** An error on an edition's fields in GOV.UK words; the date's pattern is told as examples, not as a regular expression. */
export function describeEditionError(id: string | undefined, message: string, pointer: string): string {
  if (id === 'publicationDate' && !/must not be (blank|empty|null)/.test(message)) {
    return 'Enter the publication date as a year, a month or a day, like 2026, 2026-03 or 2026-03-31'
  }
  return describer(EDITION_FIELDS)(id, message, pointer)
}

/** The fields of the edition details form, in page order: all of a new edition's but its web address name. */
export const DETAIL_IDS = ['title', 'label', 'series', 'subtitle', 'publicationDate', 'publisher', 'theme', 'suggestionsText', 'suggestionsEmail'] as const

/** An edition's details as the form's answers ('' for a field not given). */
export function detailsOf(e: EditableEdition): Record<string, string> {
  return Object.fromEntries(DETAIL_IDS.map((id) => [id, e[id] ?? '']))
}

/** The body of PUT /editions/{slug}: every field, an empty answer left out (so cleared). */
export function editionChanges(v: Record<string, string>): EditionChanges {
  const optional = (k: (typeof DETAIL_IDS)[number]) => (v[k] ? { [k]: v[k] } : {})
  return {
    title: v.title ?? '',
    series: v.series ?? '',
    label: v.label ?? '',
    ...optional('subtitle'), ...optional('publicationDate'), ...optional('publisher'), ...optional('theme'),
    ...optional('suggestionsText'), ...optional('suggestionsEmail')
  }
}

/**
 * A slug the editor left empty is made from the title: an error about it only repeats what the
 * title's own error says, so it is not shown (unless it is the only one).
 */
export function unlessDerived(errors: Errors, typedSlug: string): Errors {
  if (typedSlug) return errors
  const rest = errors.filter((e) => e.id !== 'slug')
  return rest.length ? rest : errors
}

/** Moves an element of a list one place up (-1) or down (+1); the list is unchanged at either end. */
export function moved<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items]
  const out = [...items]
  ;[out[index], out[to]] = [out[to], out[index]]
  return out
}

const EDITION_FIELDS: Record<keyof NewEdition, { label: string; blank?: string; hint?: string }> = {
  title: { label: 'Title', blank: 'Enter the title of the edition', hint: 'For example, Good Practice Guide' },
  label: { label: 'Label', blank: 'Enter the label of the edition', hint: 'What tells it apart from others in its series, for example Edition 5 or Quarter 3: 2025/26' },
  series: { label: 'Series', blank: 'Enter the series', hint: 'For example, DFJ Trailblazer Good Practice Guides' },
  slug: { label: 'Web address name', hint: 'Lower-case words joined by hyphens, for example good-practice-guide-edition-5. Leave empty to make one from the title and label.' },
  subtitle: { label: 'Subtitle (optional)' },
  publicationDate: { label: 'Publication date (optional)', hint: 'A year (2026), a month (2026-03) or a day (2026-03-31). Left empty, it is set to the day you publish.' },
  publisher: { label: 'Publisher (optional)' },
  theme: { label: 'Theme (optional)' },
  suggestionsText: { label: 'Suggestions text (optional)', hint: 'For example, To suggest good practice for the next edition, email' },
  suggestionsEmail: { label: 'Suggestions email address (optional)' }
}

function editionBody(v: Record<string, string>): NewEdition {
  const optional = (k: keyof NewEdition) => (v[k] ? { [k]: v[k] } : {})
  return {
    slug: v.slug || slugify(`${v.title} ${v.label}`),
    title: v.title,
    series: v.series,
    label: v.label,
    ...optional('subtitle'), ...optional('publicationDate'), ...optional('publisher'), ...optional('theme'),
    ...optional('suggestionsText'), ...optional('suggestionsEmail')
  }
}

export async function newEditionPage(): Promise<Page> {
  await requireEditor('/editing/editions/new')
  const TITLE = 'Create an edition'
  const ids = Object.keys(EDITION_FIELDS)
  const body = (v: Record<string, string>, errors: Errors) => html`
    ${editingCrumbs({ text: TITLE })}
    <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
      ${errorSummary(errors)}
      <h1 class="govuk-heading-xl">${TITLE}</h1>
      <p class="govuk-body">The edition starts as a draft. Add its initiatives, then publish it: nothing appears on the public pages until then.</p>
      <form id="edition-form" novalidate>
        ${ids.map((id) => textInput({ id, label: EDITION_FIELDS[id as keyof NewEdition].label, hint: EDITION_FIELDS[id as keyof NewEdition].hint,
          value: v[id] ?? '', error: errorFor(errors, id), spellcheck: id === 'slug' || id === 'suggestionsEmail' ? false : undefined,
          type: id === 'suggestionsEmail' ? 'email' : 'text' }))}
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" data-module="govuk-button">Create edition</button>
          <a class="govuk-link" href="/editing">Cancel</a>
        </div>
      </form>
    </div></div>`
  return {
    title: TITLE,
    body: body({}, []),
    mount: (root) => {
      let busy = false
      const wire = () => root.querySelector<HTMLFormElement>('#edition-form')?.addEventListener('submit', async (e) => {
        e.preventDefault()
        if (busy) return
        busy = true
        const f = e.target as HTMLFormElement
        const v = Object.fromEntries(ids.map((id) => [id, valueOf(f, id)]))
        const show = (errors: Errors) => {
          redrawWithErrors(root, body(v, errors), TITLE, wire)
        }
        try {
          const sent = editionBody(v)
          const { data, error, response } = await api().POST('/api/v1/editions', { body: sent })
          if (data) {
            navigateWith(`/editing/editions/${data.slug}`, html`<p class="govuk-notification-banner__heading">Edition created as a draft. Add its initiatives, then publish it.</p>`)
          } else if (response.status === 400) {
            show(unlessDerived(problemErrors(error, ids, describeEditionError), v.slug))
          } else if (response.status === 409) {
            show([{ id: 'slug', text: `There is already an edition called ${sent.slug}: choose another web address name` }])
          } else {
            show([{ text: error?.detail ?? `The edition could not be created (the service answered ${response.status}).` }])
          }
        } catch {
          show([{ text: 'The edition could not be created. Check your connection and try again.' }])
        } finally {
          busy = false
        }
      })
      wire()
    }
  }
}

/**
 * What a write starts from comes from the service itself, never the browser's cache: the edition's
 * ETag is its version, which adding an initiative to it does not change, so a revalidated copy
 * could miss that initiative.
 */
async function loadEdition(slug: string): Promise<{ data: EditableEdition; etag: string }> {
  return callTagged(api().GET('/api/v1/editions/{slug}/editable', { params: { path: { slug } }, cache: 'no-store' }))
}

/**
 * What the edition editor shows: the edition as last loaded or saved, and the state of its forms.
 * The render functions below draw from it; the writes change it and draw again.
 */
interface EditionEditor {
  readonly slug: string
  edition: EditableEdition
  etag: string
  /** The initiatives' slugs as moved; saved only with "Save the order". */
  order: string[]
  /** Publishing asked for, not yet confirmed. */
  confirming: boolean
  /** The details form: open or not, and its answers (kept as typed when a save is refused). */
  changing: boolean
  details: Record<string, string>
  deleting: boolean
}

const printedOrder = (e: EditableEdition) => e.initiatives.map((i) => i.slug)
const changedOrder = (s: EditionEditor) => s.order.join() !== printedOrder(s.edition).join()

function orderList(s: EditionEditor): SafeHtml {
  const bySlug = new Map(s.edition.initiatives.map((i) => [i.slug, i]))
  return html`<ol class="govuk-list gpd-order" id="order">
      ${s.order.map((slug, n) => {
        const i = bySlug.get(slug)
        const name = i?.title ?? slug
        return html`<li class="gpd-order__item">
          <span class="gpd-order__position">${n + 1}.</span>
          <span class="gpd-order__title"><a class="govuk-link" href="/editing/initiatives/${slug}">${name}</a> ${i ? statusTag(i.status) : ''}</span>
          <span class="gpd-order__actions">
            ${n > 0 ? html`<button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button" data-move="${slug}" data-by="-1">Move up<span class="govuk-visually-hidden"> ${name}</span></button>` : ''}
            ${n < s.order.length - 1 ? html`<button type="button" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button" data-move="${slug}" data-by="1">Move down<span class="govuk-visually-hidden"> ${name}</span></button>` : ''}
          </span>
        </li>`
      })}
    </ol>`
}

function editorBody(s: EditionEditor, errors: Errors, banner?: SafeHtml): SafeHtml {
  const edition = s.edition
  return html`
    ${editingCrumbs({ text: editionName(edition) })}
    <div id="outcome">${banner ?? ''}</div>
    ${errorSummary(errors)}
    <span class="govuk-caption-l">Edition</span>
    <h1 class="govuk-heading-xl">${editionName(edition)}</h1>
    ${edition.deletedAt ? html`<div class="govuk-inset-text" id="deleted-notice">
        <h2 class="govuk-heading-m">This draft edition is deleted</h2>
        <p class="govuk-body">It was deleted on ${dateTime(edition.deletedAt)}. It is not listed with the draft editions. Restore it to work on it again.</p>
        <button type="button" class="govuk-button govuk-!-margin-bottom-0" data-module="govuk-button" id="restore">Restore this edition</button>
      </div>` : ''}
    ${s.changing ? detailsForm(s, errors) : detailsSummary(edition)}
    ${edition.status === 'PUBLISHED' ? html`<p class="govuk-body"><a class="govuk-link" href="/editions/${edition.slug}">View the published edition</a></p>` : ''}
    ${edition.deletedAt ? '' : html`${initiativesSection(s)}${edition.status === 'DRAFT' ? html`${publishSection(s)}${deleteSection(s)}` : ''}`}`
}

function detailsSummary(edition: EditableEdition): SafeHtml {
  return html`<dl class="govuk-summary-list">
      ${summaryRow('Status', statusTag(edition.status))}
      ${summaryRow('Title', edition.title)}
      ${summaryRow('Label', edition.label)}
      ${summaryRow('Series', edition.series)}
      ${summaryRow('Subtitle', edition.subtitle)}
      ${summaryRow('Publication date', edition.publicationDate ?? (edition.status === 'DRAFT' ? 'Set to the day it is published' : undefined))}
      ${summaryRow('Publisher', edition.publisher)}
      ${summaryRow('Theme', edition.theme)}
      ${summaryRow('Suggestions text', edition.suggestionsText)}
      ${summaryRow('Suggestions email address', edition.suggestionsEmail)}
      ${edition.publishedAt ? summaryRow('Published', dateTime(edition.publishedAt)) : ''}
    </dl>
    ${edition.deletedAt ? '' : html`<button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" id="change-details">Change edition details</button>`}`
}

function detailsForm(s: EditionEditor, errors: Errors): SafeHtml {
  return html`<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
    <h2 class="govuk-heading-l" id="details-heading" tabindex="-1">Change edition details</h2>
    <form id="details-form" novalidate>
      ${DETAIL_IDS.map((id) => textInput({ id, label: EDITION_FIELDS[id].label, hint: EDITION_FIELDS[id].hint, value: s.details[id] ?? '',
        error: errorFor(errors, id), spellcheck: id === 'suggestionsEmail' ? false : undefined, type: id === 'suggestionsEmail' ? 'email' : 'text' }))}
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" data-module="govuk-button">Save details</button>
        <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" id="cancel-details">Cancel</button>
      </div>
    </form>
  </div></div>`
}

function initiativesSection(s: EditionEditor): SafeHtml {
  return html`
    <h2 class="govuk-heading-l">Initiatives (${s.order.length})</h2>
    ${s.order.length ? html`<p class="govuk-body">The order here is the order the edition prints them in. Move them, then save the order.</p>
      ${orderList(s)}
      <p class="govuk-body govuk-visually-hidden" role="status" id="order-status"></p>
      <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" id="save-order">Save the order</button>`
      : html`<p class="govuk-body">This edition has no initiatives yet.</p>`}
    <p class="govuk-body"><a class="govuk-link" href="/editing/editions/${s.edition.slug}/new-initiative">Add a new initiative to this edition</a></p>
    <p class="govuk-body"><a class="govuk-link" href="/editing/editions/${s.edition.slug}/add-existing">Add an initiative already in the directory</a>, with this edition’s text</p>
`
}

function publishSection(s: EditionEditor): SafeHtml {
  return html`<h2 class="govuk-heading-l">Publish</h2>
      ${s.confirming ? html`<div class="govuk-warning-text" id="publish-confirm">
          <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>
            Publishing puts ${editionName(s.edition)} and its ${plural(s.order.length, 'initiative')} on the public pages. You cannot unpublish it here.</strong>
        </div>
        <h3 class="govuk-heading-m" id="publish-question" tabindex="-1">Are you sure you want to publish this edition?</h3>
        <div class="govuk-button-group">
          <button type="button" class="govuk-button" data-module="govuk-button" id="publish-confirmed">Yes, publish the edition</button>
          <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" id="publish-cancel">No, go back</button>
        </div>`
        : html`<p class="govuk-body">Publishing puts the edition and its draft initiatives on the public pages.</p>
        <button type="button" class="govuk-button" data-module="govuk-button" id="publish">Publish edition</button>`}
`
}

function deleteSection(s: EditionEditor): SafeHtml {
  return html`
      <h2 class="govuk-heading-l">Delete</h2>
      ${s.deleting ? html`<div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>
            Deleting takes ${editionName(s.edition)} off the list of draft editions. You can restore it from this page.</strong>
        </div>
        <h3 class="govuk-heading-m" id="delete-question" tabindex="-1">Are you sure you want to delete this draft edition?</h3>
        <div class="govuk-button-group">
          <button type="button" class="govuk-button govuk-button--warning" data-module="govuk-button" id="delete-confirmed">Yes, delete the edition</button>
          <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" id="delete-cancel">No, go back</button>
        </div>`
        : html`<button type="button" class="govuk-button govuk-button--warning" data-module="govuk-button" id="delete">Delete this draft edition</button>`}`
}

/** How a write shows its outcome: draw the page again, say that someone else changed the edition, run one write at a time. */
interface EditorView {
  show: (errors: Errors, banner?: SafeHtml, focus?: string) => void
  conflict: (what: string, more?: SafeHtml) => void
  act: (run: () => Promise<void>) => Promise<void>
}

/** Takes the service's answer to a write as the edition now shown. */
function adopt(s: EditionEditor, data: EditableEdition, response: Response): void {
  s.edition = data
  s.etag = response.headers.get('ETag') ?? s.etag
  s.order = printedOrder(data)
}

/** The writes the editor's buttons send, each with If-Match naming the version shown. */
function editionWrites(s: EditionEditor, { show, conflict, act }: EditorView) {
  const slug = s.slug
  return {
    saveOrder: () => act(async () => {
      const { data, error, response } = await api().PUT('/api/v1/editions/{slug}/order', {
        params: { path: { slug }, header: { 'If-Match': s.etag } }, body: { initiatives: s.order }
      })
      if (data) {
        adopt(s, data, response)
        return show([], successBanner(html`<p class="govuk-notification-banner__heading">The order has been saved.</p>`), '#success-banner')
      }
      if (response.status === 412) return conflict('The order has not been saved.')
      show([{ text: error?.detail ?? `The order could not be saved (the service answered ${response.status}).` }])
    }),
    publish: () => act(async () => {
      const { data, error, response } = await api().POST('/api/v1/editions/{slug}/publish', {
        params: { path: { slug }, header: { 'If-Match': s.etag } }
      })
      if (data) {
        adopt(s, data, response)
        s.confirming = false
        return show([], successBanner(html`<h3 class="govuk-notification-banner__heading">${editionName(s.edition)} has been published</h3>
            <p class="govuk-body"><a class="govuk-notification-banner__link" href="/editions/${s.edition.slug}">View the published edition</a></p>`), '#success-banner')
      }
      s.confirming = false
      if (response.status === 412) return conflict('It has not been published.')
      show([{ text: response.status === 409
        ? (error?.detail ?? 'This edition cannot be published: it is already published or has no initiatives.')
        : (error?.detail ?? `The edition could not be published (the service answered ${response.status}).`) }])
    }),
    saveDetails: () => act(async () => {
      const { data, error, response } = await api().PUT('/api/v1/editions/{slug}', {
        params: { path: { slug }, header: { 'If-Match': s.etag } }, body: editionChanges(s.details)
      })
      if (data) {
        adopt(s, data, response)
        s.details = detailsOf(data)
        s.changing = false
        return show([], successBanner(html`<p class="govuk-notification-banner__heading">The edition’s details have been saved.</p>`), '#success-banner')
      }
      if (response.status === 412) {
        return conflict('Your changes have not been saved.', html`<p class="govuk-body">Your changes are still in the form below. Copy anything you want to keep, then reload the latest version and make your changes again.</p>`)
      }
      if (response.status === 400) return show(problemErrors(error, DETAIL_IDS, describeEditionError))
      show([{ text: error?.detail ?? `The details could not be saved (the service answered ${response.status}).` }])
    }),
    deleteEdition: () => act(async () => {
      const { error, response } = await api().DELETE('/api/v1/editions/{slug}', { params: { path: { slug }, header: { 'If-Match': s.etag } } })
      s.deleting = false
      if (response.ok) {
        return navigateWith('/editing', html`<p class="govuk-notification-banner__heading">${editionName(s.edition)} has been deleted.
            <a class="govuk-notification-banner__link" href="/editing/editions/${slug}">Restore it</a> if you did not mean to.</p>`)
      }
      if (response.status === 412) return conflict('It has not been deleted.')
      show([{ text: error?.detail ?? `The edition could not be deleted (the service answered ${response.status}).` }])
    }),
    restore: () => act(async () => {
      const { data, error, response } = await api().POST('/api/v1/editions/{slug}/restore', { params: { path: { slug }, header: { 'If-Match': s.etag } } })
      if (data) {
        adopt(s, data, response)
        s.details = detailsOf(data)
        return show([], successBanner(html`<p class="govuk-notification-banner__heading">${editionName(s.edition)} has been restored.</p>`), '#success-banner')
      }
      if (response.status === 412) return conflict('It has not been restored.')
      show([{ text: error?.detail ?? `The edition could not be restored (the service answered ${response.status}).` }])
    })
  }
}

/** One edition: its details, its initiatives in order (move up and down, then save), adding one, publishing. */
export async function editionEditorPage(slug: string, search: string): Promise<Page> {
  await requireEditor(`/editing/editions/${slug}${search}`)
  const { data: edition, etag } = await loadEdition(slug)
  const s: EditionEditor = { slug, edition, etag, order: printedOrder(edition), confirming: false, changing: false, details: detailsOf(edition), deleting: false }
  const flash = takeFlash()
  return {
    title: editionName(edition),
    body: editorBody(s, [], flash ? successBanner(flash) : undefined),
    focus: flash ? '#success-banner' : undefined,
    mount: (root) => mountEditionEditor(root, s)
  }
}

function mountEditionEditor(root: HTMLElement, s: EditionEditor): void {
  let busy = false
  const show = (errors: Errors, banner?: SafeHtml, focus?: string) => {
    root.innerHTML = editorBody(s, errors, banner).value
    setTitle(editionName(s.edition), errors.length > 0)
    wire()
    window.dispatchEvent(new Event('gpd:links'))
    if (errors.length) showErrorSummary(root)
    else if (focus) focusOn(root, focus)
  }
  const reload = async (banner: SafeHtml) => {
    const fresh = await loadEdition(s.slug)
    s.edition = fresh.data
    s.etag = fresh.etag
    s.order = printedOrder(s.edition)
    s.details = detailsOf(s.edition)
    s.confirming = false
    s.deleting = false
    show([], banner, '#success-banner')
  }
  const conflict = (what: string, more?: SafeHtml) => show([], importantBanner('conflict-banner', html`
        <h3 class="govuk-notification-banner__heading">Someone else changed this edition after you opened it. ${what}</h3>
        ${more ?? ''}
        <button type="button" class="govuk-button govuk-!-margin-bottom-0" data-module="govuk-button" id="reload-latest">Reload the latest version</button>`), '#conflict-banner')
  const act = async (run: () => Promise<void>) => {
    if (busy) return
    busy = true
    try {
      await run()
    } catch {
      show([{ text: 'The service could not be reached. Check your connection and try again.' }])
    } finally {
      busy = false
    }
  }
  const writes = editionWrites(s, { show, conflict, act })
  /** A button that opens or closes a question or form: set the state, draw again, focus where the reader goes next. */
  const toggle = (id: string, change: () => void, focus: string) =>
    root.querySelector(id)?.addEventListener('click', () => {
      change()
      show([], undefined, focus)
    })
  const wire = () => {
    wireMoves(root, s)
    root.querySelector('#reload-latest')?.addEventListener('click', () => void reload(
      successBanner(html`<p class="govuk-notification-banner__heading">You are now looking at the latest version.</p>`, 'Reloaded')).catch(() =>
      show([{ text: 'The latest version could not be loaded. Check your connection and try again.' }])))
    root.querySelector('#save-order')?.addEventListener('click', () => void writes.saveOrder())
    toggle('#publish', () => (s.confirming = true), '#publish-question')
    toggle('#publish-cancel', () => (s.confirming = false), '#publish')
    root.querySelector('#publish-confirmed')?.addEventListener('click', () => void writes.publish())
    toggle('#change-details', () => {
      s.changing = true
      s.details = detailsOf(s.edition)
    }, '#details-heading')
    toggle('#cancel-details', () => (s.changing = false), '#change-details')
    root.querySelector<HTMLFormElement>('#details-form')?.addEventListener('submit', (e) => {
      e.preventDefault()
      const f = e.target as HTMLFormElement
      s.details = Object.fromEntries(DETAIL_IDS.map((id) => [id, valueOf(f, id)]))
      void writes.saveDetails()
    })
    toggle('#delete', () => (s.deleting = true), '#delete-question')
    toggle('#delete-cancel', () => (s.deleting = false), '#delete')
    root.querySelector('#delete-confirmed')?.addEventListener('click', () => void writes.deleteEdition())
    root.querySelector('#restore')?.addEventListener('click', () => void writes.restore())
  }
  wire()
}

/** Move up and down: redraws only the list, keeps focus on the moved initiative, and says where it went. */
function wireMoves(root: HTMLElement, s: EditionEditor): void {
  root.querySelectorAll<HTMLButtonElement>('[data-move]').forEach((b) => b.addEventListener('click', () => {
    const slug = b.dataset.move as string
    const by = Number(b.dataset.by) as -1 | 1
    s.order = moved(s.order, s.order.indexOf(slug), by)
    ;(root.querySelector('#order') as HTMLElement).outerHTML = orderList(s).value
    window.dispatchEvent(new Event('gpd:links'))
    wireMoves(root, s)
    // keep focus on the same initiative's button, or its other one at either end
    const again = root.querySelector<HTMLButtonElement>(`[data-move="${slug}"][data-by="${by}"]`) ?? root.querySelector<HTMLButtonElement>(`[data-move="${slug}"]`)
    again?.focus()
    const status = root.querySelector('#order-status')
    const name = s.edition.initiatives.find((i) => i.slug === slug)?.title ?? slug
    if (status) status.textContent = `${name} moved to position ${s.order.indexOf(slug) + 1} of ${s.order.length}.${changedOrder(s) ? ' Save the order to keep it.' : ''}`
  }))
}

const INITIATIVE_FIELDS: Record<string, { label: string; blank?: string; hint?: string }> = {
  title: { label: 'Title', blank: 'Enter the title of the initiative' },
  slug: { label: 'Web address name', hint: 'Lower-case words joined by hyphens. Leave empty to make one from the title.' },
  summary: { label: 'Summary (optional)' }
}

export async function newInitiativePage(editionSlug: string): Promise<Page> {
  await requireEditor(`/editing/editions/${editionSlug}/new-initiative`)
  const { data: edition } = await loadEdition(editionSlug)
  const TITLE = 'Add a new initiative'
  const ids = Object.keys(INITIATIVE_FIELDS)
  const body = (v: Record<string, string>, errors: Errors) => html`
    ${editingCrumbs({ href: `/editing/editions/${edition.slug}`, text: editionName(edition) }, { text: TITLE })}
    <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
      ${errorSummary(errors)}
      <span class="govuk-caption-l">${editionName(edition)}</span>
      <h1 class="govuk-heading-xl">${TITLE}</h1>
      <p class="govuk-body">It is added at the end of the edition as a draft. You can then write its sections and choose its drivers of delay.</p>
      <form id="new-initiative-form" novalidate>
        ${ids.map((id) => textInput({ id, label: INITIATIVE_FIELDS[id].label, hint: INITIATIVE_FIELDS[id].hint, value: v[id] ?? '', error: errorFor(errors, id), spellcheck: id === 'slug' ? false : undefined }))}
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" data-module="govuk-button">Add initiative</button>
          <a class="govuk-link" href="/editing/editions/${edition.slug}">Cancel</a>
        </div>
      </form>
    </div></div>`
  return {
    title: `${TITLE} to ${editionName(edition)}`,
    body: body({}, []),
    mount: (root) => {
      let busy = false
      const wire = () => root.querySelector<HTMLFormElement>('#new-initiative-form')?.addEventListener('submit', async (e) => {
        e.preventDefault()
        if (busy) return
        busy = true
        const f = e.target as HTMLFormElement
        const v = Object.fromEntries(ids.map((id) => [id, valueOf(f, id)]))
        const show = (errors: Errors) => {
          redrawWithErrors(root, body(v, errors), `${TITLE} to ${editionName(edition)}`, wire)
        }
        try {
          const sent: NewInitiative = { slug: v.slug || slugify(v.title), title: v.title, ...(v.summary ? { summary: v.summary } : {}), edition: edition.slug }
          const { data, error, response } = await api().POST('/api/v1/initiatives', { body: sent })
          if (data) {
            navigateWith(`/editing/initiatives/${data.slug}`, html`<p class="govuk-notification-banner__heading">Initiative added to ${editionName(edition)} as a draft. Write its sections and choose its drivers of delay, then save.</p>`)
          } else if (response.status === 400) {
            show(unlessDerived(problemErrors(error, ids, describer(INITIATIVE_FIELDS)), v.slug))
          } else if (response.status === 409) {
            show([{ id: 'slug', text: `There is already an initiative called ${sent.slug}: choose another web address name` }])
          } else {
            show([{ text: error?.detail ?? `The initiative could not be added (the service answered ${response.status}).` }])
          }
        } catch {
          show([{ text: 'The initiative could not be added. Check your connection and try again.' }])
        } finally {
          busy = false
        }
      })
      wire()
    }
  }
}
