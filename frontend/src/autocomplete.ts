import { escape, html, SafeHtml } from './html'

/** Something to choose: shown by its name, sent by its slug. */
export interface Choice {
  slug: string
  name: string
}

export interface AutocompleteOptions {
  /** Replaced by the autocomplete; the placeholder input inside it keeps its id, label and hint */
  container: HTMLElement
  id: string
  /** Names that match what was typed, from the API */
  search: (query: string) => Promise<Choice[]>
  /** What the field shows when the page opens */
  selected?: Choice
  /** Called with the chosen option, or undefined when the text no longer names one */
  onChange: (choice: Choice | undefined) => void
  /** Empty the field after each choice (for adding several, one at a time) */
  clearAfterChoice?: boolean
}

/**
 * GOV.UK's accessible autocomplete (alphagov/accessible-autocomplete) over an API search: a text
 * field whose suggestions a screen reader announces and a keyboard can walk. The library is loaded
 * only on the pages that use it.
 */
export async function autocomplete(o: AutocompleteOptions): Promise<void> {
  const [{ default: accessibleAutocomplete }] = await Promise.all([
    import('accessible-autocomplete'),
    import('accessible-autocomplete/dist/accessible-autocomplete.min.css')
  ])
  const placeholder = o.container.querySelector<HTMLInputElement>(`#${o.id}`)
  const describedBy = placeholder?.getAttribute('aria-describedby')
  const hadFocus = !!placeholder && document.activeElement === placeholder
  const inputClasses = placeholder?.classList.contains('govuk-input--error') ? 'govuk-input--error' : undefined
  o.container.innerHTML = ''
  let latest = 0
  accessibleAutocomplete({
    element: o.container,
    id: o.id,
    name: `${o.id}-text`,
    defaultValue: o.selected?.name ?? '',
    minLength: 2,
    showNoOptionsFound: true,
    inputClasses,
    source: (query: string, populate: (results: Choice[]) => void) => {
      const token = ++latest
      o.search(query).then((results) => {
        if (token === latest) populate(results)
      }, () => populate([]))
    },
    templates: {
      inputValue: (c?: Choice | string) => (typeof c === 'string' ? c : c?.name ?? ''),
      // the library inserts this as HTML
      suggestion: (c?: Choice | string) => escape(typeof c === 'string' ? c : c?.name ?? '')
    },
    onConfirm: (c?: Choice) => {
      if (!c) return
      o.onChange(c)
      if (o.clearAfterChoice) {
        window.setTimeout(() => {
          const input = o.container.querySelector<HTMLInputElement>(`#${o.id}`)
          if (input) input.value = ''
        })
      }
    }
  })
  const input = o.container.querySelector<HTMLInputElement>(`#${o.id}`)
  if (!input) return
  if (hadFocus) input.focus()
  if (describedBy) input.setAttribute('aria-describedby', `${describedBy} ${input.getAttribute('aria-describedby') ?? ''}`.trim())
  // typing after a choice means the choice no longer stands until a suggestion is confirmed again
  if (!o.clearAfterChoice) input.addEventListener('input', () => o.onChange(undefined))
}

/**
 * An organisation filter field: a text field (made an autocomplete by `mountOrganisationPicker`)
 * and the hidden field the form sends, holding the chosen organisation's slug.
 */
export function organisationPicker(o: { id: string; name: string; label: string; hint?: string; selected?: Choice; labelClass?: string }): SafeHtml {
  return html`<div class="govuk-form-group">
    <label class="govuk-label ${o.labelClass ?? 'govuk-label--s'}" for="${o.id}">${o.label}</label>
    ${o.hint ? html`<div class="govuk-hint" id="${o.id}-hint">${o.hint}</div>` : ''}
    <div data-autocomplete="${o.id}"><input class="govuk-input" id="${o.id}" type="text" value="${o.selected?.name ?? ''}"${o.hint ? html` aria-describedby="${o.id}-hint"` : ''} autocomplete="off"></div>
    <input type="hidden" name="${o.name}" value="${o.selected?.slug ?? ''}" data-autocomplete-value="${o.id}">
  </div>`
}

export function mountOrganisationPicker(root: HTMLElement, id: string, search: (q: string) => Promise<Choice[]>, selected?: Choice): Promise<void> {
  const container = root.querySelector<HTMLElement>(`[data-autocomplete="${id}"]`)
  const value = root.querySelector<HTMLInputElement>(`[data-autocomplete-value="${id}"]`)
  if (!container || !value) return Promise.resolve()
  return autocomplete({ container, id, search, selected, onChange: (c) => { value.value = c?.slug ?? '' } })
}
