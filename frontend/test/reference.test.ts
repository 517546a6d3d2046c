import { describe, expect, it } from 'vitest'
import type { EditionSummary } from '../src/api/client'
import { themesByEdition } from '../src/reference'

const edition = (slug: string) => ({ slug, title: slug, label: slug }) as unknown as EditionSummary

describe('themesByEdition', () => {
  it('nests each section under its theme, edition by edition, in the editions list order', () => {
    const rows = [
      { edition: 'guide-2016', theme: 'rethinking', title: 'Theme 1', initiatives: 3 },
      { edition: 'guide-2016', theme: 'methods', title: 'Section 1.1', parent: 'rethinking', initiatives: 2 },
      { edition: 'guide-2016', theme: 'courts', title: 'Theme 2', initiatives: 1 },
      { edition: 'handbook', theme: 'rethinking', title: 'Handbook theme', initiatives: 1 },
      { edition: 'handbook', theme: 'methods', title: 'Handbook section', parent: 'rethinking', initiatives: 1 }
    ]
    expect(themesByEdition([edition('handbook'), edition('no-themes'), edition('guide-2016')], rows)).toEqual([
      { edition: edition('handbook'), themes: [{ slug: 'rethinking', title: 'Handbook theme', sections: [{ slug: 'methods', title: 'Handbook section' }] }] },
      {
        edition: edition('guide-2016'),
        themes: [
          { slug: 'rethinking', title: 'Theme 1', sections: [{ slug: 'methods', title: 'Section 1.1' }] },
          { slug: 'courts', title: 'Theme 2', sections: [] }
        ]
      }
    ])
  })
})
