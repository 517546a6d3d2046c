import { all, api, ApiError, call, callTagged } from '../api/client'
import type { AreaSummary, EditionSummary, Schemas } from '../api/client'
import { autocomplete } from '../autocomplete'
import { errorFor, Errors, errorMessage, errorSummary, describeError, problemErrors, setTitle, showErrorSummary, textarea, textInput } from '../forms'
import { html, SafeHtml } from '../html'
import { requireEditor } from '../session'
import { editionName, Page } from '../ui'
import { editingCrumbs, focusOn, navigateWith, slugify, successBanner, takeFlash } from './common'

type EditableContact = Schemas['EditableAreaContact']

/** What the form holds: the printed fields, the edition, and areas and initiatives by slug. */
interface ContactDraft {
  name: string
  role: string
  organisation: string
  email: string
  phone: string
  note: string
  edition: string
  areas: string[]
  initiatives: string[]
}

const FIELDS = ['name', 'role', 'organisation', 'email', 'phone', 'note', 'edition', 'areas', 'initiatives'] as const
const LABELS: Record<string, string> = {
  name: 'Name', role: 'Role', organisation: 'Organisation', email: 'Email address', phone: 'Phone', note: 'Note',
  edition: 'Edition', areas: 'Areas', initiatives: 'Initiatives'
}

function toDraft(c: EditableContact): ContactDraft {
  return {
    name: c.name ?? '', role: c.role ?? '', organisation: c.organisation ?? '', email: c.email ?? '', phone: c.phone ?? '',
    note: c.note ?? '', edition: c.edition, areas: [...c.areas], initiatives: [...c.initiatives]
  }
}

/** The write: blank fields are absent (null), so clearing a field clears it. */
function toWrite(d: ContactDraft): Schemas['AreaContactChanges'] {
  const orNull = (s: string) => (s.trim() ? s.trim() : null)
  return {
    name: orNull(d.name), role: orNull(d.role), organisation: orNull(d.organisation), email: orNull(d.email),
    phone: orNull(d.phone), note: orNull(d.note), edition: d.edition, areas: d.areas, initiatives: d.initiatives
  }
}

function checkbox(name: string, id: string, value: string, label: string, checked: boolean): SafeHtml {
  return html`<div class="govuk-checkboxes__item">
    <input class="govuk-checkboxes__input" id="${id}" name="${name}" type="checkbox" value="${value}"${checked ? html` checked` : ''}>
    <label class="govuk-label govuk-checkboxes__label" for="${id}">${label}</label></div>`
}

interface Lists {
  editions: EditionSummary[]
  areas: AreaSummary[]
  initiatives: Map<string, string>
}

function form(d: ContactDraft, l: Lists, errors: Errors, isNew: boolean, cancel: string): SafeHtml {
  const areaName = (slug: string) => l.areas.find((a) => a.slug === slug)?.name ?? slug
  const editionError = errorFor(errors, 'edition')
  const areaError = errorFor(errors, 'areas')
  return html`<form id="contact-form" novalidate>
    ${textInput({ id: 'name', label: 'Name (optional)', labelClass: 'govuk-label--s', hint: 'As the edition prints it. Leave blank for a team or a shared inbox.', value: d.name, autocomplete: 'off', error: errorFor(errors, 'name') })}
    ${textInput({ id: 'role', label: 'Role (optional)', labelClass: 'govuk-label--s', value: d.role, error: errorFor(errors, 'role') })}
    ${textInput({ id: 'organisation', label: 'Organisation (optional)', labelClass: 'govuk-label--s', hint: 'A name the directory does not know yet is added', value: d.organisation, autocomplete: 'off', error: errorFor(errors, 'organisation') })}
    ${textInput({ id: 'email', label: 'Email address (optional)', labelClass: 'govuk-label--s', type: 'email', value: d.email, autocomplete: 'off', spellcheck: false, error: errorFor(errors, 'email') })}
    ${textInput({ id: 'phone', label: 'Phone (optional)', labelClass: 'govuk-label--s', hint: 'As printed, for example “0161 234 5678 or 07700 900123”', value: d.phone, inputClass: 'govuk-!-width-two-thirds', autocomplete: 'off', error: errorFor(errors, 'phone') })}
    <div class="govuk-form-group${editionError ? ' govuk-form-group--error' : ''}">
      <label class="govuk-label govuk-label--s" for="edition">Edition</label>
      <div class="govuk-hint" id="edition-hint">The edition that prints this contact: it is public once that edition is published</div>
      ${errorMessage('edition', editionError)}
      <select class="govuk-select gpd-wide-select${editionError ? ' govuk-select--error' : ''}" id="edition" name="edition" aria-describedby="edition-hint${editionError ? ' edition-error' : ''}">
        <option value="">Choose an edition</option>
        ${l.editions.map((e) => html`<option value="${e.slug}"${e.slug === d.edition ? html` selected` : ''}>${editionName(e)}${e.status === 'DRAFT' ? ' (draft)' : ''}</option>`)}
      </select>
    </div>
    <div class="govuk-form-group${areaError ? ' govuk-form-group--error' : ''}">
      <fieldset class="govuk-fieldset" aria-describedby="areas-hint${areaError ? ' areas-error' : ''}">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Areas</legend>
        <div class="govuk-hint" id="areas-hint">The areas the contact is for. ${d.areas.length ? 'Untick an area to remove it.' : 'None chosen yet.'}</div>
        ${errorMessage('areas', areaError)}
        ${d.areas.length ? html`<div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          ${d.areas.map((a) => checkbox('areas', `areas-${a}`, a, areaName(a), true))}</div>` : ''}
        <div class="govuk-form-group govuk-!-margin-top-4 govuk-!-margin-bottom-0">
          <label class="govuk-label" for="add-area">Add an area (optional)</label>
          <div class="govuk-hint" id="add-area-hint">Type part of its name and choose it from the list; it is added above</div>
          <div data-autocomplete="add-area"><input class="govuk-input" id="add-area" type="text" aria-describedby="add-area-hint" autocomplete="off"></div>
        </div>
      </fieldset>
    </div>
    <div class="govuk-form-group${errorFor(errors, 'initiatives') ? ' govuk-form-group--error' : ''}">
      <fieldset class="govuk-fieldset" aria-describedby="initiatives-hint">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Contact for</legend>
        <div class="govuk-hint" id="initiatives-hint">${d.initiatives.length ? 'The initiatives this contact works on. Untick one to unlink it.' : 'No initiatives are linked. Link one from its editing page.'}</div>
        ${errorMessage('initiatives', errorFor(errors, 'initiatives'))}
        ${d.initiatives.length ? html`<div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          ${d.initiatives.map((i) => checkbox('initiatives', `initiatives-${i}`, i, l.initiatives.get(i) ?? i, true))}</div>` : ''}
      </fieldset>
    </div>
    ${textarea({ id: 'note', label: 'Note (optional)', labelClass: 'govuk-label--s', hint: 'What the source printed where it is unreadable or inconsistent', value: d.note, rows: 3, error: errorFor(errors, 'note') })}
    <div class="govuk-button-group">
      <button type="submit" class="govuk-button" data-module="govuk-button">${isNew ? 'Create contact' : 'Save changes'}</button>
      <a class="govuk-link" href="${cancel}" id="cancel">Cancel</a>
    </div>
  </form>`
}

function read(f: HTMLFormElement, before: ContactDraft): ContactDraft {
  const v = (id: string) => (f.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`#${id}`)?.value ?? '')
  const checked = (name: string) => [...f.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((c) => c.value)
  return {
    name: v('name'), role: v('role'), organisation: v('organisation'), email: v('email'), phone: v('phone'), note: v('note'),
    edition: v('edition'), areas: checked('areas'), initiatives: before.initiatives.filter((i) => checked('initiatives').includes(i))
  }
}

function errorsOf(e: unknown): Errors {
  if (e instanceof ApiError && e.status === 400) {
    return problemErrors(e.problem, FIELDS, (id, m) => describeError(LABELS[id ?? ''] ?? 'This contact', m,
      id === 'edition' ? 'Choose the edition that prints this contact' : undefined))
  }
  if (e instanceof ApiError && e.status === 412) {
    return [{ text: 'Someone else saved this contact after you opened it, so your changes have not been saved. Reload the page to see their version, then make your changes again.' }]
  }
  if (e instanceof ApiError) return [{ text: e.problem?.detail ?? `The contact could not be saved (the service answered ${e.status}).` }]
  return [{ text: 'The contact could not be saved. Check your connection and try again.' }]
}

async function lists(initiativeSlugs: string[]): Promise<Lists> {
  const [editions, areas, initiatives] = await Promise.all([
    call(api().GET('/api/v1/editions', { params: { query: { status: 'ANY', pageSize: 100 } } })).then((p) => p.results),
    all((page) => call(api().GET('/api/v1/areas', { params: { query: { page, pageSize: 100 } } }))),
    Promise.all(initiativeSlugs.map((slug) => call(api().GET('/api/v1/initiatives/{slug}/editable', { params: { path: { slug } }, cache: 'no-store' }))
      .then((i) => [slug, i.title] as const, () => [slug, slug] as const)))
  ])
  return { editions, areas, initiatives: new Map(initiatives) }
}

/**
 * One contact's form, for a new contact (`/editing/contacts/new`, from an initiative's editing page
 * with `?initiative=` to link it to that initiative) or an existing one (`/editing/contacts/{slug}`).
 */
function contactPage(o: { title: string; caption: string; crumbs: SafeHtml; draft: ContactDraft; lists: Lists; isNew: boolean; cancel: string;
  save: (d: ContactDraft) => Promise<void> }): Page {
  let draft = o.draft
  const flash = takeFlash()
  const body = (errors: Errors) => html`
    ${o.crumbs}
    <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
      ${errorSummary(errors)}
      ${flash && errors.length === 0 ? successBanner(flash) : ''}
      <span class="govuk-caption-l">${o.caption}</span>
      <h1 class="govuk-heading-xl">${o.title}</h1>
      ${form(draft, o.lists, errors, o.isNew, o.cancel)}
    </div></div>`
  return {
    title: o.title,
    body: body([]),
    focus: flash ? '#success-banner' : undefined,
    mount: (root) => {
      let busy = false
      const show = (errors: Errors, focus?: string) => {
        root.innerHTML = body(errors).value
        setTitle(o.title, errors.length > 0)
        wire()
        window.dispatchEvent(new Event('gpd:links'))
        if (errors.length) showErrorSummary(root)
        else if (focus) focusOn(root, focus)
      }
      const wire = () => {
        const f = root.querySelector<HTMLFormElement>('#contact-form') as HTMLFormElement
        const picker = f.querySelector<HTMLElement>('[data-autocomplete="add-area"]')
        if (picker) {
          void autocomplete({
            container: picker, id: 'add-area', clearAfterChoice: true,
            search: async (q) => (await call(api().GET('/api/v1/areas', { params: { query: { q, pageSize: 20 } } }))).results,
            onChange: (area) => {
              if (!area) return
              draft = read(f, draft)
              if (!draft.areas.includes(area.slug)) draft.areas.push(area.slug)
              if (!o.lists.areas.some((a) => a.slug === area.slug)) o.lists.areas.push(area as AreaSummary)
              show([], '#add-area')
            }
          })
        }
        f.addEventListener('submit', async (e) => {
          e.preventDefault()
          if (busy) return
          busy = true
          draft = read(f, draft)
          const errors: Errors = []
          if (!draft.edition) errors.push({ id: 'edition', text: 'Choose the edition that prints this contact' })
          if (![draft.name, draft.organisation, draft.email, draft.phone].some((s) => s.trim())) {
            errors.push({ id: 'name', text: 'Enter a name, an organisation, an email address or a phone number' })
          }
          try {
            if (errors.length) return show(errors)
            await o.save(draft)
          } catch (err) {
            show(errorsOf(err))
          } finally {
            busy = false
          }
        })
      }
      wire()
    }
  }
}

/** Where to go after saving: back to the initiative the editor came from, or to the contact. */
function after(initiative: string | null, slug: string, words: SafeHtml): void {
  navigateWith(initiative ? `/editing/initiatives/${initiative}` : `/editing/contacts/${slug}`, words)
}

export async function newContactPage(search: string): Promise<Page> {
  await requireEditor(`/editing/contacts/new${search}`)
  const params = new URLSearchParams(search)
  const initiative = params.get('initiative')
  const l = await lists(initiative ? [initiative] : [])
  // a contact for an initiative is printed where the initiative is: its latest edition, its areas
  let edition = params.get('edition') ?? ''
  let areas: string[] = []
  if (initiative) {
    const i = await call(api().GET('/api/v1/initiatives/{slug}/editable', { params: { path: { slug: initiative } }, cache: 'no-store' }))
    edition ||= i.appearances.at(-1)?.edition ?? ''
    areas = [...i.areas]
  }
  const crumbs = initiative
    ? editingCrumbs({ href: `/editing/initiatives/${initiative}`, text: l.initiatives.get(initiative) ?? initiative }, { text: 'New contact' })
    : editingCrumbs({ text: 'New contact' })
  return contactPage({
    title: 'Create a contact', caption: initiative ? `Contact for ${l.initiatives.get(initiative) ?? initiative}` : 'Area contacts', crumbs, lists: l, isNew: true,
    cancel: initiative ? `/editing/initiatives/${initiative}` : '/editing',
    draft: { name: '', role: '', organisation: '', email: '', phone: '', note: '', edition, areas, initiatives: initiative ? [initiative] : [] },
    save: async (d) => {
      const base = slugify(d.name || d.organisation || d.email.split('@')[0] || 'contact') || 'contact'
      // the slug comes from the name: a namesake already in the directory gets a number
      for (let n = 1; ; n++) {
        const slug = n === 1 ? base : `${base}-${n}`
        const { error, response } = await api().POST('/api/v1/area-contacts', { body: { slug, ...toWrite(d) } as Schemas['NewAreaContact'] })
        if (response.ok) {
          return after(initiative, slug, html`<p class="govuk-notification-banner__heading">Contact ${d.name || d.organisation || d.email || slug} created${initiative ? ' and linked to this initiative' : ''}.</p>`)
        }
        if (response.status !== 409 || n >= 20) throw new ApiError(response.status, error as Schemas['Problem'], response.headers)
      }
    }
  })
}

export async function editContactPage(slug: string, search: string): Promise<Page> {
  await requireEditor(`/editing/contacts/${slug}${search}`)
  const initiative = new URLSearchParams(search).get('initiative')
  const loaded = await callTagged(api().GET('/api/v1/area-contacts/{slug}/editable', { params: { path: { slug } }, cache: 'no-store' }))
  const l = await lists(loaded.data.initiatives)
  const name = loaded.data.name || loaded.data.organisation || loaded.data.email || slug
  const crumbs = initiative
    ? editingCrumbs({ href: `/editing/initiatives/${initiative}`, text: l.initiatives.get(initiative) ?? initiative }, { text: name })
    : editingCrumbs({ href: '/contacts', text: 'Area contacts' }, { text: name })
  let etag = loaded.etag
  return contactPage({
    title: name, caption: 'Edit contact', crumbs, lists: l, isNew: false,
    cancel: initiative ? `/editing/initiatives/${initiative}` : '/contacts', draft: toDraft(loaded.data),
    save: async (d) => {
      const { data, error, response } = await api().PUT('/api/v1/area-contacts/{slug}', {
        params: { path: { slug }, header: { 'If-Match': etag } }, body: toWrite(d)
      })
      if (!response.ok || !data) throw new ApiError(response.status, error as Schemas['Problem'], response.headers)
      etag = response.headers.get('ETag') ?? etag
      after(initiative, slug, html`<p class="govuk-notification-banner__heading">Contact ${data.name || data.organisation || data.email || slug} saved.</p>`)
    }
  })
}
