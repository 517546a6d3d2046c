/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { Block, blocksToText, ContentList, textToBlocks } from '../src/editor/blocks-text'

describe('section text for editors', () => {
  it('writes paragraphs and lists separated by blank lines, nested items indented by two spaces', () => {
    const blocks: Block[] = [
      { paragraph: 'Underpinned by:' },
      { list: { ordered: false, items: [{ text: 'One', list: { ordered: true, items: [{ text: 'Inner' }, { text: 'Second' }] } }, { text: 'Two' }] } },
      { paragraph: 'After.' }
    ]
    expect(blocksToText(blocks)).toBe('Underpinned by:\n\n- One\n  1. Inner\n  2. Second\n- Two\n\nAfter.')
    expect(textToBlocks(blocksToText(blocks))).toEqual(blocks)
  })

  it('reads what an editor types: any numbers, extra blank lines, Windows line ends and trailing spaces', () => {
    expect(textToBlocks('\r\n\r\nFirst paragraph  \r\n\r\n\r\n3. a\r\n7. b\r\n')).toEqual([
      { paragraph: 'First paragraph' },
      { list: { ordered: true, items: [{ text: 'a' }, { text: 'b' }] } }
    ])
    expect(textToBlocks('')).toEqual([])
    expect(textToBlocks('  \n \n')).toEqual([])
  })

  it('keeps a line break inside a paragraph and inside an item', () => {
    const blocks: Block[] = [
      { paragraph: 'Line one\nline two' },
      { list: { ordered: false, items: [{ text: 'Item\ncontinued', list: { ordered: false, items: [{ text: 'x\n- not an item' }] } }] } }
    ]
    const text = blocksToText(blocks)
    expect(text).toBe('Line one\nline two\n\n- Item\n  continued\n  - x\n    \\- not an item')
    expect(textToBlocks(text)).toEqual(blocks)
  })

  it('escapes a paragraph that would read as a list item or starts with a backslash', () => {
    const blocks: Block[] = [{ paragraph: '1. Not a list' }, { paragraph: '- nor this' }, { paragraph: '\\ back' }, { paragraph: '2020.' }]
    expect(blocksToText(blocks)).toBe('\\1. Not a list\n\n\\- nor this\n\n\\\\ back\n\n\\2020.')
    expect(textToBlocks(blocksToText(blocks))).toEqual(blocks)
    expect(textToBlocks('* Note: a star is not a bullet')).toEqual([{ paragraph: '* Note: a star is not a bullet' }])
  })

  it('starts a new list when the top-level kind changes, and keeps two lists apart by a blank line', () => {
    expect(textToBlocks('- a\n1. b')).toEqual([
      { list: { ordered: false, items: [{ text: 'a' }] } },
      { list: { ordered: true, items: [{ text: 'b' }] } }
    ])
    const twoLists: Block[] = [{ list: { ordered: false, items: [{ text: 'a' }] } }, { list: { ordered: false, items: [{ text: 'b' }] } }]
    expect(textToBlocks(blocksToText(twoLists))).toEqual(twoLists)
  })

  it('nests an item indented too far under the item above, and returns to an outer level', () => {
    expect(textToBlocks('- a\n      - b\n- c')).toEqual([{ list: { ordered: false, items: [
      { text: 'a', list: { ordered: false, items: [{ text: 'b' }] } }, { text: 'c' }] } }])
    expect(textToBlocks('- a\n  - b\n    - c\n  - d\n- e')).toEqual([{ list: { ordered: false, items: [
      { text: 'a', list: { ordered: false, items: [{ text: 'b', list: { ordered: false, items: [{ text: 'c' }] } }, { text: 'd' }] } },
      { text: 'e' }] } }])
  })

  it('round-trips random content', () => {
    let seed = 42
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const words = ['a', '- b', '1. c', '\\d', 'e f', '2020.', '* g', '-h', 'i:', '  j']
    const text = (lines = 1) => Array.from({ length: lines }, (_, n) => {
      const w = Array.from({ length: 1 + random(4) }, () => words[random(words.length)]).join(' ').trim()
      return n > 0 ? w.trimStart() : w
    }).join('\n')
    const list = (depth: number): ContentList => ({
      ordered: random(2) === 0,
      items: Array.from({ length: 1 + random(4) }, () => ({
        text: text(1 + (random(5) === 0 ? 1 : 0)),
        ...(depth < 3 && random(3) === 0 ? { list: list(depth + 1) } : {})
      }))
    })
    for (let n = 0; n < 500; n++) {
      const blocks: Block[] = Array.from({ length: random(6) }, () =>
        random(2) === 0 ? { paragraph: text(1 + random(2)) } : { list: list(0) })
      expect(textToBlocks(blocksToText(blocks))).toEqual(blocks)
    }
  })
})

/** The data files write an item without a nested list as a plain string; the API always as {text}. */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if ('items' in o && 'ordered' in o) {
      return { ordered: o.ordered, items: (o.items as unknown[]).map((i) => (typeof i === 'string' ? { text: i } : normalise(i))) }
    }
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, normalise(v)]))
  }
  return value
}

function seededSections(): { where: string; blocks: Block[] }[] {
  const dir = fileURLToPath(new URL('../../src/main/resources/data/editions/', import.meta.url))
  const found: { where: string; blocks: Block[] }[] = []
  const walk = (value: unknown, where: string) => {
    if (Array.isArray(value)) value.forEach((v, n) => walk(v, `${where}/${n}`))
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>
      if (typeof o.heading === 'string' && Array.isArray(o.blocks)) found.push({ where: `${where} (${o.heading})`, blocks: normalise(o.blocks) as Block[] })
      else Object.entries(o).forEach(([k, v]) => walk(v, `${where}/${k}`))
    }
  }
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) walk(load(readFileSync(dir + file, 'utf8')), file)
  return found
}

describe('every seeded section', () => {
  const sections = seededSections()

  it('is found in the data files', () => {
    expect(sections.length).toBeGreaterThan(300)
    expect(sections.some((s) => s.blocks.some((b) => b.list?.items.some((i) => i.list)))).toBe(true)
  })

  it('turns into text and back into exactly the same blocks', () => {
    const changed = sections.filter((s) => JSON.stringify(textToBlocks(blocksToText(s.blocks))) !== JSON.stringify(s.blocks))
    expect(changed.map((s) => s.where)).toEqual([])
  })
})
