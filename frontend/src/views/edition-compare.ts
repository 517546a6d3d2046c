import { api, call } from '../api/client'
import type { EditionDetail, EditionSummary, Matrix } from '../api/client'
import { html, SafeHtml } from '../html'
import { navigate } from '../nav'
import { breadcrumbs, editionName, Page, plural } from '../ui'

/** What changed from one edition to another, worked out from the two editions as published. */
export interface EditionDiff {
  added: { slug: string; title: string }[]
  dropped: { slug: string; title: string }[]
  kept: { slug: string; title: string }[]
  /** Items the older edition announced as upcoming, and whether the newer one publishes them */
  announcedBefore: { title: string; slug?: string; publishedNow: boolean }[]
  announcedNow: { title: string; slug?: string; text: string }[]
  /** Per driver, the printed ticks in each matrix; undefined when either edition has no matrix */
  drivers?: { slug: string; label: string; before: number; after: number }[]
  /** Initiatives in both matrices whose ticks differ */
  remapped?: { slug: string; title: string; gained: string[]; lost: string[] }[]
}

export function diffEditions(from: EditionDetail, to: EditionDetail, fromMatrix?: Matrix, toMatrix?: Matrix): EditionDiff {
  const before = new Map(from.initiatives.map((i) => [i.slug, i.title]))
  const after = new Map(to.initiatives.map((i) => [i.slug, i.title]))
  const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' })
  const diff: EditionDiff = {
    added: to.initiatives.filter((i) => !before.has(i.slug)).map(({ slug, title }) => ({ slug, title })).sort(byTitle),
    dropped: from.initiatives.filter((i) => !after.has(i.slug)).map(({ slug, title }) => ({ slug, title })).sort(byTitle),
    kept: to.initiatives.filter((i) => before.has(i.slug)).map(({ slug, title }) => ({ slug, title })).sort(byTitle),
    announcedBefore: from.upcoming.map((u) => ({ title: u.title, slug: u.initiative?.slug, publishedNow: !!u.initiative && after.has(u.initiative.slug) })),
    announcedNow: to.upcoming.map((u) => ({ title: u.title, slug: u.initiative?.slug, text: u.text }))
  }
  if (fromMatrix && toMatrix) {
    const ticks = (m: Matrix) => {
      const out = new Map<string, Set<string>>() // initiative slug → driver slugs
      m.columns.forEach((c, n) => out.set(c.slug, new Set(m.rows.filter((r) => r.cells[n]).map((r) => r.driver.slug))))
      return out
    }
    const a = ticks(fromMatrix)
    const b = ticks(toMatrix)
    const labels = new Map([...fromMatrix.rows, ...toMatrix.rows].map((r) => [r.driver.slug, r.driver.label]))
    diff.drivers = toMatrix.rows.map((r) => ({
      slug: r.driver.slug,
      label: r.driver.label,
      before: fromMatrix.rows.find((x) => x.driver.slug === r.driver.slug)?.cells.filter(Boolean).length ?? 0,
      after: r.cells.filter(Boolean).length
    }))
    diff.remapped = toMatrix.columns.filter((c) => a.has(c.slug)).flatMap((c) => {
      const was = a.get(c.slug) as Set<string>
      const now = b.get(c.slug) as Set<string>
      const gained = [...now].filter((d) => !was.has(d)).map((d) => labels.get(d) ?? d)
      const lost = [...was].filter((d) => !now.has(d)).map((d) => labels.get(d) ?? d)
      return gained.length || lost.length ? [{ slug: c.slug, title: c.title, gained, lost }] : []
    })
  }
  return diff
}

export async function editionComparePage(search: string): Promise<Page> {
  const params = new URLSearchParams(search)
  const editions = (await call(api().GET('/api/v1/editions', { params: { query: { pageSize: 100 } } }))).results
  const known = (slug: string | null) => editions.find((e) => e.slug === slug)
  const from = known(params.get('from'))
  const to = known(params.get('to'))
  const picker = (name: 'from' | 'to', label: string, chosen?: EditionSummary) => html`<div class="govuk-grid-column-one-half"><div class="govuk-form-group">
    <label class="govuk-label govuk-label--s" for="ec-${name}">${label}</label>
    <select class="govuk-select govuk-!-width-full" id="ec-${name}" name="${name}">
      <option value="">Choose an edition</option>
      ${editions.map((e) => html`<option value="${e.slug}"${chosen?.slug === e.slug ? html` selected` : ''}>${editionName(e)}</option>`)}
    </select></div></div>`
  let result: SafeHtml | string = ''
  if (from && to && from.slug === to.slug) {
    result = html`<div class="govuk-inset-text">Choose two different editions.</div>`
  } else if (from && to) {
    const matrix = (e: EditionSummary) => e.hasMatrix
      ? call(api().GET('/api/v1/editions/{slug}/matrix', { params: { path: { slug: e.slug } } })) : Promise.resolve(undefined)
    const edition = (e: EditionSummary) => call(api().GET('/api/v1/editions/{slug}', { params: { path: { slug: e.slug } } }))
    const [a, b, ma, mb] = await Promise.all([edition(from), edition(to), matrix(from), matrix(to)])
    result = report(a, b, diffEditions(a, b, ma, mb), !!ma, !!mb)
  }
  return {
    title: from && to ? `Compare ${from.label} with ${to.label}` : 'Compare editions',
    body: html`
      ${breadcrumbs([{ href: '/', text: 'Home' }, { href: '/editions', text: 'Editions' }, { text: 'Compare editions' }])}
      <h1 class="govuk-heading-xl">Compare editions</h1>
      <p class="govuk-body">What changed between two editions: the initiatives added, dropped and kept, what was announced as upcoming, and how the delay-driver matrices differ.</p>
      <form id="edition-compare" action="/editions/compare" method="get" class="gpd-no-print">
        <div class="govuk-grid-row">${picker('from', 'Earlier edition', from)}${picker('to', 'Later edition', to)}</div>
        <button type="submit" class="govuk-button" data-module="govuk-button">Compare</button>
      </form>
      ${result}`,
    mount: (root) => root.querySelector<HTMLFormElement>('#edition-compare')?.addEventListener('submit', (e) => {
      e.preventDefault()
      const f = new FormData(e.target as HTMLFormElement)
      const q = new URLSearchParams()
      for (const name of ['from', 'to']) if (f.get(name)) q.set(name, String(f.get(name)))
      navigate(`/editions/compare${q.toString() ? `?${q}` : ''}`)
    })
  }
}

function links(items: { slug: string; title: string }[], none: string): SafeHtml {
  return items.length
    ? html`<ul class="govuk-list govuk-list--bullet">${items.map((i) => html`<li><a class="govuk-link" href="/initiatives/${i.slug}">${i.title}</a></li>`)}</ul>`
    : html`<p class="govuk-body">${none}</p>`
}

function report(a: EditionDetail, b: EditionDetail, d: EditionDiff, aMatrix: boolean, bMatrix: boolean): SafeHtml {
  return html`
    <h2 class="govuk-heading-l">${editionName(a)} and ${editionName(b)}</h2>
    <dl class="govuk-summary-list">
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Added in ${b.label}</dt><dd class="govuk-summary-list__value">${plural(d.added.length, 'initiative')}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Not in ${b.label}</dt><dd class="govuk-summary-list__value">${plural(d.dropped.length, 'initiative')}</dd></div>
      <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">In both</dt><dd class="govuk-summary-list__value">${plural(d.kept.length, 'initiative')}</dd></div>
    </dl>
    <h3 class="govuk-heading-m" id="added">Added in ${b.label}</h3>
    ${links(d.added, `${b.label} adds no initiatives.`)}
    <h3 class="govuk-heading-m" id="dropped">In ${a.label} but not in ${b.label}</h3>
    ${links(d.dropped, `Every initiative of ${a.label} is in ${b.label}.`)}
    <h3 class="govuk-heading-m" id="kept">In both</h3>
    ${links(d.kept, 'No initiative is in both.')}
    <h3 class="govuk-heading-m" id="upcoming">Upcoming content announced</h3>
    ${d.announcedBefore.length ? html`<p class="govuk-body">${a.label} announced:</p>
      <ul class="govuk-list govuk-list--bullet">${d.announcedBefore.map((u) => html`<li>${u.slug ? html`<a class="govuk-link" href="/initiatives/${u.slug}">${u.title}</a>` : u.title}
        — ${u.publishedNow ? `published in ${b.label}` : `not published in ${b.label}`}</li>`)}</ul>`
      : html`<p class="govuk-body">${a.label} announced no upcoming content.</p>`}
    ${d.announcedNow.length ? html`<p class="govuk-body">${b.label} announces:</p>
      <ul class="govuk-list govuk-list--bullet">${d.announcedNow.map((u) => html`<li>${u.slug ? html`<a class="govuk-link" href="/initiatives/${u.slug}">${u.title}</a>` : u.title}</li>`)}</ul>`
      : html`<p class="govuk-body">${b.label} announces no upcoming content.</p>`}
    <h3 class="govuk-heading-m" id="matrix">Delay-driver matrix</h3>
    ${d.drivers && d.remapped ? html`
      <div class="gpd-scroll" role="region" aria-label="Initiatives per driver in each matrix" tabindex="0">
        <table class="govuk-table">
          <caption class="govuk-table__caption govuk-table__caption--s">Initiatives each printed matrix ticks per driver of delay</caption>
          <thead class="govuk-table__head"><tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">Driver of delay</th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">${a.label}</th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">${b.label}</th>
            <th scope="col" class="govuk-table__header govuk-table__header--numeric">Change</th>
          </tr></thead>
          <tbody class="govuk-table__body">${d.drivers.map((r) => html`<tr class="govuk-table__row">
            <th scope="row" class="govuk-table__header">${r.label}</th>
            <td class="govuk-table__cell govuk-table__cell--numeric">${r.before}</td>
            <td class="govuk-table__cell govuk-table__cell--numeric">${r.after}</td>
            <td class="govuk-table__cell govuk-table__cell--numeric">${r.after === r.before ? 'none' : r.after > r.before ? `+${r.after - r.before}` : `−${r.before - r.after}`}</td></tr>`)}
          </tbody>
        </table>
      </div>
      ${d.remapped.length ? html`<p class="govuk-body">Initiatives in both matrices whose drivers changed:</p>
        <ul class="govuk-list govuk-list--bullet">${d.remapped.map((r) => html`<li><a class="govuk-link" href="/initiatives/${r.slug}">${r.title}</a>:
          ${r.gained.length ? `now also ${r.gained.join('; ')}` : ''}${r.gained.length && r.lost.length ? '; ' : ''}${r.lost.length ? `no longer ${r.lost.join('; ')}` : ''}</li>`)}</ul>`
        : html`<p class="govuk-body">Every initiative in both matrices has the same drivers in each.</p>`}`
      : html`<p class="govuk-body">${!aMatrix && !bMatrix ? 'Neither edition prints' : !aMatrix ? `${a.label} does not print` : `${b.label} does not print`} a delay-driver matrix, so the matrices cannot be compared.</p>`}`
}
