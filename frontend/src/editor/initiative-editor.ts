import { all, api, ApiError, call, callTagged } from '../api/client'
import type { AreaContact, AreaSummary, DelayDriver, EditionSummary, OrganisationRef, Schemas } from '../api/client'
import { errorFor, Errors, errorSummary, errorMessage, problemErrors, setTitle, showErrorSummary, textarea, textInput } from '../forms'
import { html, SafeHtml } from '../html'
import { requireEditor, whoAmI } from '../session'
import { editionName, Page } from '../ui'
import { autocomplete } from '../autocomplete'
import { editingCrumbs, focusOn, importantBanner, statusTag, successBanner, takeFlash } from './common'
import type { EditableInitiative } from './contract'
import { suggestedLinks } from './add-existing'

type Link = Schemas['Link']
import { AppearanceDraft, Change, changesSince, describeEditorError, fieldForEditorPointer, fieldIds, InitiativeDraft, toDraft, toWrite } from './initiative-form'

interface Lists {
  drivers: DelayDriver[]
  areas: AreaSummary[]
  organisations: OrganisationRef[]
  contacts: AreaContact[]
  editions: EditionSummary[]
}

async function lists(): Promise<Lists> {
  const [drivers, areas, organisations, contacts, editions] = await Promise.all([
    call(api().GET('/api/v1/delay-drivers', { params: { query: { pageSize: 100 } } })).then((p) => p.results),
    all((page) => call(api().GET('/api/v1/areas', { params: { query: { page, pageSize: 100 } } }))),
    all((page) => call(api().GET('/api/v1/organisations', { params: { query: { page, pageSize: 100 } } }))),
    // ANY: a contact made for a draft edition can be linked before the edition is published
    all((page) => call(api().GET('/api/v1/area-contacts', { params: { query: { status: 'ANY', page, pageSize: 100 } } }))),
    call(api().GET('/api/v1/editions', { params: { query: { status: 'ANY', pageSize: 100 } } })).then((p) => p.results)
  ])
  return { drivers, areas, organisations, contacts, editions }
}

async function load(slug: string): Promise<{ data: EditableInitiative; etag: string }> {
  return callTagged(api().GET('/api/v1/initiatives/{slug}/editable', { params: { path: { slug } }, cache: 'no-store' }))
}

const SECTION_HINT = 'Leave a blank line between paragraphs. Start a list item with “- ” (bullets) or “1. ” (numbers); indent it by 2 spaces to put it under the item above.'

/** Enough rows to show a section's text without scrolling, within reason. */
function textRows(text: string): number {
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 80)), 0)
  return Math.min(Math.max(lines + 1, 4), 30)
}

function checkbox(name: string, id: string, value: string, label: string | SafeHtml, checked: boolean): SafeHtml {
  return html`<div class="govuk-checkboxes__item">
    <input class="govuk-checkboxes__input" id="${id}" name="${name}" type="checkbox" value="${value}"${checked ? html` checked` : ''}>
    <label class="govuk-label govuk-checkboxes__label" for="${id}">${label}</label></div>`
}

function contactName(c: AreaContact | undefined, slug: string): string {
  if (!c) return slug
  return [c.name ?? c.organisation?.name ?? c.email ?? slug, c.role, c.edition.label].filter(Boolean).join(', ')
}

/**
 * Per driver the matrix does not tick, an optional editors' judgement: a box that reveals a
 * required reason (GOV.UK conditional reveal). A driver the matrix ticks is hidden here unless the
 * editors already judged it too, which the service refuses and the error then points at.
 */
function editorialFields(a: AppearanceDraft, ai: number, l: Lists, errors: Errors, edName: string): SafeHtml {
  const id = (rest: string) => `appearances-${ai}-${rest}`
  return html`<div class="govuk-form-group">
      <fieldset class="govuk-fieldset" aria-describedby="${id('editorial-hint')}">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m"><h3 class="govuk-fieldset__heading">Editors’ judgement<span class="govuk-visually-hidden"> in ${edName}</span></h3></legend>
        <div class="govuk-hint" id="${id('editorial-hint')}">For a driver this edition’s matrix does not tick: tick it if the editors judge that it applies, and say why. The initiative’s page lists it under “Editors’ later judgement” with your reason.</div>
        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          ${l.drivers.map((dr) => {
            const row = a.editorial.find((e) => e.driver === dr.slug)
            const box = id(`editorial-${dr.slug}`)
            const hidden = a.printed.includes(dr.slug) && !row
            return html`<div class="govuk-checkboxes__item" data-editorial="${ai}" data-driver="${dr.slug}"${hidden ? html` hidden` : ''}>
              <input class="govuk-checkboxes__input" id="${box}" name="${id('editorial')}" type="checkbox" value="${dr.slug}"${row ? html` checked` : ''}
                aria-controls="${box}-conditional" aria-expanded="${row ? 'true' : 'false'}">
              <label class="govuk-label govuk-checkboxes__label" for="${box}">${dr.label}</label></div>
            <div class="govuk-checkboxes__conditional${row ? '' : ' govuk-checkboxes__conditional--hidden'}" id="${box}-conditional">
              ${textarea({ id: `${box}-rationale`, label: `Why “${dr.label}” applies`, value: row?.rationale ?? '', rows: 3, error: errorFor(errors, `${box}-rationale`) })}
            </div>`
          })}
        </div>
      </fieldset>
    </div>`
}

function appearanceFields(a: AppearanceDraft, ai: number, l: Lists, errors: Errors, edName: string): SafeHtml {
  const id = (rest: string) => `appearances-${ai}-${rest}`
  return html`<section class="govuk-!-margin-top-8" aria-labelledby="${id('heading')}">
    <h2 class="govuk-heading-l" id="${id('heading')}">As published in ${edName}</h2>
    ${textInput({ id: id('title'), label: 'Title in this edition', value: a.title, error: errorFor(errors, id('title')) })}
    ${textInput({ id: id('matrixTitle'), label: 'Title in this edition’s matrix (optional)', hint: 'Only if the matrix prints a shorter title', value: a.matrixTitle, error: errorFor(errors, id('matrixTitle')) })}
    ${textarea({ id: id('summary'), label: 'Summary in this edition (optional)', value: a.summary, rows: 3, error: errorFor(errors, id('summary')) })}

    <h3 class="govuk-heading-m">Sections</h3>
    <details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">How to write paragraphs and lists</span></summary>
      <div class="govuk-details__text">
        <p class="govuk-body">${SECTION_HINT}</p>
        <pre class="gpd-example">The programme offers:

- peer support
- training for carers
  1. first step
  2. second step</pre>
        <p class="govuk-body">To start a paragraph with “- ” or a number and a full stop, put a backslash (\\) before it.</p>
      </div></details>
    ${a.sections.map((s, si) => html`<fieldset class="govuk-fieldset gpd-repeat">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Section ${si + 1}</legend>
      ${textInput({ id: id(`sections-${si}-heading`), label: 'Heading', value: s.heading, error: errorFor(errors, id(`sections-${si}-heading`)) })}
      ${textarea({ id: id(`sections-${si}-blocks`), label: 'Text', hint: SECTION_HINT, value: s.text, rows: textRows(s.text), error: errorFor(errors, id(`sections-${si}-blocks`)) })}
      <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" data-remove-section="${ai}-${si}">Remove<span class="govuk-visually-hidden"> section ${si + 1} (${s.heading || 'no heading'})</span></button>
    </fieldset>`)}
    <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" data-add-section="${ai}">Add a section<span class="govuk-visually-hidden"> to ${edName}</span></button>

    <h3 class="govuk-heading-m">Helpful links</h3>
    ${a.links.length === 0 ? html`<p class="govuk-body">No links.</p>` : ''}
    ${a.links.map((k, li) => html`<fieldset class="govuk-fieldset gpd-repeat">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Link ${li + 1}</legend>
      ${textInput({ id: id(`links-${li}-title`), label: 'Title', value: k.title, error: errorFor(errors, id(`links-${li}-title`)) })}
      ${textInput({ id: id(`links-${li}-url`), label: 'Web address (optional)', hint: 'Leave empty if the source does not give it', value: k.url, type: 'url', spellcheck: false, error: errorFor(errors, id(`links-${li}-url`)) })}
      ${textInput({ id: id(`links-${li}-note`), label: 'Note (optional)', value: k.note, error: errorFor(errors, id(`links-${li}-note`)) })}
      <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" data-remove-link="${ai}-${li}">Remove<span class="govuk-visually-hidden"> link ${li + 1} (${k.title || 'no title'})</span></button>
    </fieldset>`)}
    <button type="button" class="govuk-button govuk-button--secondary" data-module="govuk-button" data-add-link="${ai}">Add a link<span class="govuk-visually-hidden"> to ${edName}</span></button>

    <div class="govuk-form-group">
      <fieldset class="govuk-fieldset" aria-describedby="${id('drivers-hint')}">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--m"><h3 class="govuk-fieldset__heading">Drivers of delay in this edition’s matrix</h3></legend>
        <div class="govuk-hint" id="${id('drivers-hint')}">Tick each driver the edition’s printed matrix maps this initiative to.</div>
        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          ${l.drivers.map((dr) => checkbox(id('drivers'), id(`drivers-${dr.slug}`), dr.slug, dr.label, a.printed.includes(dr.slug)))}
        </div>
      </fieldset>
    </div>
    ${editorialFields(a, ai, l, errors, edName)}
  </section>`
}

function form(slug: string, status: string, d: InitiativeDraft, l: Lists, errors: Errors, edName: (s: string) => string, suggested: Link[]): SafeHtml {
  const byContact = new Map(l.contacts.map((c) => [c.slug, c]))
  const areaName = (slug: string) => l.areas.find((x) => x.slug === slug)?.name ?? slug
  const areaError = errors.find((e) => e.id === 'areas' || e.id?.startsWith('areas-'))?.text
  const contactError = errors.find((e) => e.id === 'add-contact' || e.id?.startsWith('contacts-'))?.text
  return html`<form id="initiative-form" novalidate>
    ${textInput({ id: 'title', label: 'Title', labelClass: 'govuk-label--s', value: d.title, error: errorFor(errors, 'title') })}
    ${textarea({ id: 'summary', label: 'Summary (optional)', labelClass: 'govuk-label--s', hint: 'One or two sentences for lists and search results', value: d.summary, rows: 3, error: errorFor(errors, 'summary') })}
    <div class="govuk-form-group${errorFor(errors, 'status') ? ' govuk-form-group--error' : ''}">
      <fieldset class="govuk-fieldset" aria-describedby="status-hint${errorFor(errors, 'status') ? ' status-error' : ''}">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Status</legend>
        <div class="govuk-hint" id="status-hint">Currently ${statusTag(status)}. An initiative in a draft edition is published with its edition.</div>
        ${errorMessage('status', errorFor(errors, 'status'))}
        <div class="govuk-radios govuk-radios--small govuk-radios--inline" data-module="govuk-radios">
          <div class="govuk-radios__item"><input class="govuk-radios__input" id="status" name="status" type="radio" value="DRAFT"${d.status === 'DRAFT' ? html` checked` : ''}>
            <label class="govuk-label govuk-radios__label" for="status">Draft</label></div>
          <div class="govuk-radios__item"><input class="govuk-radios__input" id="status-published" name="status" type="radio" value="PUBLISHED"${d.status === 'PUBLISHED' ? html` checked` : ''}>
            <label class="govuk-label govuk-radios__label" for="status-published">Published</label></div>
        </div>
      </fieldset>
    </div>
    ${textInput({ id: 'leadOrganisation', label: 'Lead organisation (optional)', labelClass: 'govuk-label--s', hint: 'Choose a suggestion or type a new name: a new organisation is added to the directory', value: d.leadOrganisation, list: 'organisation-names', error: errorFor(errors, 'leadOrganisation') })}
    <datalist id="organisation-names">${l.organisations.map((o) => html`<option value="${o.name}"></option>`)}</datalist>
    ${textarea({ id: 'partners', label: 'Partner organisations (optional)', labelClass: 'govuk-label--s', hint: 'One organisation per line', value: d.partners, rows: 3, error: errorFor(errors, 'partners') })}

    <div class="govuk-form-group${areaError ? ' govuk-form-group--error' : ''}">
      <fieldset class="govuk-fieldset" aria-describedby="areas-hint${areaError ? ' areas-error' : ''}">
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Areas</legend>
        <div class="govuk-hint" id="areas-hint">Where the initiative runs. ${d.areas.length ? 'Untick an area to remove it.' : 'None chosen yet.'}</div>
        ${errorMessage('areas', areaError)}
        ${d.areas.length ? html`<div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          ${d.areas.map((a) => checkbox('areas', `areas-${a}`, a, areaName(a), true))}
        </div>` : ''}
        <div class="govuk-form-group govuk-!-margin-top-4 govuk-!-margin-bottom-0">
          <label class="govuk-label" for="areas">Add an area (optional)</label>
          <div class="govuk-hint" id="add-area-hint">Type part of its name and choose it from the list; it is added above</div>
          <div data-autocomplete="areas"><input class="govuk-input" id="areas" type="text" aria-describedby="add-area-hint" autocomplete="off"></div>
        </div>
      </fieldset>
    </div>

    <div class="govuk-form-group${contactError ? ' govuk-form-group--error' : ''}">
      <fieldset class="govuk-fieldset"${contactError ? html` aria-describedby="contacts-error"` : ''}>
        <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Contacts</legend>
        ${errorMessage('contacts', contactError)}
        ${d.contacts.length ? html`<div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          ${d.contacts.map((c) => checkbox('contacts', `contacts-${c}`, c, contactName(byContact.get(c), c), true))}
        </div>
        <ul class="govuk-list govuk-!-margin-top-2" id="contact-edit-links">${d.contacts.map((c) => html`<li>
          <a class="govuk-link" href="/editing/contacts/${c}?initiative=${slug}">Edit contact details<span class="govuk-visually-hidden"> of ${contactName(byContact.get(c), c)}</span></a></li>`)}</ul>` : html`<p class="govuk-body">No contacts are linked.</p>`}
        <div class="govuk-form-group govuk-!-margin-top-4 govuk-!-margin-bottom-0">
          <label class="govuk-label" for="add-contact">Add a contact (optional)</label>
          <select class="govuk-select gpd-wide-select" id="add-contact" name="add-contact">
            <option value="">None</option>
            ${l.contacts.filter((c) => !d.contacts.includes(c.slug)).map((c) => html`<option value="${c.slug}">${contactName(c, c.slug)}</option>`)}
          </select>
        </div>
        <p class="govuk-body govuk-!-margin-top-4 govuk-!-margin-bottom-0">Not in the list? <a class="govuk-link" href="/editing/contacts/new?initiative=${slug}" id="create-contact">Create a contact for this initiative</a> (save your changes here first).</p>
      </fieldset>
    </div>

    ${d.appearances.map((a, ai) => appearanceFields(a, ai, l, errors, edName(a.edition)))}
    ${d.appearances.length === 0 ? html`<p class="govuk-body">This initiative does not appear in any edition yet, so it has no sections, links or drivers to edit.
      Add it to a draft edition from that edition’s page (“Add an initiative already in the directory”).</p>
      ${suggested.length ? html`<div class="govuk-inset-text" id="suggested-links"><p class="govuk-body">It was suggested with ${suggested.length === 1 ? 'this link' : 'these links'}, which ${suggested.length === 1 ? 'becomes' : 'become'} its links in the first edition it is added to:</p>
        <ul class="govuk-list">${suggested.map((x) => html`<li>${x.url ? html`<a class="govuk-link gpd-break-words" href="${x.url}" data-external>${x.title}</a>` : x.title}${x.url ? html` <span class="gpd-break-words">(${x.url})</span>` : ''}</li>`)}</ul></div>` : ''}` : ''}

    <div class="govuk-button-group govuk-!-margin-top-6">
      <button type="submit" class="govuk-button" data-module="govuk-button">Save changes</button>
      <a class="govuk-link" href="/editing">Cancel</a>
    </div>
  </form>`
}

function read(f: HTMLFormElement, before: InitiativeDraft): InitiativeDraft {
  const v = (id: string) => {
    const el = f.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`#${id}`)
    return el ? el.value : ''
  }
  const checked = (name: string) => [...f.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((c) => c.value)
  const added = v('add-contact')
  return {
    title: v('title').trim(),
    summary: v('summary').trim(),
    status: (checked('status')[0] ?? before.status) as InitiativeDraft['status'],
    leadOrganisation: v('leadOrganisation').trim(),
    partners: v('partners'),
    areas: checked('areas'),
    contacts: [...checked('contacts'), ...(added ? [added] : [])],
    appearances: before.appearances.map((a, ai) => ({
      ...a,
      title: v(`appearances-${ai}-title`).trim(),
      matrixTitle: v(`appearances-${ai}-matrixTitle`).trim(),
      summary: v(`appearances-${ai}-summary`).trim(),
      sections: a.sections.map((_, si) => ({ heading: v(`appearances-${ai}-sections-${si}-heading`).trim(), text: v(`appearances-${ai}-sections-${si}-blocks`) })),
      links: a.links.map((_, li) => ({
        title: v(`appearances-${ai}-links-${li}-title`).trim(),
        url: v(`appearances-${ai}-links-${li}-url`).trim(),
        note: v(`appearances-${ai}-links-${li}-note`).trim()
      })),
      printed: checked(`appearances-${ai}-drivers`),
      editorial: checked(`appearances-${ai}-editorial`).map((driver) => ({ driver, rationale: v(`appearances-${ai}-editorial-${driver}-rationale`).trim() }))
    })),
    unplaced: before.unplaced
  }
}

export async function editInitiativePage(slug: string, search: string): Promise<Page> {
  await requireEditor(`/editing/initiatives/${slug}${search}`)
  const [loaded, l] = await Promise.all([load(slug), lists()])
  // a draft in no edition has nowhere to keep links yet: show those its suggester gave
  const suggested = loaded.data.appearances.length ? [] : await suggestedLinks(slug)
  let editable = loaded.data
  let etag = loaded.etag
  let draft = toDraft(editable)
  // the version as opened, to tell what the editor changed if their save is refused
  let opened = toDraft(editable)
  let unsaved: Change[] = []
  const edName = (s: string) => {
    const e = l.editions.find((x) => x.slug === s)
    return e ? editionName(e) : s
  }
  const driverName = (s: string) => l.drivers.find((x) => x.slug === s)?.label ?? s
  const flash = takeFlash()
  const page = (errors: Errors, banner?: SafeHtml) => html`
    ${editingCrumbs({ text: editable.title })}
    <div id="save-outcome">${banner ?? ''}</div>
    ${errorSummary(errors)}
    <span class="govuk-caption-l">Edit initiative</span>
    <h1 class="govuk-heading-xl">${editable.title}</h1>
    <p class="govuk-body"><a class="govuk-link" href="/initiatives/${slug}">View this initiative</a>${editable.status === 'DRAFT' ? ' (a draft: only editors can see it)' : ''}</p>
    ${unsaved.length ? html`<details class="govuk-details" open id="unsaved">
      <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Your changes that were not saved</span></summary>
      <div class="govuk-details__text">
        <p class="govuk-body">Copy what you want to keep into the form below.</p>
        ${unsaved.map((c) => html`<h2 class="govuk-heading-s govuk-!-margin-bottom-1">${c.label}</h2><pre class="gpd-example gpd-unsaved">${c.value}</pre>`)}
      </div></details>` : ''}
    ${form(slug, editable.status, draft, l, errors, edName, suggested)}`
  const title = () => `Edit ${editable.title}`
  return {
    title: title(),
    body: page([], flash ? successBanner(flash) : undefined),
    focus: flash ? '#success-banner' : undefined,
    mount: (root) => {
      let saving = false
      const show = (errors: Errors, banner?: SafeHtml, focus?: string) => {
        root.innerHTML = page(errors, banner).value
        setTitle(title(), errors.length > 0)
        wire()
        window.dispatchEvent(new Event('gpd:links'))
        if (errors.length) showErrorSummary(root)
        else if (focus) focusOn(root, focus)
      }
      const formEl = () => root.querySelector<HTMLFormElement>('#initiative-form') as HTMLFormElement

      const conflict = () => {
        unsaved = changesSince(opened, draft, edName)
        // the form is drawn again from what the editor typed, without errors that no longer apply
        show([], importantBanner('conflict-banner', html`
          <h3 class="govuk-notification-banner__heading">Someone else saved this initiative after you opened it. Your changes have not been saved.</h3>
          <p class="govuk-body">Your changes are still in the form below. Copy anything you want to keep, then reload the latest version and make your changes again.</p>
          <button type="button" class="govuk-button govuk-!-margin-bottom-0" data-module="govuk-button" id="reload-latest">Reload the latest version</button>`), '#conflict-banner')
      }

      const reloadLatest = async () => {
        try {
          const fresh = await load(slug)
          editable = fresh.data
          etag = fresh.etag
          draft = toDraft(editable)
          opened = toDraft(editable)
          show([], successBanner(html`<p class="govuk-notification-banner__heading">You are now editing the latest version.${unsaved.length ? ' Your changes that were not saved are shown below it, to copy.' : ''}</p>`, 'Reloaded'), '#success-banner')
        } catch {
          show([{ text: 'The latest version could not be loaded. Check your connection and try again.' }])
        }
      }

      const save = async (retried = false): Promise<void> => {
        const plan = toWrite(draft)
        const { data, error, response } = await api().PUT('/api/v1/initiatives/{slug}', {
          params: { path: { slug }, header: { 'If-Match': etag } }, body: plan.body
        })
        if (response.ok && data) {
          editable = data
          etag = response.headers.get('ETag') ?? etag
          draft = toDraft(editable)
          opened = toDraft(editable)
          unsaved = []
          return show([], successBanner(html`<p class="govuk-notification-banner__heading">Initiative saved.
            <a class="govuk-notification-banner__link" href="/initiatives/${slug}">View the initiative</a></p>`), '#success-banner')
        }
        if (response.status === 412) return conflict()
        if (response.status === 400) {
          const ids = fieldIds(draft, l.drivers.map((x) => x.slug))
          return show(problemErrors(error, ids, (id, m, p) => describeEditorError(id, m, p, draft, edName, driverName), (p) => fieldForEditorPointer(p, plan, ids)))
        }
        if ((response.status === 401 || response.status === 403) && !retried) {
          // the session or its token may have been renewed in another tab: ask again, then retry once
          const who = await whoAmI().catch(() => null)
          if (who) return save(true)
        }
        if (response.status === 401) {
          return show([{ text: 'You have been signed out, so your changes have not been saved. Sign in again in a new tab or window, then come back here and select Save changes again.' }])
        }
        show([{ text: error?.detail ?? `Your changes could not be saved (the service answered ${response.status}).` }])
      }

      const wire = () => {
        root.querySelector('#reload-latest')?.addEventListener('click', () => void reloadLatest())
        const f = formEl()
        const change = (mutate: () => void, focus: string) => {
          draft = read(f, draft)
          mutate()
          show([], undefined, focus)
        }
        // areas are added one at a time from an autocomplete over the API's area search
        const areaPicker = f.querySelector<HTMLElement>('[data-autocomplete="areas"]')
        if (areaPicker) {
          void autocomplete({
            container: areaPicker,
            id: 'areas',
            clearAfterChoice: true,
            search: async (q) => (await call(api().GET('/api/v1/areas', { params: { query: { q, pageSize: 20 } } }))).results,
            onChange: (area) => {
              if (area) change(() => { if (!draft.areas.includes(area.slug)) draft.areas.push(area.slug) }, '#areas')
            }
          })
        }
        f.querySelectorAll<HTMLButtonElement>('[data-add-section]').forEach((b) => b.addEventListener('click', () => {
          const ai = Number(b.dataset.addSection)
          change(() => draft.appearances[ai].sections.push({ heading: '', text: '' }), `#appearances-${ai}-sections-${draft.appearances[ai].sections.length}-heading`)
        }))
        f.querySelectorAll<HTMLButtonElement>('[data-remove-section]').forEach((b) => b.addEventListener('click', () => {
          const [ai, si] = (b.dataset.removeSection ?? '').split('-').map(Number)
          change(() => draft.appearances[ai].sections.splice(si, 1), `[data-add-section="${ai}"]`)
        }))
        f.querySelectorAll<HTMLButtonElement>('[data-add-link]').forEach((b) => b.addEventListener('click', () => {
          const ai = Number(b.dataset.addLink)
          change(() => draft.appearances[ai].links.push({ title: '', url: '', note: '' }), `#appearances-${ai}-links-${draft.appearances[ai].links.length}-title`)
        }))
        f.querySelectorAll<HTMLButtonElement>('[data-remove-link]').forEach((b) => b.addEventListener('click', () => {
          const [ai, li] = (b.dataset.removeLink ?? '').split('-').map(Number)
          change(() => draft.appearances[ai].links.splice(li, 1), `[data-add-link="${ai}"]`)
        }))
        // the conditional reveal of a reason (govuk-frontend's script only runs on the first page load)
        f.querySelectorAll<HTMLInputElement>('[data-editorial] input').forEach((box) => box.addEventListener('change', () => {
          box.setAttribute('aria-expanded', String(box.checked))
          root.querySelector(`#${box.id}-conditional`)?.classList.toggle('govuk-checkboxes__conditional--hidden', !box.checked)
        }))
        // a driver ticked in the matrix is not also a judgement: offer it only while unticked
        f.querySelectorAll<HTMLInputElement>('input[name$="-drivers"]').forEach((tick) => tick.addEventListener('change', () => {
          const ai = tick.name.split('-')[1]
          const item = f.querySelector<HTMLElement>(`[data-editorial="${ai}"][data-driver="${tick.value}"]`)
          const judged = item?.querySelector<HTMLInputElement>('input')?.checked
          if (item && !judged) item.hidden = tick.checked
        }))
        f.addEventListener('submit', async (e) => {
          e.preventDefault()
          if (saving) return
          saving = true
          draft = read(f, draft)
          try {
            await save()
          } catch (err) {
            show([{ text: err instanceof ApiError ? err.message : 'Your changes could not be saved. Check your connection and try again.' }])
          } finally {
            saving = false
          }
        })
      }
      wire()
    }
  }
}
