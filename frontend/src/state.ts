/**
 * The initiatives page keeps its whole state in the URL, so a link can be shared and Back works.
 * These functions are the only place that state is read from or written to a query string.
 */
export const FILTERS = ['driver', 'edition', 'theme', 'area', 'organisation'] as const
export type FilterName = (typeof FILTERS)[number]

export const SORTS = ['title', '-title', '-updated'] as const
export type SortName = (typeof SORTS)[number]

export interface ListState {
  q: string
  filters: Record<FilterName, string[]>
  sort: SortName
  page: number
}

export function emptyFilters(): Record<FilterName, string[]> {
  return { driver: [], edition: [], theme: [], area: [], organisation: [] }
}

export function parseListState(search: string): ListState {
  const params = new URLSearchParams(search)
  const filters = emptyFilters()
  for (const name of FILTERS) {
    filters[name] = unique(params.getAll(name).filter((v) => v.trim() !== ''))
  }
  const sort = params.get('sort') as SortName
  const page = Number.parseInt(params.get('page') ?? '1', 10)
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: SORTS.includes(sort) ? sort : 'title',
    page: Number.isFinite(page) && page >= 1 ? page : 1
  }
}

/** The query string for a state; defaults are left out so URLs stay short. */
export function toSearch(state: ListState): string {
  const params = new URLSearchParams()
  if (state.q) params.set('q', state.q)
  for (const name of FILTERS) state.filters[name].forEach((v) => params.append(name, v))
  if (state.sort !== 'title') params.set('sort', state.sort)
  if (state.page > 1) params.set('page', String(state.page))
  const s = params.toString()
  return s ? `?${s}` : ''
}

/** Any change of search, filters or sort starts again at page 1. */
export function withChange(state: ListState, change: Partial<Omit<ListState, 'page'>>): ListState {
  return { ...state, ...change, page: 1 }
}

export function withoutFilterValue(state: ListState, name: FilterName, value: string): ListState {
  return withChange(state, { filters: { ...state.filters, [name]: state.filters[name].filter((v) => v !== value) } })
}

export function cleared(state: ListState): ListState {
  return withChange(state, { q: '', filters: emptyFilters() })
}

export function withPage(state: ListState, page: number): ListState {
  return { ...state, page }
}

export function hasFilters(state: ListState): boolean {
  return state.q !== '' || FILTERS.some((n) => state.filters[n].length > 0)
}

/** Reads a submitted filter form into a state (page 1). */
export function fromForm(form: FormData, sort: SortName): ListState {
  const filters = emptyFilters()
  for (const name of FILTERS) filters[name] = unique(form.getAll(name).map(String).filter((v) => v !== ''))
  return { q: String(form.get('q') ?? '').trim(), filters, sort, page: 1 }
}

/** The pages to offer in GOV.UK pagination: first, last, current and its neighbours, with gaps. */
export function pageItems(current: number, total: number): (number | 'gap')[] {
  const wanted = new Set([1, total, current - 1, current, current + 1].filter((p) => p >= 1 && p <= total))
  const pages = [...wanted].sort((a, b) => a - b)
  const out: (number | 'gap')[] = []
  pages.forEach((p, i) => {
    if (i > 0 && p - pages[i - 1] > 1) out.push('gap')
    out.push(p)
  })
  return out
}

/** Compare holds two to four distinct initiative slugs. */
export function parseCompare(search: string): string[] {
  return unique(new URLSearchParams(search).getAll('i').filter((v) => v !== '')).slice(0, 4)
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

/** Counts per filter value, read from a list answer's `facets` when the API gives them. */
export type FacetCounts = Partial<Record<FilterName, Map<string, number>>>

/**
 * Reads `facets` from an initiative list answer: per filter, either a list of `{value | slug, count}`
 * or an object of value → count. Anything else (or no `facets` at all) gives no counts, and the
 * filter options are shown without them.
 */
export function readFacets(answer: unknown): FacetCounts {
  const facets = (answer as { facets?: unknown } | null)?.facets
  const out: FacetCounts = {}
  if (!facets || typeof facets !== 'object') return out
  for (const name of FILTERS) {
    const raw = (facets as Record<string, unknown>)[name]
    const counts = new Map<string, number>()
    if (Array.isArray(raw)) {
      for (const item of raw) {
        const key = item?.value ?? item?.slug
        if (typeof key === 'string' && typeof item?.count === 'number') counts.set(key, item.count)
      }
    } else if (raw && typeof raw === 'object') {
      for (const [key, count] of Object.entries(raw)) if (typeof count === 'number') counts.set(key, count)
    }
    if (counts.size > 0) out[name] = counts
  }
  return out
}
