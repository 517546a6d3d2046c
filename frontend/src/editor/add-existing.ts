import { api, call, callTagged } from '../api/client'
import type { Schemas } from '../api/client'
import { autocomplete } from '../autocomplete'
import { errorFor, Errors, errorSummary, textarea, textInput, redrawWithErrors, valueOf } from '../forms'
import { html } from '../html'
import { requireEditor } from '../session'
import { editionName, Page, plural } from '../ui'
import { textToBlocks } from './blocks-text'
import { editingCrumbs, navigateWith } from './common'
import type { EditableInitiative } from './contract'

const TITLE = 'Add an initiative already in the directory'

/** The links given with the suggestion this initiative was accepted from, if it was. */
export async function suggestedLinks(initiative: string): Promise<Schemas['Link'][]> {
  const found = await call(api().GET('/api/v1/suggestions', { params: { query: { initiative, status: 'ACCEPTED', pageSize: 1 } }, cache: 'no-store' }))
  return (found.results[0]?.links ?? []).map((l) => ({ title: l.title, url: l.url, ...(l.note ? { note: l.note } : {}) }))
}

/**
 * The guides reprint initiatives (FDAC appears in 2016 and is announced in Q2), and an accepted
 * suggestion is a draft in no edition: an existing initiative gets an appearance in this edition,
 * with the text this edition prints (at least one section), then is edited like any other.
 */
export async function addExistingInitiativePage(editionSlug: string): Promise<Page> {
  await requireEditor(`/editing/editions/${editionSlug}/add-existing`)
  const { data: edition } = await callTagged(api().GET('/api/v1/editions/{slug}/editable', { params: { path: { slug: editionSlug } }, cache: 'no-store' }))
  let chosen: { slug: string; name: string } | undefined
  const body = (v: Record<string, string>, errors: Errors) => html`
    ${editingCrumbs({ href: `/editing/editions/${edition.slug}`, text: editionName(edition) }, { text: TITLE })}
    <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
      ${errorSummary(errors)}
      <span class="govuk-caption-l">${editionName(edition)}</span>
      <h1 class="govuk-heading-xl">${TITLE}</h1>
      <p class="govuk-body">The initiative keeps its other editions; this edition gets its own text, as it prints it. You can then add links, contacts and drivers of delay.</p>
      <form id="add-existing-form" novalidate>
        <div class="govuk-form-group${errorFor(errors, 'initiative') ? ' govuk-form-group--error' : ''}">
          <label class="govuk-label govuk-label--s" for="initiative">Initiative</label>
          <div class="govuk-hint" id="initiative-hint">Type part of its title and choose it from the list (drafts too)</div>
          ${errorFor(errors, 'initiative') ? html`<p class="govuk-error-message" id="initiative-error"><span class="govuk-visually-hidden">Error:</span> ${errorFor(errors, 'initiative')}</p>` : ''}
          <div data-autocomplete="initiative"><input class="govuk-input${errorFor(errors, 'initiative') ? ' govuk-input--error' : ''}" id="initiative" type="text" value="${chosen?.name ?? ''}" aria-describedby="initiative-hint${errorFor(errors, 'initiative') ? ' initiative-error' : ''}" autocomplete="off"></div>
        </div>
        ${textInput({ id: 'title', label: 'Title in this edition (optional)', labelClass: 'govuk-label--s', hint: 'Leave empty to use the initiative’s title', value: v.title ?? '', error: errorFor(errors, 'title') })}
        ${textInput({ id: 'heading', label: 'Section heading', labelClass: 'govuk-label--s', hint: 'For example, What is the initiative?', value: v.heading ?? '', error: errorFor(errors, 'heading') })}
        ${textarea({ id: 'text', label: 'Section text', labelClass: 'govuk-label--s', hint: 'Leave a blank line between paragraphs. Start a list item with “- ”.', value: v.text ?? '', rows: 8, error: errorFor(errors, 'text') })}
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" data-module="govuk-button">Add to ${edition.label}</button>
          <a class="govuk-link" href="/editing/editions/${edition.slug}">Cancel</a>
        </div>
      </form>
    </div></div>`
  return {
    title: `${TITLE} – ${editionName(edition)}`,
    body: body({}, []),
    mount: (root) => {
      let busy = false
      const wire = () => {
        const picker = root.querySelector<HTMLElement>('[data-autocomplete="initiative"]')
        if (picker) {
          void autocomplete({
            container: picker,
            id: 'initiative',
            selected: chosen,
            search: async (q) => {
              const { data } = await api().GET('/api/v1/initiatives', { params: { query: { q, status: 'ANY', pageSize: 20 } }, cache: 'no-store' })
              return (data?.results ?? []).map((i) => ({ slug: i.slug, name: i.title }))
            },
            onChange: (c) => { chosen = c }
          })
        }
        root.querySelector<HTMLFormElement>('#add-existing-form')?.addEventListener('submit', async (e) => {
          e.preventDefault()
          if (busy) return
          busy = true
          const f = e.target as HTMLFormElement
          const v = { title: valueOf(f, 'title').trim(), heading: valueOf(f, 'heading').trim(), text: valueOf(f, 'text') }
          const show = (errors: Errors) => {
            redrawWithErrors(root, body(v, errors), `${TITLE} – ${editionName(edition)}`, wire)
          }
          const errors: Errors = []
          if (!chosen) errors.push({ id: 'initiative', text: 'Choose the initiative from the list' })
          if (!v.heading) errors.push({ id: 'heading', text: 'Enter the heading of the section this edition prints' })
          if (!v.text.trim()) errors.push({ id: 'text', text: 'Enter the text this edition prints about the initiative' })
          try {
            if (errors.length) return show(errors)
            const slug = (chosen as { slug: string }).slug
            const { data: current, etag } = await callTagged(api().GET('/api/v1/initiatives/{slug}/editable', { params: { path: { slug } }, cache: 'no-store' }))
            const i = current as EditableInitiative
            if (i.appearances.some((a) => a.edition === edition.slug)) {
              return show([{ id: 'initiative', text: `${i.title} is already in ${edition.label}: choose another initiative` }])
            }
            // an accepted suggestion is a draft in no edition: its first appearance carries the suggester's links
            const suggested = i.appearances.length ? [] : await suggestedLinks(slug)
            const appearance = {
              edition: edition.slug, title: v.title || i.title,
              sections: [{ heading: v.heading, blocks: textToBlocks(v.text) }], links: suggested, figures: [], references: []
            }
            const { error, response } = await api().PATCH('/api/v1/initiatives/{slug}', {
              params: { path: { slug }, header: { 'If-Match': etag } },
              // a merge patch names only what changes (the contract types it as the whole record)
              body: { appearances: [...i.appearances, appearance] } as unknown as Schemas['InitiativeChanges'],
              headers: { 'Content-Type': 'application/merge-patch+json' }
            })
            if (response.ok) {
              navigateWith(`/editing/initiatives/${slug}`, html`<p class="govuk-notification-banner__heading">${i.title} added to ${editionName(edition)}.${suggested.length ? ` ${plural(suggested.length, 'link')} from its suggestion ${suggested.length === 1 ? 'is' : 'are'} in its links.` : ''} Add its links, contacts and drivers of delay, then save.</p>`)
            } else {
              show([{ text: error?.detail ?? `The initiative could not be added (the service answered ${response.status}).` }])
            }
          } catch {
            show([{ text: 'The initiative could not be added. Check your connection and try again.' }])
          } finally {
            busy = false
          }
        })
      }
      wire()
    }
  }
}
