import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { BASE_URL, launch, noPageErrors, open } from './support.mjs'

let browser
before(async () => { browser = await launch() })
after(async () => { await browser?.close() })

/** Each page of a PDF: its size and its text, in the order the text is drawn. */
async function pdfPages(bytes) {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise
  const pages = []
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n)
    const { width, height } = page.getViewport({ scale: 1 })
    const items = (await page.getTextContent()).items
    pages.push({ n, width, height, items, text: items.map((i) => i.str).join('') })
  }
  return pages
}

const squash = (s) => s.replace(/\s+/g, '')

describe('a printed guide carries its whole matrix', () => {
  for (const slug of ['good-practice-guide-2024-25-q2', 'good-practice-guide-edition-4']) {
    it(`${slug}: printed to PDF on A4, every initiative's column and tick is on the matrix page`, async () => {
      const matrix = await (await fetch(`${BASE_URL}/api/v1/editions/${slug}/matrix`)).json()
      const page = await open(browser, `/editions/${slug}/print`)
      const pages = await pdfPages(await page.pdf({ format: 'A4' }))
      noPageErrors(page)
      await page.context().close()

      const onMatrix = pages.filter((p) => p.text.includes('Key drivers of delay (rows) by initiative (columns)'))
      assert.equal(onMatrix.length, 1, 'the matrix is on one page')
      const m = onMatrix[0]
      assert.ok(m.width > m.height, 'the matrix page is landscape')
      for (const column of matrix.columns) {
        assert.ok(squash(m.text).includes(squash(column.title)), `column "${column.title}" is printed`)
      }
      const ticks = matrix.rows.reduce((n, r) => n + r.cells.filter(Boolean).length, 0)
      assert.equal(m.items.filter((i) => i.str.includes('✓')).length, ticks, 'every tick is printed')
      const right = Math.max(...m.items.filter((i) => i.str.trim() !== '').map((i) => i.transform[4] + i.width))
      assert.ok(right <= m.width, `nothing is printed beyond the page's right edge (${right} > ${m.width})`)

      // the order the print view announces: the introduction, the matrix, then the initiatives
      assert.ok(m.n > 1 && pages[0].text.includes('Good Practice Guide'), 'the introduction comes first')
      assert.ok(pages.length > m.n, 'the initiatives follow the matrix')

      const relative = pages.flatMap((p) => p.text.match(/\(\/[^)\s]*\)/g) ?? [])
      assert.deepEqual(relative, [], 'no address inside the site is printed')
    })
  }
})
