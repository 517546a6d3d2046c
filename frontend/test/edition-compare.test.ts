import { describe, expect, it } from 'vitest'
import type { EditionDetail, Matrix } from '../src/api/client'
import { diffEditions } from '../src/views/edition-compare'

const ref = { slug: 'x', title: 'X', label: 'X' }
function edition(slug: string, initiatives: string[], upcoming: { title: string; slug?: string }[] = []): EditionDetail {
  return {
    slug, title: slug, label: slug, series: 's', initiativeCount: initiatives.length, upcomingCount: upcoming.length, hasMatrix: true,
    themes: [], introduction: [],
    initiatives: initiatives.map((s, n) => ({ position: n + 1, slug: s, title: s.toUpperCase() })),
    upcoming: upcoming.map((u, n) => ({ position: n + 1, title: u.title, text: 'soon', initiative: u.slug ? { slug: u.slug, title: u.title } : undefined }))
  } as unknown as EditionDetail
}
function matrix(columns: string[], ticks: Record<string, string[]>): Matrix {
  const drivers = ['late', 'court']
  return {
    edition: ref,
    columns: columns.map((slug, n) => ({ position: n + 1, slug, title: slug })),
    rows: drivers.map((d) => ({ driver: { slug: d, label: `Label ${d}`, shortLabel: d }, cells: columns.map((c) => (ticks[c] ?? []).includes(d)) }))
  } as unknown as Matrix
}

describe('comparing two editions', () => {
  const a = edition('a', ['fdac', 'pause', 'hope'], [{ title: 'Lifelong Links', slug: 'links' }, { title: 'Something unnamed' }])
  const b = edition('b', ['pause', 'links', 'mpower', 'hope'])

  it('splits initiatives into added, dropped and kept', () => {
    const d = diffEditions(a, b)
    expect(d.added.map((i) => i.slug)).toEqual(['links', 'mpower'])
    expect(d.dropped.map((i) => i.slug)).toEqual(['fdac'])
    expect(d.kept.map((i) => i.slug)).toEqual(['hope', 'pause'])
    expect(d.drivers).toBeUndefined()
  })

  it('says which announced items the later edition publishes', () => {
    expect(diffEditions(a, b).announcedBefore).toEqual([
      { title: 'Lifelong Links', slug: 'links', publishedNow: true },
      { title: 'Something unnamed', slug: undefined, publishedNow: false }
    ])
  })

  it('counts ticks per driver and lists initiatives whose drivers changed', () => {
    const d = diffEditions(a, b,
      matrix(['fdac', 'pause', 'hope'], { fdac: ['late'], pause: ['late'], hope: ['court'] }),
      matrix(['pause', 'links', 'hope'], { pause: ['court'], links: ['court'], hope: ['court'] }))
    expect(d.drivers).toEqual([
      { slug: 'late', label: 'Label late', before: 2, after: 0 },
      { slug: 'court', label: 'Label court', before: 1, after: 3 }
    ])
    expect(d.remapped).toEqual([{ slug: 'pause', title: 'pause', gained: ['Label court'], lost: ['Label late'] }])
  })
})
