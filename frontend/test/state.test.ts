import { describe, expect, it } from 'vitest'
import {
  cleared, fromForm, hasFilters, pageItems, parseCompare, parseListState, readFacets, toSearch, withChange, withoutFilterValue, withPage
} from '../src/state'

describe('list state in the URL', () => {
  it('reads repeated filters, search, sort and page', () => {
    const s = parseListState('?q=+family+&driver=court-capacity&driver=changes-in-plan&edition=e4&sort=-title&page=3')
    expect(s.q).toBe('family')
    expect(s.filters.driver).toEqual(['court-capacity', 'changes-in-plan'])
    expect(s.filters.edition).toEqual(['e4'])
    expect(s.sort).toBe('-title')
    expect(s.page).toBe(3)
  })

  it('falls back to defaults for nonsense', () => {
    const s = parseListState('?sort=rating&page=-2&driver=')
    expect(s.sort).toBe('title')
    expect(s.page).toBe(1)
    expect(s.filters.driver).toEqual([])
  })

  it('round-trips and leaves defaults out of the URL', () => {
    const search = '?q=hope&driver=a&driver=b&area=salford&sort=-updated&page=2'
    expect(toSearch(parseListState(search))).toBe(search)
    expect(toSearch(parseListState(''))).toBe('')
  })

  it('returns to page 1 when a filter, the search or the sort changes', () => {
    const s = parseListState('?driver=a&page=4')
    expect(withChange(s, { sort: '-title' }).page).toBe(1)
    expect(withoutFilterValue(s, 'driver', 'a').page).toBe(1)
    expect(cleared(s).page).toBe(1)
    expect(withPage(s, 2).page).toBe(2)
  })

  it('removes one value of a filter and keeps the others', () => {
    const s = parseListState('?driver=a&driver=b&edition=x')
    expect(toSearch(withoutFilterValue(s, 'driver', 'a'))).toBe('?driver=b&edition=x')
  })

  it('clears every filter and the search but keeps the sort', () => {
    const s = parseListState('?q=x&driver=a&theme=t&sort=-title&page=2')
    expect(toSearch(cleared(s))).toBe('?sort=-title')
    expect(hasFilters(cleared(s))).toBe(false)
    expect(hasFilters(s)).toBe(true)
  })

  it('reads a submitted filter form', () => {
    const form = new FormData()
    form.append('q', ' trauma ')
    form.append('driver', 'a')
    form.append('driver', 'a')
    form.append('area', '')
    const s = fromForm(form, '-updated')
    expect(s).toEqual({ q: 'trauma', filters: { driver: ['a'], edition: [], theme: [], area: [], organisation: [] }, sort: '-updated', page: 1 })
  })
})

describe('pagination items', () => {
  it('shows first, last and the neighbours of the current page with gaps', () => {
    expect(pageItems(1, 1)).toEqual([1])
    expect(pageItems(1, 4)).toEqual([1, 2, 'gap', 4])
    expect(pageItems(5, 10)).toEqual([1, 'gap', 4, 5, 6, 'gap', 10])
    expect(pageItems(10, 10)).toEqual([1, 'gap', 9, 10])
  })
})

describe('compare selection', () => {
  it('keeps up to four distinct slugs in order', () => {
    expect(parseCompare('?i=a&i=b&i=a&i=c&i=d&i=e')).toEqual(['a', 'b', 'c', 'd'])
    expect(parseCompare('?i=')).toEqual([])
  })
})

describe('facet counts from a list answer', () => {
  it('reads a list of values with counts', () => {
    const f = readFacets({ results: [], facets: { driver: [{ value: 'court-capacity', count: 3 }, { slug: 'changes-in-plan', count: 0 }] } })
    expect(f.driver?.get('court-capacity')).toBe(3)
    expect(f.driver?.get('changes-in-plan')).toBe(0)
    expect(f.edition).toBeUndefined()
  })

  it('reads an object of value to count', () => {
    expect(readFacets({ facets: { edition: { e4: 7 } } }).edition?.get('e4')).toBe(7)
  })

  it('gives no counts when the answer has no facets or an unknown shape', () => {
    expect(readFacets({ results: [] })).toEqual({})
    expect(readFacets({ facets: { driver: 'many' } })).toEqual({})
    expect(readFacets(null)).toEqual({})
  })
})
