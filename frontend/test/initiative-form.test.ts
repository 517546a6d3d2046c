import { describe, expect, it } from 'vitest'
import type { EditableInitiative } from '../src/editor/contract'
import { changesSince, describeEditorError, fieldForEditorPointer, fieldIds, toDraft, toWrite } from '../src/editor/initiative-form'

const initiative: EditableInitiative = {
  slug: 'lancaster-hope-boxes',
  status: 'PUBLISHED',
  version: 3,
  title: 'Hope Boxes',
  summary: 'Boxes of hope',
  leadOrganisation: 'Lancashire County Council',
  partners: ['NHS', 'Barnardo’s'],
  areas: ['lancashire', 'lancaster'],
  contacts: ['jo-bloggs'],
  appearances: [{
    edition: 'gpg-q2',
    title: 'Lancaster Hope Boxes',
    theme: 'theme-a',
    location: 'Slide 10',
    sections: [
      { heading: 'What', blocks: [{ paragraph: 'Intro:' }, { list: { ordered: false, items: [{ text: 'a', list: { ordered: true, items: [{ text: 'b' }] } }] } }] },
      { heading: 'Outcomes', blocks: [{ paragraph: 'Good.' }] }
    ],
    links: [{ title: 'Site', url: 'https://example.org' }, { title: 'Lost address', note: 'printed without one' }],
    figures: [{ value: '12', description: 'boxes' }],
    references: []
  }],
  drivers: [
    { edition: 'gpg-q2', driver: 'court-capacity', provenance: 'PRINTED_MATRIX' },
    { edition: 'gpg-q2', driver: 'changes-in-plan', provenance: 'EDITORIAL', rationale: 'Because' }
  ]
}

const { slug: _slug, version: _version, ...writable } = initiative

describe('the initiative form model', () => {
  it('writes back exactly what it read when nothing changes', () => {
    expect(toWrite(toDraft(initiative)).body).toEqual(writable)
  })

  it('sends a new section’s text as blocks, leaves out empty link rows and optional answers, and keeps editorial mappings', () => {
    const d = toDraft(initiative)
    d.summary = ''
    d.appearances[0].sections.push({ heading: 'New', text: 'One.\n\n1. x\n2. y' })
    d.appearances[0].links.splice(0, 0, { title: '', url: '', note: '' })
    d.appearances[0].printed = ['court-capacity', 'workforce-capacity']
    const plan = toWrite(d)
    expect(plan.body.summary).toBeUndefined()
    expect(plan.body.appearances[0].sections[2]).toEqual({ heading: 'New', blocks: [{ paragraph: 'One.' }, { list: { ordered: true, items: [{ text: 'x' }, { text: 'y' }] } }] })
    expect(plan.body.appearances[0].links).toEqual(initiative.appearances[0].links)
    expect(plan.linkRows).toEqual([[1, 2]])
    expect(plan.body.drivers).toEqual([
      { edition: 'gpg-q2', driver: 'court-capacity', provenance: 'PRINTED_MATRIX' },
      { edition: 'gpg-q2', driver: 'workforce-capacity', provenance: 'PRINTED_MATRIX' },
      { edition: 'gpg-q2', driver: 'changes-in-plan', provenance: 'EDITORIAL', rationale: 'Because' }
    ])
  })

  it('reads editorial mappings per edition, and sends added, changed and removed ones', () => {
    const d = toDraft(initiative)
    expect(d.appearances[0].editorial).toEqual([{ driver: 'changes-in-plan', rationale: 'Because' }])
    d.appearances[0].editorial = [{ driver: 'workforce-capacity', rationale: 'Staffing is the point' }, { driver: 'court-capacity-x', rationale: '' }]
    expect(toWrite(d).body.drivers).toEqual([
      { edition: 'gpg-q2', driver: 'court-capacity', provenance: 'PRINTED_MATRIX' },
      { edition: 'gpg-q2', driver: 'workforce-capacity', provenance: 'EDITORIAL', rationale: 'Staffing is the point' },
      // no reason yet: sent without one, for the service to ask for it
      { edition: 'gpg-q2', driver: 'court-capacity-x', provenance: 'EDITORIAL' }
    ])
  })

  it('sends back mappings to editions it does not appear in as they came', () => {
    const stray = { edition: 'gone', driver: 'court-capacity', provenance: 'EDITORIAL' as const, rationale: 'Old' }
    const plan = toWrite(toDraft({ ...initiative, drivers: [...initiative.drivers, stray] }))
    expect(plan.body.drivers.at(-1)).toEqual(stray)
  })
})

describe('errors on the initiative form', () => {
  const d = toDraft(initiative)
  d.appearances[0].links.splice(0, 0, { title: '', url: '', note: '' }) // row 0 empty: body link n is form row n + 1
  const plan = toWrite(d)
  const ids = fieldIds(d, ['court-capacity', 'changes-in-plan'])

  it('finds the field of every kind of pointer', () => {
    expect(fieldForEditorPointer('/title', plan, ids)).toBe('title')
    expect(fieldForEditorPointer('/appearances/0/sections/1/heading', plan, ids)).toBe('appearances-0-sections-1-heading')
    expect(fieldForEditorPointer('/appearances/0/sections/0/blocks/1/list/items/0/text', plan, ids)).toBe('appearances-0-sections-0-blocks')
    expect(fieldForEditorPointer('/appearances/0/links/0/url', plan, ids)).toBe('appearances-0-links-1-url')
    expect(fieldForEditorPointer('/appearances/0/links/1', plan, ids)).toBe('appearances-0-links-2-title')
    expect(fieldForEditorPointer('/areas/1', plan, ids)).toBe('areas-lancaster')
    expect(fieldForEditorPointer('/areas/0', plan, ids)).toBe('areas-lancashire')
    expect(fieldForEditorPointer('/contacts/0', plan, ids)).toBe('contacts-jo-bloggs')
    expect(fieldForEditorPointer('/drivers/0/driver', plan, ids)).toBe('appearances-0-drivers-court-capacity')
    expect(fieldForEditorPointer('/drivers/1/rationale', plan, ids)).toBe('appearances-0-editorial-changes-in-plan-rationale')
    expect(fieldForEditorPointer('/drivers/1', plan, ids)).toBe('appearances-0-editorial-changes-in-plan')
    expect(fieldForEditorPointer('/nonsense', plan, ids)).toBeUndefined()
  })

  it('words them with the edition and the section or link they are about', () => {
    const name = () => 'Guide Q2'
    expect(describeEditorError('title', 'must not be blank', '/title', d, name)).toBe('Enter the title of the initiative')
    expect(describeEditorError('appearances-0-sections-1-heading', 'must not be blank', '/appearances/0/sections/1/heading', d, name))
      .toBe('Enter a heading for section 2 in Guide Q2')
    expect(describeEditorError('appearances-0-sections-0-blocks', 'must not be blank', '/appearances/0/sections/0/blocks/1/list/items/0/text', d, name))
      .toBe('Text of section 1 in Guide Q2, block 2: must not be blank')
    expect(describeEditorError('appearances-0-links-1-url', 'must be an absolute http(s) URL', '/appearances/0/links/0/url', d, name))
      .toBe('Enter the web address of link 2 in Guide Q2 in the correct format, like https://www.example.gov.uk')
    expect(describeEditorError('appearances-0-editorial-changes-in-plan-rationale', 'an editorial mapping needs a rationale', '/drivers/1/rationale', d, name, () => 'Changes in plan'))
      .toBe('Enter why the editors judge that “Changes in plan” applies in Guide Q2')
    expect(describeEditorError('appearances-0-editorial-changes-in-plan-rationale', 'size must be between 0 and 2000', '/drivers/1/rationale', d, name, () => 'Changes in plan'))
      .toBe('Why “Changes in plan” applies in Guide Q2: size must be between 0 and 2000')
    expect(describeEditorError(undefined, 'is unknown', '/rating', d, name)).toBe('is unknown (/rating)')
  })
})

describe('unsaved changes after someone else saved first', () => {
  it('lists each changed answer with what the editor typed', () => {
    const opened = toDraft(initiative)
    const mine = toDraft(initiative)
    mine.summary = 'Mine'
    mine.appearances[0].sections[1].text = 'Better.'
    mine.appearances[0].printed = []
    mine.appearances[0].editorial[0].rationale = 'Because of the courts'
    expect(changesSince(opened, mine, () => 'Q2')).toEqual([
      { label: 'Summary', value: 'Mine' },
      { label: 'Section 2 in Q2', value: 'Outcomes\n\nBetter.' },
      { label: 'Drivers of delay in Q2', value: '' },
      { label: 'Editors’ judgement in Q2', value: 'changes-in-plan: Because of the courts' }
    ])
    expect(changesSince(opened, toDraft(initiative), () => 'Q2')).toEqual([])
  })
})
