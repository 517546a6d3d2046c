import { describe, expect, it } from 'vitest'
import { describeError, errorSummary, fieldForPointer, problemErrors, textInput } from '../src/forms'
import { describeSuggestionError, suggestionBody, waitWords } from '../src/views/suggest'
import { safeReturnTo } from '../src/views/sign-in'
import { describeEditionError, detailsOf, editionChanges, moved, unlessDerived } from '../src/editor/editions'
import { slugify } from '../src/editor/common'
import type { Problem } from '../src/api/client'

const problem = (errors: { pointer: string; message: string }[]): Problem =>
  ({ type: '/problems/invalid-body', title: 'Invalid request body', status: 400, detail: 'x', instance: '/x', errors })

describe('JSON Pointers to form fields', () => {
  const ids = ['title', 'links-0-title', 'links-0-url', 'appearances-0-sections-1-heading', 'appearances-0-sections-1-blocks']
  it('names the field whose id is the pointer joined by hyphens', () => {
    expect(fieldForPointer('/title', ids)).toBe('title')
    expect(fieldForPointer('/links/0/url', ids)).toBe('links-0-url')
  })
  it('names the first field of a row, and the field holding a deeper part', () => {
    expect(fieldForPointer('/links/0', ids)).toBe('links-0-title')
    expect(fieldForPointer('/appearances/0/sections/1/blocks/3/list/items/0/text', ids)).toBe('appearances-0-sections-1-blocks')
    expect(fieldForPointer('/appearances/0/sections/1', ids)).toBe('appearances-0-sections-1-heading')
  })
  it('names nothing for a pointer outside the form', () => {
    expect(fieldForPointer('', ids)).toBeUndefined()
    expect(fieldForPointer('/rating', ids)).toBeUndefined()
  })
})

describe('the service’s 400 as GOV.UK errors', () => {
  const ids = ['title', 'contactEmail', 'links-0-title', 'links-0-url']
  it('gives one error per field, in the order of the form, preferring "enter" over a format rule', () => {
    const errors = problemErrors(problem([
      { pointer: '/links/0/url', message: 'must be an absolute http(s) URL' },
      { pointer: '/links/0/url', message: 'must not be blank' },
      { pointer: '/contactEmail', message: 'must be a well-formed email address' },
      { pointer: '/title', message: 'must not be blank' }
    ]), ids, describeSuggestionError)
    expect(errors).toEqual([
      { id: 'title', text: 'Enter the name of the initiative' },
      { id: 'contactEmail', text: 'Enter an email address in the correct format, like name@example.com' },
      { id: 'links-0-url', text: 'Enter the web address of link 1' }
    ])
  })
  it('keeps an error about no field, and the detail when there are no field errors', () => {
    expect(problemErrors(problem([{ pointer: '/rating', message: 'is not allowed' }]), ids, (id, m) => `${id ?? '?'} ${m}`))
      .toEqual([{ id: undefined, text: '? is not allowed' }])
    expect(problemErrors({ ...problem([]), detail: 'Unknown field' }, ids, (_, m) => m)).toEqual([{ text: 'Unknown field' }])
  })
  it('words a rule after the field’s label, or a missing answer as "Enter …"', () => {
    expect(describeError('Title', 'must not be blank')).toBe('Enter title')
    expect(describeError('Title', 'must not be blank', 'Enter the title')).toBe('Enter the title')
    expect(describeError('Your name', 'size must be between 0 and 100')).toBe('Your name size must be between 0 and 100')
    expect(describeSuggestionError('links-2-title', 'must be plain text (no HTML or script)')).toBe('Title of link 3 must be plain text (no HTML or script)')
  })
  it('renders a summary whose links lead to the fields, and fields that point to their errors', () => {
    const out = errorSummary([{ id: 'title', text: 'Enter the title' }, { text: 'Not about a field' }]).value
    expect(out).toContain('<a href="#title">Enter the title</a>')
    expect(out).toContain('<li>Not about a field</li>')
    expect(errorSummary([]).value).toBe('')
    const field = textInput({ id: 'title', label: 'Title', hint: 'Short', error: 'Enter the title', value: '<b>' }).value
    expect(field).toContain('govuk-form-group--error')
    expect(field).toContain('aria-describedby="title-hint title-error"')
    expect(field).toContain('value="&lt;b&gt;"')
  })
})

describe('suggestion form', () => {
  it('leaves out empty optional answers and wholly empty link rows', () => {
    expect(suggestionBody({ title: 't', description: 'd', organisation: 'o', area: '', contactName: 'n', contactEmail: 'e',
      links: [{ title: '', url: '' }, { title: 'x', url: '' }] }))
      .toEqual({ title: 't', description: 'd', organisation: 'o', contactName: 'n', contactEmail: 'e', links: [{ title: 'x', url: '' }] })
  })
  it('says how long to wait in words', () => {
    expect(waitWords(30)).toBe('in a minute')
    expect(waitWords(61)).toBe('in 2 minutes')
    expect(waitWords(3600)).toBe('in 60 minutes')
    expect(waitWords(3 * 3600)).toBe('in 3 hours')
  })
})

describe('returning after sign-in', () => {
  it('returns only to a page of this site', () => {
    expect(safeReturnTo('?returnTo=%2Fediting%2Fsuggestions%3Fstatus%3DNEW')).toBe('/editing/suggestions?status=NEW')
    expect(safeReturnTo('?returnTo=https%3A%2F%2Fevil.example')).toBe('/editing')
    expect(safeReturnTo('?returnTo=%2F%2Fevil.example')).toBe('/editing')
    expect(safeReturnTo('?returnTo=%2F%5Cevil.example')).toBe('/editing')
    expect(safeReturnTo('')).toBe('/editing')
  })
})

describe('editions', () => {
  it('moves an initiative one place, and not past either end', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c'])
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b'])
    expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b'])
    expect(moved(['a', 'b'], 1, 1)).toEqual(['a', 'b'])
  })
  it('shows no error about a slug made from the title, unless it is the only one', () => {
    const errors = [{ id: 'title', text: 'Enter the title' }, { id: 'slug', text: 'Enter web address name' }]
    expect(unlessDerived(errors, '')).toEqual([{ id: 'title', text: 'Enter the title' }])
    expect(unlessDerived(errors, 'typed')).toEqual(errors)
    expect(unlessDerived([{ id: 'slug', text: 'Too long' }], '')).toEqual([{ id: 'slug', text: 'Too long' }])
  })
  it('makes a slug of lower-case words joined by hyphens', () => {
    expect(slugify('Good Practice Guide — Edition 5')).toBe('good-practice-guide-edition-5')
    expect(slugify('Children’s Social Care & Family Justice: 2026/27')).toBe('children-s-social-care-and-family-justice-2026-27')
    expect(slugify('  Café  ')).toBe('cafe')
  })
})

describe('the edition details form', () => {
  const edition = {
    slug: 'gpg-5', title: 'Good Practice Guide', series: 'Guides', label: 'Edition 5', subtitle: 'For courts',
    status: 'DRAFT' as const, initiatives: [], version: 2
  }

  it('writes back exactly the fields it read, leaving out those not given', () => {
    expect(editionChanges(detailsOf(edition))).toEqual({ title: 'Good Practice Guide', series: 'Guides', label: 'Edition 5', subtitle: 'For courts' })
  })

  it('clears a field left empty', () => {
    expect(editionChanges({ ...detailsOf(edition), subtitle: '', publicationDate: '2026-03' }))
      .toEqual({ title: 'Good Practice Guide', series: 'Guides', label: 'Edition 5', publicationDate: '2026-03' })
  })

  it('tells a date in the wrong format by example, and a missing answer as “Enter …”', () => {
    expect(describeEditionError('publicationDate', 'must match "\\d{4}(-(0[1-9]|1[0-2]))?"', '/publicationDate'))
      .toBe('Enter the publication date as a year, a month or a day, like 2026, 2026-03 or 2026-03-31')
    expect(describeEditionError('label', 'must not be blank', '/label')).toBe('Enter the label of the edition')
    expect(describeEditionError('publisher', 'size must be between 0 and 400', '/publisher')).toBe('Publisher size must be between 0 and 400')
    expect(describeEditionError(undefined, 'is unknown', '/colour')).toBe('is unknown (/colour)')
  })
})
