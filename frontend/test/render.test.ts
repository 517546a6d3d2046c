import { describe, expect, it } from 'vitest'
import { escape, html } from '../src/html'
import { renderSections } from '../src/ui'
import { tickCounts } from '../src/views/matrix'
import { phoneLinks } from '../src/views/initiative'
import { sectionText } from '../src/views/compare'
import type { DelayDriver, InitiativeDetail, Matrix } from '../src/api/client'

describe('html escaping', () => {
  it('escapes interpolated text but not nested templates', () => {
    const evil = '<img src=x onerror=alert(1)>'
    expect(html`<p>${evil}</p>`.value).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>')
    expect(html`<div>${html`<b>${'a&b'}</b>`}</div>`.value).toBe('<div><b>a&amp;b</b></div>')
    expect(escape('"\'')).toBe('&quot;&#39;')
  })
})

describe('section rendering', () => {
  it('renders paragraphs and nested, ordered lists in source order', () => {
    const out = renderSections([{ heading: 'Key features', blocks: [
      { paragraph: 'Underpinned by:' },
      { list: { ordered: false, items: [{ text: 'One', list: { ordered: true, items: [{ text: 'Inner' }] } }] } }
    ] }]).value
    expect(out).toMatch(/<h2 class="govuk-heading-m">Key features<\/h2>/)
    expect(out.indexOf('Underpinned by:')).toBeLessThan(out.indexOf('One'))
    expect(out).toMatch(/<ul class="govuk-list govuk-list--bullet"><li>One<ol class="govuk-list govuk-list--number"><li>Inner<\/li><\/ol><\/li><\/ul>/)
  })
})

describe('matrix counts', () => {
  const driver = (slug: string): DelayDriver => ({ slug, label: slug, shortLabel: slug, position: 1, initiativeCount: 0, updatedAt: '2026-11-23T12:00:00Z' })
  const matrix = (cells: Record<string, boolean[]>): Matrix => ({
    edition: { slug: 'e', title: 'E', label: 'E' },
    columns: [],
    rows: Object.entries(cells).map(([slug, c]) => ({ driver: { slug, label: slug, shortLabel: slug }, cells: c }))
  })
  it('counts ticks per driver per guide and in total', () => {
    const rows = tickCounts([driver('a'), driver('b')], [matrix({ a: [true, false, true], b: [false, false, false] }), matrix({ a: [true], b: [true] })])
    expect(rows.map((r) => [r.driver.slug, r.counts, r.total])).toEqual([['a', [2, 1], 3], ['b', [0, 1], 1]])
  })
})

describe('contact phone links', () => {
  it('makes each printed number a tel: link and keeps the printed text', () => {
    const out = phoneLinks('07823 537032 or 01992 555 871').value
    expect(out).toContain('href="tel:07823537032"')
    expect(out).toContain('href="tel:01992555871"')
    expect(out).toContain('>07823 537032</a> or <a')
  })
})

describe('compare rows', () => {
  it('collects the text of matching sections from every appearance', () => {
    const i = { appearances: [{ sections: [
      { heading: 'Outcomes', blocks: [{ paragraph: 'P1' }, { list: { ordered: false, items: [{ text: 'L1' }] } }] },
      { heading: 'Key features', blocks: [{ paragraph: 'K' }] }
    ] }] } as unknown as InitiativeDetail
    expect(sectionText(i, /outcomes/i)).toEqual(['P1', 'L1'])
  })
})
