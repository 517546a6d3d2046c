import { api, call } from '../api/client'
import type { AreaContact, InitiativeDetail, Schemas } from '../api/client'
import { html, SafeHtml } from '../html'
import { breadcrumbs, Page, renderSections } from '../ui'

type Appearance = Schemas['Appearance']

export async function initiativePage(slug: string): Promise<Page> {
  const i = await call(api().GET('/api/v1/initiatives/{slug}', { params: { path: { slug } } }))
  const multiple = i.appearances.length > 1
  return {
    title: i.title,
    body: html`
      ${breadcrumbs([{ href: '/', text: 'Home' }, { href: '/initiatives', text: 'Initiatives' }, { text: i.title }])}
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <span class="govuk-caption-l">${i.leadOrganisation?.name ?? ''}</span>
          <h1 class="govuk-heading-xl">${i.title}</h1>
          ${i.summary ? html`<p class="govuk-body-l">${i.summary}</p>` : ''}
          ${i.appearances.map((a) => appearance(a, multiple))}
          ${i.announcedIn.length ? html`<h2 class="govuk-heading-m">Announced as upcoming</h2>
            ${i.announcedIn.map((u) => html`<div class="govuk-inset-text"><p class="govuk-body">${u.text}</p>
              <p class="govuk-body-s">Announced in <a class="govuk-link" href="/editions/${u.edition.slug}">${u.edition.title} — ${u.edition.label}</a> as “${u.title}”.</p></div>`)}` : ''}
          ${contacts(i.contacts)}
        </div>
        <div class="govuk-grid-column-one-third">
          ${facts(i)}
          ${drivers(i)}
          <p class="govuk-body gpd-no-print"><a class="govuk-link" href="/compare?i=${i.slug}">Compare with other initiatives</a></p>
          <p class="govuk-body gpd-no-print" data-editor-only hidden><a class="govuk-link" href="/editing/initiatives/${i.slug}">Edit this initiative</a></p>
        </div>
      </div>`,
    mount: (root) => {
      root.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((button) => {
        button.addEventListener('click', async () => {
          const text = (root.querySelector(`#${button.dataset.copy}`) as HTMLElement).innerText
          const status = root.querySelector(`#${button.dataset.copy}-status`) as HTMLElement
          try {
            await navigator.clipboard.writeText(text)
            status.textContent = 'Citation copied'
          } catch {
            status.textContent = 'Select the citation text and copy it'
          }
        })
      })
    }
  }
}

function appearance(a: Appearance, multiple: boolean): SafeHtml {
  const id = `cite-${a.edition.slug}`
  const body = html`
    ${a.theme ? html`<p class="govuk-body-s">${a.theme.title}${a.section ? html` › ${a.section.title}` : ''}</p>` : ''}
    ${a.summary && multiple ? html`<p class="govuk-body">${a.summary}</p>` : ''}
    ${renderSections(a.sections, multiple ? 3 : 2)}
    ${a.figures.length ? html`${multiple ? html`<h3 class="govuk-heading-s">Figures reported</h3>` : html`<h2 class="govuk-heading-m">Figures reported</h2>`}
      <table class="govuk-table"><caption class="govuk-visually-hidden">Figures reported</caption>
        <thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Figure</th><th scope="col" class="govuk-table__header">What it counts</th><th scope="col" class="govuk-table__header">When</th></tr></thead>
        <tbody class="govuk-table__body">${a.figures.map((f) => html`<tr class="govuk-table__row"><td class="govuk-table__cell">${f.value}</td><td class="govuk-table__cell">${f.description}</td><td class="govuk-table__cell">${f.period ?? 'Not stated'}</td></tr>`)}</tbody>
      </table>` : ''}
    ${a.links.length ? html`${multiple ? html`<h3 class="govuk-heading-s">Helpful links</h3>` : html`<h2 class="govuk-heading-m">Helpful links</h2>`}
      <ul class="govuk-list govuk-list--bullet">${a.links.map((l) => html`<li>${l.url
        ? html`<a class="govuk-link" href="${l.url}" rel="noopener" data-external>${l.title}</a>`
        : html`${l.title} <span class="govuk-hint govuk-!-display-inline">(the source does not give the address)</span>`}${l.note ? html` – ${l.note}` : ''}</li>`)}</ul>` : ''}
    ${a.references.length ? html`<details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">References (${a.references.length})</span></summary>
      <div class="govuk-details__text"><ol class="govuk-list govuk-list--number">${a.references.map((r) => html`<li value="${r.number}">${r.text}${r.url ? html` <a class="govuk-link" href="${r.url}" rel="noopener" data-external>${r.url}</a>` : ''}</li>`)}</ol></div></details>` : ''}
    <h${multiple ? 3 : 2} class="govuk-heading-s">Cite this</h${multiple ? 3 : 2}>
    <div class="govuk-inset-text">
      <p class="govuk-body gpd-citation" id="${id}">${a.citation.text}</p>
      <button type="button" class="govuk-button govuk-button--secondary gpd-no-print" data-module="govuk-button" data-copy="${id}">Copy citation</button>
      <p class="govuk-body-s" role="status" id="${id}-status"></p>
    </div>`
  return multiple
    ? html`<section class="govuk-!-margin-bottom-8" aria-labelledby="h-${a.edition.slug}">
        <h2 class="govuk-heading-l" id="h-${a.edition.slug}">As published in ${a.edition.title} — ${a.edition.label}</h2>
        ${a.title ? html`<p class="govuk-body">Printed as “${a.title}”.</p>` : ''}${body}</section>`
    : html`<p class="govuk-body-s">Published in <a class="govuk-link" href="/editions/${a.edition.slug}">${a.edition.title} — ${a.edition.label}</a>${a.title !== '' ? '' : ''}.</p>${body}`
}

function facts(i: InitiativeDetail): SafeHtml {
  return html`<aside class="govuk-!-margin-bottom-6" aria-labelledby="facts-heading">
    <h2 class="govuk-heading-m" id="facts-heading">At a glance</h2>
    <dl class="govuk-summary-list">
      ${i.leadOrganisation ? html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Lead</dt><dd class="govuk-summary-list__value">${i.leadOrganisation.name}</dd></div>` : ''}
      ${i.partners.length ? html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Partners</dt><dd class="govuk-summary-list__value"><ul class="govuk-list">${i.partners.map((p) => html`<li>${p.name}</li>`)}</ul></dd></div>` : ''}
      ${i.areas.length ? html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Areas</dt><dd class="govuk-summary-list__value"><ul class="govuk-list">${i.areas.map((a) => html`<li><a class="govuk-link" href="/initiatives?area=${a.slug}">${a.name}</a></li>`)}</ul></dd></div>` : ''}
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Editions</dt><dd class="govuk-summary-list__value"><ul class="govuk-list">
        ${i.appearances.map((a) => html`<li><a class="govuk-link" href="/editions/${a.edition.slug}">${a.edition.title} — ${a.edition.label}</a></li>`)}
        ${i.announcedIn.map((u) => html`<li><a class="govuk-link" href="/editions/${u.edition.slug}">${u.edition.title} — ${u.edition.label}</a> (announced)</li>`)}
      </ul></dd></div>
    </dl></aside>`
}

function drivers(i: InitiativeDetail): SafeHtml {
  const printed = i.delayDrivers.filter((m) => m.provenance === 'PRINTED_MATRIX')
  const editorial = i.delayDrivers.filter((m) => m.provenance === 'EDITORIAL')
  return html`<h2 class="govuk-heading-m">Drivers of delay</h2>
    ${i.delayDrivers.length === 0 ? html`<p class="govuk-body">No edition maps this initiative to a driver of delay.</p>` : ''}
    ${printed.length ? html`<h3 class="govuk-heading-s">In the published matrix</h3>
      <ul class="govuk-list">${printed.map((m) => html`<li><a class="govuk-link" href="/initiatives?driver=${m.driver.slug}">${m.driver.label}</a>
        <span class="govuk-body-s govuk-!-display-block">${m.edition.title} — ${m.edition.label}</span></li>`)}</ul>` : ''}
    ${editorial.length ? html`<h3 class="govuk-heading-s">Editors’ later judgement</h3>
      <p class="govuk-body-s">Not printed in any matrix: mapped by the directory’s editors, with their reasons.</p>
      <ul class="govuk-list">${editorial.map((m) => html`<li><a class="govuk-link" href="/initiatives?driver=${m.driver.slug}">${m.driver.label}</a>
        ${m.rationale ? html`<span class="govuk-body-s govuk-!-display-block">${m.rationale}</span>` : ''}</li>`)}</ul>` : ''}`
}

function contacts(list: AreaContact[]): SafeHtml {
  if (list.length === 0) return html``
  return html`<h2 class="govuk-heading-m">Contacts</h2>${list.map((c) => contactCard(c))}`
}

/** A contact as printed; `withInitiatives` adds what it is the contact for (the contacts page). */
export function contactCard(c: AreaContact, withInitiatives = false): SafeHtml {
  const name = c.name ?? c.organisation?.name ?? c.email ?? 'Contact'
  return html`<div class="govuk-summary-card">
    <div class="govuk-summary-card__title-wrapper"><h3 class="govuk-summary-card__title">${name}</h3>
      <ul class="govuk-summary-card__actions" data-editor-only hidden><li class="govuk-summary-card__action">
        <a class="govuk-link" href="/editing/contacts/${c.slug}">Edit<span class="govuk-visually-hidden"> ${name}</span></a></li></ul></div>
    <div class="govuk-summary-card__content"><dl class="govuk-summary-list">
      ${c.role ? html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Role</dt><dd class="govuk-summary-list__value">${c.role}</dd></div>` : ''}
      ${c.organisation ? html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Organisation</dt><dd class="govuk-summary-list__value">${c.organisation.name}</dd></div>` : ''}
      ${c.email ? html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Email</dt><dd class="govuk-summary-list__value"><a class="govuk-link" href="mailto:${c.email}" data-external>${c.email}</a></dd></div>` : ''}
      ${c.phone ? html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Phone</dt><dd class="govuk-summary-list__value">${phoneLinks(c.phone)}</dd></div>` : ''}
      ${c.areas.length ? html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Areas</dt><dd class="govuk-summary-list__value">${c.areas.map((a) => a.name).join(', ')}</dd></div>` : ''}
      ${c.note ? html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Note</dt><dd class="govuk-summary-list__value">${c.note}</dd></div>` : ''}
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Published in</dt><dd class="govuk-summary-list__value">${c.edition.title} — ${c.edition.label}</dd></div>
      ${withInitiatives && c.initiatives.length ? html`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Contact for</dt><dd class="govuk-summary-list__value">
        <ul class="govuk-list">${c.initiatives.map((i) => html`<li><a class="govuk-link" href="/initiatives/${i.slug}">${i.title}</a></li>`)}</ul></dd></div>` : ''}
    </dl></div></div>`
}

/** "07823 537032 or 01992 555 871" becomes two tel: links, keeping the printed text. */
export function phoneLinks(phone: string): SafeHtml {
  return html`${phone.split(/( or | \/ )/).map((part) =>
    /\d/.test(part) ? html`<a class="govuk-link" href="tel:${part.replace(/[^\d+]/g, '')}" data-external>${part}</a>` : part)}`
}
