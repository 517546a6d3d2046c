import { ErrorSummary } from 'govuk-frontend'
import type { Problem } from './api/client'
import { html, SafeHtml } from './html'
import { SERVICE } from './ui'

/**
 * GOV.UK form pieces: fields with their labels, hints and inline errors, and the error summary.
 * The service validates; these only show what it said, next to the field it names.
 */

/** One error: the id of the field it belongs to (if any) and the message to show. */
export interface FieldError {
  id?: string
  text: string
}

export type Errors = FieldError[]

export function errorFor(errors: Errors, id: string): string | undefined {
  return errors.find((e) => e.id === id)?.text
}

/** "/links/0/url" → ["links", "0", "url"] (RFC 6901 unescaping). */
export function pointerParts(pointer: string): string[] {
  return pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/**
 * The field a JSON Pointer names. Field ids are the pointer's parts joined by "-"; a pointer into a
 * field's inside (a block of a section) names the field, and a pointer to a row (a link) names its
 * first field.
 */
export function fieldForPointer(pointer: string, ids: readonly string[]): string | undefined {
  const parts = pointerParts(pointer)
  for (let n = parts.length; n > 0; n--) {
    const id = parts.slice(0, n).join('-')
    if (ids.includes(id)) return id
    const first = ids.find((i) => i.startsWith(`${id}-`))
    if (first) return first
  }
  return undefined
}

const BLANK = /^must not be (blank|empty|null)$/

/**
 * The service's 400 problem as GOV.UK errors: one per field, in the order the fields appear.
 * `describe` turns a field id and the service's message into the words to show; `resolve` finds
 * the field a pointer names (by default, the field whose id is the pointer's parts joined by "-").
 */
export function problemErrors(
  problem: Problem | undefined,
  ids: readonly string[],
  describe: (id: string | undefined, message: string, pointer: string) => string,
  resolve: (pointer: string) => string | undefined = (p) => fieldForPointer(p, ids)
): Errors {
  const seen = new Set<string>()
  const errors: Errors = []
  // of several rules a field breaks, "missing" is the one to tell
  const all = [...(problem?.errors ?? [])].sort((a, b) => Number(BLANK.test(b.message)) - Number(BLANK.test(a.message)))
  for (const e of all) {
    const pointer = e.pointer ?? e.parameter ?? ''
    const id = e.pointer !== undefined ? resolve(e.pointer) : undefined
    const key = id ?? `${pointer}:${e.message}`
    if (seen.has(key)) continue // one message per field, as GOV.UK asks
    seen.add(key)
    errors.push({ id, text: describe(id, e.message, pointer) })
  }
  if (errors.length === 0) errors.push({ text: problem?.detail ?? 'The service could not accept this. Check your answers and try again.' })
  return errors.sort((a, b) => (a.id ? ids.indexOf(a.id) : ids.length) - (b.id ? ids.indexOf(b.id) : ids.length))
}

/** A field's error in GOV.UK words: "Enter …" for a missing answer, else the label and the rule. */
export function describeError(label: string, message: string, blank?: string): string {
  if (BLANK.test(message)) return blank ?? `Enter ${label.charAt(0).toLowerCase()}${label.slice(1)}`
  return `${label} ${message}`
}

export function errorSummary(errors: Errors): SafeHtml {
  if (errors.length === 0) return html``
  return html`<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert">
    <h2 class="govuk-error-summary__title">There is a problem</h2>
    <div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">
      ${errors.map((e) => html`<li>${e.id ? html`<a href="#${e.id}">${e.text}</a>` : e.text}</li>`)}
    </ul></div></div></div>`
}

/** Moves focus to the error summary (GOV.UK's own script), whose links move focus to their fields. */
/**
 * Draws a form page again with what went wrong (GOV.UK pattern): the title starts "Error:", the
 * form's handlers and the page's links are wired again, and the error summary takes focus.
 */
export function redrawWithErrors(root: HTMLElement, page: SafeHtml, title: string, wire: () => void): void {
  root.innerHTML = page.value
  setTitle(title, true)
  wire()
  window.dispatchEvent(new Event('gpd:links'))
  showErrorSummary(root)
}

export function showErrorSummary(root: HTMLElement): void {
  const summary = root.querySelector('.govuk-error-summary')
  if (summary) new ErrorSummary(summary)
}

export function errorMessage(id: string, text: string | undefined): SafeHtml {
  return text ? html`<p id="${id}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${text}</p>` : html``
}

export interface FieldOptions {
  id: string
  name?: string
  label: string
  /** Larger label for a field that is the page's only question */
  labelClass?: string
  hint?: string | SafeHtml
  value?: string
  error?: string
  type?: string
  autocomplete?: string
  inputClass?: string
  spellcheck?: boolean
  rows?: number
  /** The id of a datalist of suggestions */
  list?: string
}

function describedBy(o: FieldOptions): SafeHtml {
  const ids = [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ')
  return ids ? html` aria-describedby="${ids}"` : html``
}

function group(o: FieldOptions, control: SafeHtml): SafeHtml {
  return html`<div class="govuk-form-group${o.error ? ' govuk-form-group--error' : ''}">
    <label class="govuk-label${o.labelClass ? ` ${o.labelClass}` : ''}" for="${o.id}">${o.label}</label>
    ${o.hint ? html`<div id="${o.id}-hint" class="govuk-hint">${o.hint}</div>` : ''}
    ${errorMessage(o.id, o.error)}
    ${control}
  </div>`
}

export function textInput(o: FieldOptions): SafeHtml {
  return group(o, html`<input class="govuk-input${o.inputClass ? ` ${o.inputClass}` : ''}${o.error ? ' govuk-input--error' : ''}" id="${o.id}" name="${o.name ?? o.id}"
    type="${o.type ?? 'text'}" value="${o.value ?? ''}"${o.list ? html` list="${o.list}"` : ''}${o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ''}${o.spellcheck === false ? html` spellcheck="false"` : ''}${describedBy(o)}>`)
}

export function textarea(o: FieldOptions): SafeHtml {
  return group(o, html`<textarea class="govuk-textarea${o.inputClass ? ` ${o.inputClass}` : ''}${o.error ? ' govuk-textarea--error' : ''}" id="${o.id}" name="${o.name ?? o.id}"
    rows="${o.rows ?? 5}"${o.spellcheck === false ? html` spellcheck="false"` : ''}${describedBy(o)}>${o.value ?? ''}</textarea>`)
}

/** The value of a named field in a form ('' when absent), trimmed. */
export function valueOf(form: HTMLFormElement, name: string): string {
  const el = form.elements.namedItem(name)
  return el && 'value' in el ? String(el.value).trim() : ''
}

/** "Error: " before the page title while a form shows errors, so screen readers hear it first. */
export function setTitle(title: string, hasErrors: boolean): void {
  document.title = `${hasErrors ? 'Error: ' : ''}${title} – ${SERVICE}`
}
