import { all, api, call } from './api/client'
import type { AreaSummary, DelayDriver, EditionSummary, OrganisationRef, Schemas } from './api/client'

/** Lists that filters and pickers offer, loaded once per visit. */
export interface ReferenceData {
  drivers: DelayDriver[]
  editions: EditionSummary[]
  themes: { edition: EditionSummary; themes: Schemas['Theme'][] }[]
  areas: AreaSummary[]
}

let cached: Promise<ReferenceData> | undefined

export function referenceData(): Promise<ReferenceData> {
  cached ??= load().catch((e) => {
    cached = undefined
    throw e
  })
  return cached
}

async function load(): Promise<ReferenceData> {
  const [drivers, editions, themeRows, areas] = await Promise.all([
    call(api().GET('/api/v1/delay-drivers', { params: { query: { pageSize: 100 } } })).then((p) => p.results),
    call(api().GET('/api/v1/editions', { params: { query: { pageSize: 100 } } })).then((p) => p.results),
    call(api().GET('/api/v1/statistics/initiatives-by-theme')).then((t) => t.rows),
    all((page) => call(api().GET('/api/v1/areas', { params: { query: { page, pageSize: 100 } } })))
  ])
  return { drivers, editions, themes: themesByEdition(editions, themeRows), areas }
}

/**
 * Each published edition's themes with their sections, from the one table that lists every theme and
 * section in printed order (a row with a parent is a section of it), rather than one edition at a time.
 */
export function themesByEdition(editions: EditionSummary[], rows: Schemas['ThemeCount'][]): ReferenceData['themes'] {
  const byEdition = new Map<string, Schemas['Theme'][]>()
  const themeOf = new Map<string, Schemas['Theme']>()
  for (const row of rows) {
    const key = `${row.edition}|${row.parent ?? row.theme}`
    if (!row.parent) {
      const theme: Schemas['Theme'] = { slug: row.theme, title: row.title, sections: [] }
      themeOf.set(key, theme)
      byEdition.set(row.edition, [...(byEdition.get(row.edition) ?? []), theme])
    } else {
      themeOf.get(key)?.sections.push({ slug: row.theme, title: row.title })
    }
  }
  return editions.flatMap((edition) => {
    const themes = byEdition.get(edition.slug) ?? []
    return themes.length > 0 ? [{ edition, themes }] : []
  })
}

/** Organisations whose names match what was typed, for the organisation pickers. */
export async function searchOrganisations(q: string): Promise<OrganisationRef[]> {
  return (await call(api().GET('/api/v1/organisations', { params: { query: { q, pageSize: 20 } } }))).results
}

let allOrganisations: Promise<OrganisationRef[]> | undefined

/**
 * The names of chosen organisations (the API finds organisations by name, not by slug). Loaded only
 * when a page has an organisation chosen, so most pages never fetch the whole list.
 */
export async function organisationsNamed(slugs: string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map()
  allOrganisations ??= all((page) => call(api().GET('/api/v1/organisations', { params: { query: { page, pageSize: 100 } } }))).catch((e) => {
    allOrganisations = undefined
    throw e
  })
  const names = new Map((await allOrganisations).map((o) => [o.slug, o.name]))
  return new Map(slugs.map((s) => [s, names.get(s) ?? s]))
}
