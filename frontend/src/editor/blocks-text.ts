/**
 * A section's blocks as plain text an editor can type in one textarea, and back.
 *
 * - Blocks are separated by a blank line.
 * - A block whose first line starts with "- " is a bulleted list, with "1. " (any number) a
 *   numbered list; anything else is a paragraph. A line of a paragraph may hold a single line break.
 * - A list item nests under the item above it when indented by two more spaces.
 * - A line inside a list that is not an item continues the item above it (a line break in the item).
 * - A paragraph (or an item's continuation line) that would otherwise read as a list item starts
 *   with a backslash, which is dropped: "\1. Not a list".
 *
 * Text made by {@link blocksToText} turns back into exactly the same blocks, for every block whose
 * texts hold no blank line, no trailing spaces and no leading spaces after a line break.
 */

export interface ListItem {
  text: string
  list?: ContentList
}

export interface ContentList {
  ordered: boolean
  items: ListItem[]
}

export interface Block {
  paragraph?: string
  list?: ContentList
}

const INDENT = '  '
const MARKER = /^( *)(-|\d+\.)(?: (.*)|$)/
const LOOKS_LIKE_ITEM = /^\s*(-|\d+\.)( |$)/

function escapeLine(line: string): string {
  return LOOKS_LIKE_ITEM.test(line) || line.startsWith('\\') || /^\s/.test(line) ? `\\${line}` : line
}

function unescapeLine(line: string): string {
  return line.startsWith('\\') ? line.slice(1) : line
}

function listLines(list: ContentList, depth: number): string[] {
  return list.items.flatMap((item, n) => {
    const [first, ...rest] = item.text.split('\n')
    const marker = list.ordered ? `${n + 1}. ` : '- '
    return [
      `${INDENT.repeat(depth)}${marker}${first}`,
      ...rest.map((line) => `${INDENT.repeat(depth + 1)}${escapeLine(line)}`),
      ...(item.list ? listLines(item.list, depth + 1) : [])
    ]
  })
}

export function blocksToText(blocks: Block[]): string {
  return blocks
    .map((b) => (b.list ? listLines(b.list, 0).join('\n') : escapeLine(b.paragraph ?? '')))
    .join('\n\n')
}

function paragraph(lines: string[]): Block {
  const [first, ...rest] = lines
  return { paragraph: [first.startsWith('\\') ? first.slice(1) : first.trimStart(), ...rest].join('\n') }
}

/** One run of non-blank lines that starts with an item: one list, or several if the top-level kind changes. */
function lists(lines: string[]): Block[] {
  const blocks: Block[] = []
  const base = MARKER.exec(lines[0])?.[1].length ?? 0
  let stack: ContentList[] = []
  for (const line of lines) {
    const m = MARKER.exec(line)
    if (!m) {
      const deepest = stack[stack.length - 1]
      const item = deepest.items[deepest.items.length - 1]
      item.text += `\n${unescapeLine(line.trimStart())}`
      continue
    }
    const ordered = m[2] !== '-'
    const text = m[3] ?? ''
    const depth = Math.min(Math.max(Math.floor((m[1].length - base) / INDENT.length), 0), stack.length)
    if (depth === 0 && (stack.length === 0 || stack[0].ordered !== ordered)) {
      stack = [{ ordered, items: [] }]
      blocks.push({ list: stack[0] })
    } else if (depth === stack.length) {
      const parent = stack[depth - 1].items[stack[depth - 1].items.length - 1]
      parent.list = { ordered, items: [] }
      stack.push(parent.list)
    } else {
      stack = stack.slice(0, depth + 1)
    }
    stack[depth].items.push({ text })
  }
  return blocks
}

export function textToBlocks(text: string): Block[] {
  const chunks: string[][] = []
  let current: string[] = []
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd()
    if (line === '') {
      if (current.length) chunks.push(current)
      current = []
    } else {
      current.push(line)
    }
  }
  if (current.length) chunks.push(current)
  return chunks.flatMap((lines) => (MARKER.test(lines[0]) ? lists(lines) : [paragraph(lines)]))
}
