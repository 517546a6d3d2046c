import { api } from '../api/client'
import type { Problem, Schemas } from '../api/client'
import { describeError, errorFor, Errors, errorSummary, problemErrors, setTitle, showErrorSummary, textarea, textInput, valueOf } from '../forms'
import { html, SafeHtml } from '../html'
import { breadcrumbs, Page } from '../ui'

type NewSuggestion = Schemas['NewSuggestion']
type Receipt = Schemas['SuggestionReceipt']

const TITLE = 'Suggest an initiative'
const MAX_LINKS = 5

interface Values {
  title: string
  description: string
  organisation: string
  area: string
  contactName: string
  contactEmail: string
  links: { title: string; url: string }[]
}

const FIELDS: Record<string, { label: string; blank: string }> = {
  title: { label: 'Name of the initiative', blank: 'Enter the name of the initiative' },
  description: { label: 'Description', blank: 'Enter a description of the initiative' },
  organisation: { label: 'Organisation', blank: 'Enter the organisation that runs the initiative' },
  area: { label: 'Area', blank: 'Enter the area' },
  contactName: { label: 'Your name', blank: 'Enter your name' },
  contactEmail: { label: 'Your email address', blank: 'Enter your email address' }
}

/** In the order the page shows them, which is the order of the error summary. */
function fieldIds(v: Values): string[] {
  return ['title', 'description', 'organisation', 'area', ...v.links.flatMap((_, n) => [`links-${n}-title`, `links-${n}-url`]), 'contactName', 'contactEmail']
}

/** The service's rule, in the words of the GOV.UK error message guidance. */
export function describeSuggestionError(id: string | undefined, message: string): string {
  if (!id) return message
  const link = /^links-(\d+)-(title|url)$/.exec(id)
  if (link) {
    const n = Number(link[1]) + 1
    if (link[2] === 'url') {
      return /URL/.test(message) ? `Enter the web address of link ${n} in the correct format, like https://www.example.gov.uk`
        : describeError(`Web address of link ${n}`, message, `Enter the web address of link ${n}`)
    }
    return describeError(`Title of link ${n}`, message, `Enter the title of link ${n}`)
  }
  if (id === 'contactEmail' && /well-formed/.test(message)) return 'Enter an email address in the correct format, like name@example.com'
  const field = FIELDS[id]
  return describeError(field.label, message, field.blank)
}

/** Seconds (Retry-After) as words: "in 12 minutes", "in 1 hour". */
export function waitWords(seconds: number): string {
  if (seconds < 60) return 'in a minute'
  const minutes = Math.ceil(seconds / 60)
  if (minutes < 90) return `in ${minutes} minute${minutes === 1 ? '' : 's'}`
  const hours = Math.round(minutes / 60)
  return `in ${hours} hour${hours === 1 ? '' : 's'}`
}

function empty(): Values {
  return { title: '', description: '', organisation: '', area: '', contactName: '', contactEmail: '', links: [{ title: '', url: '' }] }
}

function read(form: HTMLFormElement, rows: number): Values {
  return {
    title: valueOf(form, 'title'),
    description: valueOf(form, 'description'),
    organisation: valueOf(form, 'organisation'),
    area: valueOf(form, 'area'),
    contactName: valueOf(form, 'contactName'),
    contactEmail: valueOf(form, 'contactEmail'),
    links: Array.from({ length: rows }, (_, n) => ({ title: valueOf(form, `links-${n}-title`), url: valueOf(form, `links-${n}-url`) }))
  }
}

/** What is sent: optional answers left out, and link rows left wholly empty dropped. */
export function suggestionBody(v: Values): NewSuggestion {
  const links = v.links.filter((l) => l.title || l.url)
  return {
    title: v.title,
    description: v.description,
    organisation: v.organisation,
    ...(v.area ? { area: v.area } : {}),
    contactName: v.contactName,
    contactEmail: v.contactEmail,
    ...(links.length ? { links } : {})
  }
}

function form(v: Values, errors: Errors): SafeHtml {
  const field = (id: keyof typeof FIELDS, extra: Partial<Parameters<typeof textInput>[0]> = {}) =>
    ({ id, label: FIELDS[id].label, value: (v as unknown as Record<string, string>)[id], error: errorFor(errors, id), ...extra })
  return html`
    ${breadcrumbs([{ href: '/', text: 'Home' }, { text: TITLE }])}
    <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
      ${errorSummary(errors)}
      <h1 class="govuk-heading-xl">${TITLE}</h1>
      <p class="govuk-body">Tell the editors about good practice in family justice or children’s social care that the directory does not yet include. They will read every suggestion and may contact you about it.</p>
      <form id="suggest-form" novalidate>
        ${textInput(field('title'))}
        ${textarea(field('description', { hint: 'What it does, who it is for and what difference it has made', rows: 8 }))}
        ${textInput(field('organisation', { label: 'Organisation that runs it', hint: 'For example, a council, trust or charity' }))}
        ${textInput(field('area', { label: 'Area (optional)', hint: 'Where it runs, for example a local authority or region' }))}
        <h2 class="govuk-heading-m">Links (optional)</h2>
        <p class="govuk-body" id="links-hint">Up to ${MAX_LINKS} web pages about the initiative.</p>
        <div id="link-rows">
          ${v.links.map((l, n) => html`<fieldset class="govuk-fieldset govuk-!-margin-bottom-6" aria-describedby="links-hint">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Link ${n + 1}</legend>
            ${textInput({ id: `links-${n}-title`, label: 'Title', value: l.title, error: errorFor(errors, `links-${n}-title`) })}
            ${textInput({ id: `links-${n}-url`, label: 'Web address', value: l.url, type: 'url', spellcheck: false, error: errorFor(errors, `links-${n}-url`) })}
            ${v.links.length > 1 ? html`<button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" data-remove-link="${n}">Remove<span class="govuk-visually-hidden"> link ${n + 1}</span></button>` : ''}
          </fieldset>`)}
        </div>
        ${v.links.length < MAX_LINKS ? html`<button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" id="add-link">Add another link</button>` : ''}
        <h2 class="govuk-heading-m">Your details</h2>
        ${textInput(field('contactName', { autocomplete: 'name', spellcheck: false }))}
        ${textInput(field('contactEmail', { type: 'email', autocomplete: 'email', spellcheck: false, hint: 'The editors will only use this to ask about your suggestion' }))}
        <button type="submit" class="govuk-button" data-module="govuk-button">Send suggestion</button>
      </form>
    </div></div>`
}

function confirmation(receipt: Receipt, v: Values): SafeHtml {
  return html`<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
    <div class="govuk-panel govuk-panel--confirmation">
      <h1 class="govuk-panel__title">Suggestion sent</h1>
      <div class="govuk-panel__body">Your reference<br><strong id="suggestion-reference">${receipt.id}</strong></div>
    </div>
    <h2 class="govuk-heading-m">What happens next</h2>
    <p class="govuk-body">The editors will read your suggestion of ${v.title}. If they add it to the directory, it will appear once they publish it. They may email you at ${v.contactEmail} if they have questions.</p>
    <p class="govuk-body"><a class="govuk-link" href="/suggest">Suggest another initiative</a></p>
    <p class="govuk-body"><a class="govuk-link" href="/initiatives">Search the directory</a></p>
  </div></div>`
}

export function suggestPage(): Page {
  return {
    title: TITLE,
    body: form(empty(), []),
    mount: (root) => {
      let values = empty()
      let sending = false
      const show = (errors: Errors, focus?: string) => {
        root.innerHTML = form(values, errors).value
        setTitle(TITLE, errors.length > 0)
        wire()
        window.dispatchEvent(new Event('gpd:links'))
        if (errors.length) showErrorSummary(root)
        else if (focus) root.querySelector<HTMLElement>(`#${focus}`)?.focus()
      }
      const wire = () => {
        const f = root.querySelector<HTMLFormElement>('#suggest-form')
        if (!f) return
        f.querySelector('#add-link')?.addEventListener('click', () => {
          values = read(f, values.links.length)
          values.links.push({ title: '', url: '' })
          show([], `links-${values.links.length - 1}-title`)
        })
        f.querySelectorAll<HTMLButtonElement>('[data-remove-link]').forEach((b) => b.addEventListener('click', () => {
          values = read(f, values.links.length)
          values.links.splice(Number(b.dataset.removeLink), 1)
          show([], `links-${Math.min(Number(b.dataset.removeLink), values.links.length - 1)}-title`)
        }))
        f.addEventListener('submit', async (e) => {
          e.preventDefault()
          if (sending) return
          sending = true
          values = read(f, values.links.length)
          try {
            const { data, error, response } = await api().POST('/api/v1/suggestions', { body: suggestionBody(values) })
            if (data) {
              root.innerHTML = confirmation(data, values).value
              setTitle('Suggestion sent', false)
              window.dispatchEvent(new Event('gpd:links'))
              const h1 = root.querySelector<HTMLElement>('h1')
              h1?.setAttribute('tabindex', '-1')
              h1?.focus()
            } else if (response.status === 429) {
              const wait = Number.parseInt(response.headers.get('Retry-After') ?? '', 10)
              show([{ text: `You have sent too many suggestions. Try again ${Number.isFinite(wait) ? waitWords(wait) : 'later'}. Your answers are still here.` }])
            } else if (response.status === 400) {
              show(problemErrors(error as Problem, fieldIds(values), describeSuggestionError))
            } else {
              show([{ text: `The suggestion could not be sent (the service answered ${response.status}). Try again later.` }])
            }
          } catch {
            show([{ text: 'The suggestion could not be sent. Check your connection and try again.' }])
          } finally {
            sending = false
          }
        })
      }
      wire()
    }
  }
}
