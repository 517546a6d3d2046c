import { all, api, call } from './api/client'
import type { AreaSummary, DelayDriver, EditionSummary, OrganisationRef, Schemas } from './api/client'

/** Lists that filters and pickers offer, loaded once per visit. */
export interface ReferenceData {
  drivers: DelayDriver[]
  editions: EditionSummary[]
  themes: { edition: EditionSummary; themes: Schemas['Theme'][] }[]
  areas: AreaSummary[]
  organisations: OrganisationRef[]
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
  const [drivers, editions, areas, organisations] = await Promise.all([
    call(api().GET('/api/v1/delay-drivers', { params: { query: { pageSize: 100 } } })).then((p) => p.results),
    call(api().GET('/api/v1/editions', { params: { query: { pageSize: 100 } } })).then((p) => p.results),
    all((page) => call(api().GET('/api/v1/areas', { params: { query: { page, pageSize: 100 } } }))),
    all((page) => call(api().GET('/api/v1/organisations', { params: { query: { page, pageSize: 100 } } })))
  ])
  const themed = await Promise.all(
    editions.map(async (edition) => ({
      edition,
      themes: (await call(api().GET('/api/v1/editions/{slug}', { params: { path: { slug: edition.slug } } }))).themes
    }))
  )
  return { drivers, editions, themes: themed.filter((t) => t.themes.length > 0), areas, organisations }
}
