// Uses the TypeScript client that OpenAPI Generator 7 (typescript-fetch) makes from openapi/openapi.yaml,
// as a client developer would: page, filter, search, export CSV, then as an editor create, merge-patch,
// read for editing, put back unchanged, delete, publish an edition, write contacts and driver mappings,
// decide suggestions, as an admin (when ADMIN_USERNAME is set) create and change an account, and sign
// out. Any status but the documented success throws.
import {
  AccountsApi, AreasApi, AreaContactsApi, Configuration, DelayDriversApi, EditionsApi, ExportsApi, InitiativesApi, SuggestionsApi
} from './generated'

const basePath = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '')
const username = process.env.EDITOR_USERNAME ?? ''
const password = process.env.EDITOR_PASSWORD ?? ''

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`failed: ${what}`)
  console.log(`ok - ${what}`)
}

async function main(): Promise<void> {
  const anyone = new Configuration({ basePath })
  const initiatives = new InitiativesApi(anyone)

  const first = await initiatives.listInitiatives({ page: 1, pageSize: 10 })
  const second = await initiatives.listInitiatives({ page: 2, pageSize: 10 })
  check(first.paging.totalResults > 10 && second.results[0].slug !== first.results[0].slug, 'pages through initiatives')

  const filtered = await initiatives.listInitiatives({ driver: ['lack-of-information-sharing'], edition: ['good-practice-guide-edition-4'] })
  check(filtered.results.length > 0 && filtered.results.length < first.paging.totalResults, 'filters by driver and edition (arrays)')

  const found = await initiatives.listInitiatives({ q: 'family group conference', sort: 'title' as never })
  check(found.results.length > 0, 'searches')

  const contacts = await new AreaContactsApi(anyone).listContacts({ area: ['leeds'], edition: ['innovation-programme-directory-2016'] })
  check(contacts.results.length > 0, 'filters contacts')

  const csv = await new ExportsApi(anyone).exportInitiativesRaw({ driver: ['lack-of-information-sharing'] })
  const text = await csv.raw.text()
  check(csv.raw.status === 200 && (csv.raw.headers.get('Content-Type') ?? '').startsWith('text/csv') && text.split('\r\n').length > 2,
    'exports initiatives as CSV, filtered')

  const editor = new Configuration({ basePath, username, password })
  const areas = new AreasApi(editor)
  const slug = `client-check-${Date.now()}`
  const created = await areas.createAreaRaw({ newArea: { slug, name: 'Client Check Council', type: 'LOCAL_AUTHORITY' as never } })
  check(created.raw.status === 201 && created.raw.headers.get('ETag') === '"v0"', 'creates an area (201, ETag)')

  const patched = await areas.patchAreaRaw({ slug, ifMatch: '"v0"', areaPatch: { name: 'Client Check Borough Council' } })
  check((await patched.value()).name === 'Client Check Borough Council', 'merge-patches one field')

  const editable = await areas.getEditableAreaRaw({ slug })
  const etag = editable.raw.headers.get('ETag') ?? ''
  const replaced = await areas.replaceAreaRaw({ slug, ifMatch: etag, areaChanges: await editable.value() })
  check(replaced.raw.status === 200, 'puts the editable record back unchanged')

  await areas.deleteArea({ slug, ifMatch: '*' })
  check(true, 'deletes with If-Match: * (204)')

  const stamp = Date.now()
  const editions = new EditionsApi(editor)
  const edition = `client-check-edition-${stamp}`
  await editions.createEdition({ newEdition: { slug: edition, title: 'Client check', series: 'Client checks', label: `Check ${stamp}` } })
  const initiative = `client-check-initiative-${stamp}`
  await new InitiativesApi(editor).createInitiative({ newInitiative: { slug: initiative, title: 'Client check initiative', edition } })
  const mappings = new DelayDriversApi(editor)
  const mapping = await mappings.createDriverMappingRaw({
    newDriverMapping: { initiative, driver: 'lack-of-information-sharing', edition, provenance: 'EDITORIAL' as never, rationale: 'A client check' }
  })
  const mappingId = (await mapping.value()).id
  check(mapping.raw.status === 201, 'creates a driver mapping (201)')
  const remapped = await mappings.patchDriverMappingRaw({ id: mappingId, ifMatch: mapping.raw.headers.get('ETag') ?? '', driverMappingPatch: { rationale: 'Checked again' } })
  check((await remapped.value()).rationale === 'Checked again', 'merge-patches a mapping')
  const contacts2 = new AreaContactsApi(editor)
  const contact = `client-check-contact-${stamp}`
  const createdContact = await contacts2.createContactRaw({ newAreaContact: { slug: contact, name: 'Client Check', edition, initiatives: [initiative], email: 'client.check@example.gov.uk' } })
  check(createdContact.raw.status === 201, 'creates a contact (201)')
  const patchedContact = await contacts2.patchContact({ slug: contact, ifMatch: createdContact.raw.headers.get('ETag') ?? '', areaContactPatch: { role: 'Checker', email: null } })
  check(patchedContact.role === 'Checker' && patchedContact.email == null, 'merge-patches a contact, null removing its e-mail')
  const editionTag = (await editions.getEditableEditionRaw({ slug: edition })).raw.headers.get('ETag') ?? ''
  const published = await editions.publishEdition({ slug: edition, ifMatch: editionTag })
  check(published.status === 'PUBLISHED', 'publishes an edition with its draft initiative')
  const seen = await initiatives.getInitiative({ slug: initiative })
  check(seen.contacts.some((c) => c.slug === contact) && seen.delayDrivers.length === 1, 'the public sees it, with its contact and mapping')
  await contacts2.deleteContact({ slug: contact, ifMatch: '*' })
  check(true, 'deletes a contact (204)')
  await mappings.deleteDriverMapping({ id: mappingId, ifMatch: '*' })
  check(true, 'deletes a mapping (204)')

  const suggestions = new SuggestionsApi(anyone)
  const newSuggestion = { title: `Client check ${stamp}`, description: 'Checking the generated client', organisation: 'Client Check Council',
    contactName: 'Client Check', contactEmail: 'client.check@example.gov.uk' }
  const toAccept = await suggestions.submitSuggestion({ newSuggestion })
  const toDecline = await suggestions.submitSuggestion({ newSuggestion: { ...newSuggestion, title: `Client check declined ${stamp}` } })
  const accepted = await new SuggestionsApi(editor).acceptSuggestion({ id: toAccept.id })
  check(accepted.initiativeSlug != null, 'submits a suggestion anonymously and accepts it as an editor')
  const declined = await new SuggestionsApi(editor).declineSuggestion({ id: toDecline.id, decline: { reason: 'A client check' } })
  check(declined.decisionReason === 'A client check', 'declines a suggestion with a reason')

  if (process.env.ADMIN_USERNAME) {
    const admin = new AccountsApi(new Configuration({ basePath, username: process.env.ADMIN_USERNAME, password: process.env.ADMIN_PASSWORD }))
    const account = `client.check.${stamp}`
    const createdAccount = await admin.createAccountRaw({ newAccount: { username: account, password: 'a client check password', roles: ['editor'] } })
    check(createdAccount.raw.status === 201, 'creates an account as an admin (201)')
    const disabled = await admin.changeAccount({ username: account, accountPatch: { disabled: true } })
    check(disabled.disabledAt != null, 'disables it with a merge patch')
  } else {
    console.log('skip - accounts: set ADMIN_USERNAME and ADMIN_PASSWORD to try them')
  }

  const drafts = await new InitiativesApi(editor).listInitiatives({ status: 'ANY' as never, pageSize: 1 })
  check(drafts.paging.totalResults >= first.paging.totalResults, 'lists drafts and published as an editor')

  await new AccountsApi(anyone).signOut()
  check(true, 'signs out (204)')
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
