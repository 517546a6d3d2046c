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
  const [drivers, editions, areas] = await Promise.all([
    call(api().GET('/api/v1/delay-drivers', { params: { query: { pageSize: 100 } } })).then((p) => p.results),
    call(api().GET('/api/v1/editions', { params: { query: { pageSize: 100 } } })).then((p) => p.results),
    all((page) => call(api().GET('/api/v1/areas', { params: { query: { page, pageSize: 100 } } })))
  ])
  const themed = await Promise.all(
    editions.map(async (edition) => ({
      edition,
      themes: (await call(api().GET('/api/v1/editions/{slug}', { params: { path: { slug: edition.slug } } }))).themes
    }))
  )
  return { drivers, editions, themes: themed.filter((t) => t.themes.length > 0), areas }
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
