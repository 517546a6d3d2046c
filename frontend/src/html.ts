/** HTML that has already been escaped or built from escaped parts. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escape(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c])
}

type Part = SafeHtml | string | number | boolean | null | undefined | Part[]

function render(part: Part): string {
  if (part === null || part === undefined || part === false || part === true) return ''
  if (Array.isArray(part)) return part.map(render).join('')
  if (part instanceof SafeHtml) return part.value
  return escape(part)
}

/** A tagged template that escapes every interpolated value unless it is SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0]
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]
  })
  return new SafeHtml(out)
}
