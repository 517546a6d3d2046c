import { describeError, fieldForPointer, pointerParts } from '../forms'
import { blocksToText, textToBlocks } from './blocks-text'
import type { DriverMapping, EditableAppearance, EditableInitiative, InitiativeWrite, Status } from './contract'

/**
 * The initiative editor's form model: what the fields hold (sections as text, links as rows,
 * drivers as ticked boxes), and the conversions to and from the service's editable shape.
 * Pure functions, so the mapping of every field and every error is tested without a browser.
 */

export interface LinkRow {
  title: string
  url: string
  note: string
}

export interface EditorialRow {
  driver: string
  rationale: string
}

export interface AppearanceDraft {
  edition: string
  title: string
  matrixTitle: string
  summary: string
  sections: { heading: string; text: string }[]
  links: LinkRow[]
  /** Drivers ticked in this edition's printed matrix */
  printed: string[]
  /** Drivers the editors judge apply in this edition although its matrix does not tick them, and why */
  editorial: EditorialRow[]
  /** What this form does not edit, sent back as it came */
  kept: Pick<EditableAppearance, 'theme' | 'location' | 'figures' | 'references'>
}

export interface InitiativeDraft {
  title: string
  summary: string
  status: Status
  leadOrganisation: string
  partners: string
  areas: string[]
  contacts: string[]
  appearances: AppearanceDraft[]
  /** Mappings to editions the initiative does not appear in (the service refuses them): sent back as they came */
  unplaced: DriverMapping[]
}

export function toDraft(i: EditableInitiative): InitiativeDraft {
  return {
    title: i.title,
    summary: i.summary ?? '',
    status: i.status,
    leadOrganisation: i.leadOrganisation ?? '',
    partners: (i.partners ?? []).join('\n'),
    areas: [...(i.areas ?? [])],
    contacts: [...(i.contacts ?? [])],
    appearances: (i.appearances ?? []).map((a) => ({
      edition: a.edition,
      title: a.title ?? '',
      matrixTitle: a.matrixTitle ?? '',
      summary: a.summary ?? '',
      sections: (a.sections ?? []).map((s) => ({ heading: s.heading, text: blocksToText(s.blocks) })),
      links: (a.links ?? []).map((l) => ({ title: l.title, url: l.url ?? '', note: l.note ?? '' })),
      printed: (i.drivers ?? []).filter((d) => d.edition === a.edition && d.provenance === 'PRINTED_MATRIX').map((d) => d.driver),
      editorial: (i.drivers ?? []).filter((d) => d.edition === a.edition && d.provenance === 'EDITORIAL').map((d) => ({ driver: d.driver, rationale: d.rationale ?? '' })),
      kept: { theme: a.theme, location: a.location, figures: a.figures ?? [], references: a.references ?? [] }
    })),
    unplaced: (i.drivers ?? []).filter((d) => !(i.appearances ?? []).some((a) => a.edition === d.edition))
  }
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {}
}

/** The request body, and for each array the body holds, the form row each element came from. */
export interface WritePlan {
  body: InitiativeWrite
  /** linkRows[a][n]: the form row of appearance a's n-th link sent (wholly empty rows are not sent) */
  linkRows: number[][]
}

export function toWrite(d: InitiativeDraft): WritePlan {
  const linkRows: number[][] = []
  const appearances = d.appearances.map((a, ai) => {
    const rows = a.links.map((l, n) => ({ l, n })).filter(({ l }) => l.title || l.url || l.note)
    linkRows[ai] = rows.map(({ n }) => n)
    return {
      edition: a.edition,
      title: a.title,
      ...optional('matrixTitle', a.matrixTitle),
      ...optional('summary', a.summary),
      ...(a.kept.theme ? { theme: a.kept.theme } : {}),
      ...(a.kept.location ? { location: a.kept.location } : {}),
      sections: a.sections.map((s) => ({ heading: s.heading, blocks: textToBlocks(s.text) })),
      links: rows.map(({ l }) => ({ title: l.title, ...optional('url', l.url), ...optional('note', l.note) })),
      figures: a.kept.figures,
      references: a.kept.references
    }
  })
  const printed: DriverMapping[] = d.appearances.flatMap((a) => a.printed.map((driver) => ({ edition: a.edition, driver, provenance: 'PRINTED_MATRIX' as const })))
  const editorial: DriverMapping[] = d.appearances.flatMap((a) => a.editorial.map((e) => ({
    edition: a.edition, driver: e.driver, provenance: 'EDITORIAL' as const, ...optional('rationale', e.rationale)
  })))
  return {
    body: {
      title: d.title,
      ...optional('summary', d.summary),
      status: d.status,
      ...optional('leadOrganisation', d.leadOrganisation),
      partners: d.partners.split('\n').map((p) => p.trim()).filter(Boolean),
      areas: d.areas,
      contacts: d.contacts,
      appearances,
      drivers: [...printed, ...editorial, ...d.unplaced]
    },
    linkRows
  }
}

/** Ids of the form's fields, in page order: the pointer's parts joined by "-" (see fieldForPointer). */
export function fieldIds(d: InitiativeDraft, driverSlugs: string[]): string[] {
  return [
    'title', 'summary', 'status', 'leadOrganisation', 'partners',
    ...d.areas.map((a) => `areas-${a}`), 'areas',
    'contacts', ...d.contacts.map((c) => `contacts-${c}`), 'add-contact',
    ...d.appearances.flatMap((a, ai) => [
      `appearances-${ai}-title`, `appearances-${ai}-matrixTitle`, `appearances-${ai}-summary`,
      ...a.sections.flatMap((_, si) => [`appearances-${ai}-sections-${si}-heading`, `appearances-${ai}-sections-${si}-blocks`]),
      ...a.links.flatMap((_, li) => [`appearances-${ai}-links-${li}-title`, `appearances-${ai}-links-${li}-url`, `appearances-${ai}-links-${li}-note`]),
      ...driverSlugs.map((s) => `appearances-${ai}-drivers-${s}`),
      ...driverSlugs.flatMap((s) => [`appearances-${ai}-editorial-${s}`, `appearances-${ai}-editorial-${s}-rationale`])
    ])
  ]
}

/**
 * The field a pointer into the request body names. Most pointers name their field directly; array
 * elements sent in another order than the form shows them (areas, contacts, drivers, links without
 * the empty rows) are first translated to the form's row.
 */
export function fieldForEditorPointer(pointer: string, plan: WritePlan, ids: readonly string[]): string | undefined {
  const [head, index, ...rest] = pointerParts(pointer)
  const n = Number(index)
  const body = plan.body
  if (head === 'areas' && body.areas[n] !== undefined) {
    return ids.includes(`areas-${body.areas[n]}`) ? `areas-${body.areas[n]}` : 'areas'
  }
  if (head === 'contacts' && body.contacts[n] !== undefined) {
    return ids.includes(`contacts-${body.contacts[n]}`) ? `contacts-${body.contacts[n]}` : 'add-contact'
  }
  if (head === 'drivers' && body.drivers[n] !== undefined) {
    const m = body.drivers[n]
    const ai = body.appearances.findIndex((a) => a.edition === m.edition)
    const id = m.provenance === 'EDITORIAL'
      ? `appearances-${ai}-editorial-${m.driver}${rest[0] === 'rationale' ? '-rationale' : ''}`
      : `appearances-${ai}-drivers-${m.driver}`
    return ids.includes(id) ? id : undefined
  }
  if (head === 'appearances' && rest[0] === 'links' && rest[1] !== undefined) {
    const row = plan.linkRows[n]?.[Number(rest[1])]
    if (row !== undefined) return fieldForPointer(`/appearances/${n}/links/${row}/${rest.slice(2).join('/')}`.replace(/\/$/, ''), ids)
  }
  return fieldForPointer(pointer, ids)
}

/** The service's words for an editorial mapping without a reason, or a bean-validation blank. */
const BLANK_RATIONALE = /needs a rationale|must not be (blank|empty|null)/

/** Words for an error, given the field it belongs to and the edition names by slug. */
export function describeEditorError(id: string | undefined, message: string, pointer: string, d: InitiativeDraft,
  editionName: (slug: string) => string, driverName: (slug: string) => string = (s) => s): string {
  if (!id) return `${message} (${pointer || 'the whole initiative'})`
  const simple: Record<string, [string, string?]> = {
    title: ['Title', 'Enter the title of the initiative'],
    summary: ['Summary'],
    status: ['Status', 'Select whether the initiative is a draft or published'],
    leadOrganisation: ['Lead organisation'],
    partners: ['Partner organisations'],
    'add-contact': ['Contact'],
    contacts: ['Contacts']
  }
  if (simple[id]) return describeError(simple[id][0], message, simple[id][1])
  if (id === 'areas' || id.startsWith('areas-')) return describeError('Areas', message)
  if (id.startsWith('contacts-')) return describeError('Contact', message)
  const m = /^appearances-(\d+)-(.+)$/.exec(id)
  if (!m) return describeError(id, message)
  const ed = editionName(d.appearances[Number(m[1])]?.edition ?? '')
  const part = m[2]
  if (part === 'title') return describeError(`Title in ${ed}`, message, `Enter the title printed in ${ed}`)
  if (part === 'matrixTitle') return describeError(`Title in the matrix of ${ed}`, message)
  if (part === 'summary') return describeError(`Summary in ${ed}`, message)
  let s = /^sections-(\d+)-(heading|blocks)$/.exec(part)
  if (s) {
    const n = Number(s[1]) + 1
    if (s[2] === 'heading') return describeError(`Heading of section ${n} in ${ed}`, message, `Enter a heading for section ${n} in ${ed}`)
    const inner = pointerParts(pointer).slice(5)
    const block = inner[0] !== undefined ? `, block ${Number(inner[0]) + 1}` : ''
    return inner.length ? `Text of section ${n} in ${ed}${block}: ${message}` : describeError(`Text of section ${n} in ${ed}`, message, `Enter the text of section ${n} in ${ed}`)
  }
  s = /^links-(\d+)-(title|url|note)$/.exec(part)
  if (s) {
    const n = Number(s[1]) + 1
    if (s[2] === 'url') {
      return /URL/.test(message) ? `Enter the web address of link ${n} in ${ed} in the correct format, like https://www.example.gov.uk`
        : describeError(`Web address of link ${n} in ${ed}`, message)
    }
    return describeError(`${s[2] === 'title' ? 'Title' : 'Note'} of link ${n} in ${ed}`, message, `Enter the title of link ${n} in ${ed}`)
  }
  s = /^editorial-(.+?)(-rationale)?$/.exec(part)
  if (s) {
    const name = driverName(s[1])
    if (!s[2]) {
      return /twice/.test(message) ? `“${name}” is ticked in the matrix of ${ed}: untick it there or remove the editors’ judgement`
        : `Editors’ judgement “${name}” in ${ed} ${message}`
    }
    return BLANK_RATIONALE.test(message) ? `Enter why the editors judge that “${name}” applies in ${ed}`
      : `Why “${name}” applies in ${ed}: ${message}`
  }
  s = /^drivers-(.+)$/.exec(part)
  if (s) return `Driver of delay “${driverName(s[1])}” in ${ed} ${message}`
  return describeError(part, message)
}

/** One answer the editor changed, as text they can copy. */
export interface Change {
  label: string
  value: string
}

/**
 * What the editor changed since they opened the initiative, field by field: shown after a save was
 * refused because someone else saved first, so that nothing typed is lost when the latest version loads.
 */
export function changesSince(opened: InitiativeDraft, mine: InitiativeDraft, editionName: (slug: string) => string): Change[] {
  const out: Change[] = []
  const field = (label: string, was: string, now: string) => {
    if (was !== now) out.push({ label, value: now })
  }
  field('Title', opened.title, mine.title)
  field('Summary', opened.summary, mine.summary)
  field('Status', opened.status, mine.status)
  field('Lead organisation', opened.leadOrganisation, mine.leadOrganisation)
  field('Partner organisations', opened.partners, mine.partners)
  field('Areas', opened.areas.join(', '), mine.areas.join(', '))
  field('Contacts', opened.contacts.join(', '), mine.contacts.join(', '))
  mine.appearances.forEach((a, ai) => {
    const o = opened.appearances[ai]
    const ed = editionName(a.edition)
    if (!o) return
    field(`Title in ${ed}`, o.title, a.title)
    field(`Title in the matrix of ${ed}`, o.matrixTitle, a.matrixTitle)
    field(`Summary in ${ed}`, o.summary, a.summary)
    a.sections.forEach((s, si) => {
      const was = o.sections[si]
      field(`Section ${si + 1} in ${ed}`, was ? `${was.heading}\n\n${was.text}` : '', `${s.heading}\n\n${s.text}`)
    })
    if (o.sections.length > a.sections.length) out.push({ label: `Sections in ${ed}`, value: `${o.sections.length - a.sections.length} removed` })
    const links = (rows: LinkRow[]) => rows.map((l) => [l.title, l.url, l.note].filter(Boolean).join(' – ')).join('\n')
    field(`Helpful links in ${ed}`, links(o.links), links(a.links))
    field(`Drivers of delay in ${ed}`, [...o.printed].sort().join(', '), [...a.printed].sort().join(', '))
    const judged = (rows: EditorialRow[]) => [...rows].sort((x, y) => x.driver.localeCompare(y.driver)).map((e) => `${e.driver}: ${e.rationale}`).join('\n')
    field(`Editors’ judgement in ${ed}`, judged(o.editorial), judged(a.editorial))
  })
  return out
}
