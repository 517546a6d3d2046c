// Uses the TypeScript client that OpenAPI Generator 7 (typescript-fetch) makes from openapi/openapi.yaml,
// as a client developer would, and calls EVERY operation of the contract at least once: the public reads
// (paging, filters, facets, search, HEAD, every CSV export, statistics, the dump, the deletions feed), as an
// admin the accounts, as an editor every create, read for editing, put back unchanged, merge patch, reorder,
// publish, delete and restore, suggestions and the audit log, and a cookie session from sign-in to sign-out.
// Any status but the documented success throws. At the end it compares the requests it sent with the
// contract's operations (the file OPERATIONS lists them as "METHOD /path operationId") and fails naming any
// operation it did not call, so a new endpoint fails this check until the check uses it.
import { readFileSync } from 'node:fs'
import {
  AccountsApi, AreasApi, AreaContactsApi, AuditApi, Configuration, DelayDriversApi, DeletionsApi, EditionsApi, ExportsApi,
  InitiativesApi, Middleware, OrganisationsApi, ResponseError, StatisticsApi, SuggestionsApi
} from './generated'

const basePath = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '')
const sent: string[] = []
const recorder: Middleware = {
  async pre(context) {
    sent.push(`${(context.init.method ?? 'GET').toUpperCase()} ${new URL(context.url).pathname}`)
  }
}
const as = (credentials: { username?: string, password?: string, headers?: Record<string, string> } = {}) =>
  new Configuration({ basePath, middleware: [recorder], ...credentials })

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`failed: ${what}`)
  console.log(`ok - ${what}`)
}

async function status(call: Promise<unknown>): Promise<number> {
  try {
    await call
    return 200
  } catch (e) {
    if (e instanceof ResponseError) return e.response.status
    throw e
  }
}

async function csv(call: Promise<Blob>, what: string): Promise<void> {
  const rows = (await (await call).text()).split('\r\n')
  check(rows.length > 2 && rows[0].includes(','), `exports ${what} as CSV (${rows.length - 2} rows)`)
}

async function publicReads(anyone: Configuration): Promise<void> {
  const initiatives = new InitiativesApi(anyone)
  const first = await initiatives.listInitiatives({ page: 1, pageSize: 10 })
  const second = await initiatives.listInitiatives({ page: 2, pageSize: 10 })
  check(first.paging.totalResults > 10 && second.results[0].slug !== first.results[0].slug, 'pages through initiatives')
  const filtered = await initiatives.listInitiatives({
    driver: ['lack-of-information-sharing'], edition: ['good-practice-guide-edition-4'], facets: ['driver', 'area']
  })
  check(filtered.results.length > 0 && filtered.results.length < first.paging.totalResults && filtered.facets != null,
    'filters by driver and edition (arrays), with facet counts')
  const found = await initiatives.listInitiatives({ q: 'family group conference' })
  check(found.results.length > 0, 'searches')
  await initiatives.headListInitiatives({ driver: ['lack-of-information-sharing'] })
  const detail = await initiatives.getInitiativeRaw({ slug: first.results[0].slug })
  await initiatives.headGetInitiative({ slug: first.results[0].slug })
  check((await detail.value()).slug === first.results[0].slug && detail.raw.headers.get('ETag') != null, 'reads an initiative, and HEAD')

  const contacts = new AreaContactsApi(anyone)
  const someContacts = await contacts.listContacts({ area: ['leeds'], edition: ['innovation-programme-directory-2016'] })
  check(someContacts.results.length > 0, 'filters contacts')
  await contacts.headListContacts({ area: ['leeds'] })
  check((await contacts.getContact({ slug: someContacts.results[0].slug })).slug === someContacts.results[0].slug, 'reads a contact')
  await contacts.headGetContact({ slug: someContacts.results[0].slug })

  const areas = new AreasApi(anyone)
  const regions = await areas.listAreas({ type: ['REGION'] as never })
  check(regions.results.length > 0, 'lists regions')
  await areas.headListAreas({})
  check((await areas.getArea({ slug: 'leeds' })).slug === 'leeds', 'reads an area')
  await areas.headGetArea({ slug: 'leeds' })

  const drivers = new DelayDriversApi(anyone)
  const driverList = await drivers.listDelayDrivers({})
  check(driverList.results.length === 10, 'lists the ten delay drivers')
  await drivers.headListDelayDrivers({})
  check((await drivers.getDelayDriver({ slug: 'court-capacity' })).slug === 'court-capacity', 'reads a delay driver')
  await drivers.headGetDelayDriver({ slug: 'court-capacity' })

  const editions = new EditionsApi(anyone)
  const editionList = await editions.listEditions({})
  check(editionList.results.length >= 5, 'lists editions')
  await editions.headListEditions({})
  const q2 = 'good-practice-guide-2024-25-q2'
  check((await editions.getEdition({ slug: q2 })).slug === q2, 'reads an edition')
  await editions.headGetEdition({ slug: q2 })
  check((await editions.getEditionMatrix({ slug: q2 })).rows.length === 10, "reads an edition's matrix")
  await editions.headGetEditionMatrix({ slug: q2 })

  const organisations = new OrganisationsApi(anyone)
  check((await organisations.listOrganisations({ q: 'council' })).results.length > 0, 'searches organisations')
  await organisations.headListOrganisations({})

  const exportsApi = new ExportsApi(anyone)
  await csv(exportsApi.exportInitiatives({ driver: ['lack-of-information-sharing'] }), 'initiatives, filtered')
  await csv(exportsApi.exportAreaContacts({ area: ['leeds'] }), 'area contacts, filtered')
  await csv(exportsApi.exportAreas(), 'areas')
  await csv(exportsApi.exportDelayDrivers(), 'delay drivers')
  await csv(exportsApi.exportMatrix({ edition: q2 }), 'a matrix')
  await exportsApi.headExportInitiatives({})
  await exportsApi.headExportAreaContacts({})
  await exportsApi.headExportAreas()
  await exportsApi.headExportDelayDrivers()
  await exportsApi.headExportMatrix({ edition: q2 })
  const dump = await exportsApi.getDirectoryDump()
  check(dump.initiatives.length === first.paging.totalResults && dump.licence != null, 'downloads the whole directory, with its licence')
  await exportsApi.headGetDirectoryDump()

  const statistics = new StatisticsApi(anyone)
  check((await statistics.getInitiativesByDriverAndEdition()).rows.length > 0, 'counts per driver and edition')
  check((await statistics.getInitiativesByArea()).rows.length > 0, 'counts per area')
  check((await statistics.getInitiativesByTheme()).rows.length > 0, 'counts per theme')
  await csv(statistics.exportInitiativesByDriverAndEdition(), 'counts per driver and edition')
  await csv(statistics.exportInitiativesByArea(), 'counts per area')
  await csv(statistics.exportInitiativesByTheme(), 'counts per theme')
  for (const head of [statistics.headGetInitiativesByDriverAndEdition(), statistics.headGetInitiativesByArea(),
    statistics.headGetInitiativesByTheme(), statistics.headExportInitiativesByDriverAndEdition(),
    statistics.headExportInitiativesByArea(), statistics.headExportInitiativesByTheme()]) await head
  check(true, 'HEAD on every list, detail, export and statistic')
}

async function main(): Promise<void> {
  const adminUsername = process.env.ADMIN_USERNAME
  const adminPassword = process.env.ADMIN_PASSWORD
  if (!adminUsername || !adminPassword) throw new Error('set ADMIN_USERNAME and ADMIN_PASSWORD of an admin account')
  const anyone = as()
  await publicReads(anyone)

  const stamp = Date.now()
  const accounts = new AccountsApi(as({ username: adminUsername, password: adminPassword }))
  const username = `ts.check.${stamp}`
  const password = `a client check password ${stamp}`
  const createdAccount = await accounts.createAccountRaw({ newAccount: { username, password, roles: ['editor'] } })
  check(createdAccount.raw.status === 201, 'creates an editor account as an admin (201)')
  check((await accounts.getAccount({ username })).roles.includes('editor'), 'reads the account')
  check((await accounts.listAccounts({ pageSize: 100 })).results.some((a) => a.username === username), 'lists accounts')
  const editor = as({ username, password })

  const areas = new AreasApi(editor)
  const area = `ts-check-area-${stamp}`
  const createdArea = await areas.createAreaRaw({ newArea: { slug: area, name: 'Client Check Council', type: 'LOCAL_AUTHORITY' as never } })
  check(createdArea.raw.status === 201 && createdArea.raw.headers.get('ETag') === '"v0"', 'creates an area (201, ETag)')
  const patchedArea = await areas.patchArea({ slug: area, ifMatch: '"v0"', areaPatch: { name: 'Client Check Borough Council' } })
  check(patchedArea.name === 'Client Check Borough Council', 'merge-patches one field')
  const editableArea = await areas.getEditableAreaRaw({ slug: area })
  const replacedArea = await areas.replaceAreaRaw({ slug: area, ifMatch: editableArea.raw.headers.get('ETag') ?? '', areaChanges: await editableArea.value() })
  check(replacedArea.raw.status === 200, 'puts the editable area back unchanged')
  await areas.deleteArea({ slug: area, ifMatch: '*' })
  check((await areas.restoreArea({ slug: area, ifMatch: '*' })).slug === area, 'deletes an area with If-Match: * (204) and restores it')

  const editions = new EditionsApi(editor)
  const edition = `ts-check-edition-${stamp}`
  await editions.createEdition({ newEdition: { slug: edition, title: 'Client check', series: 'Client checks', label: `Check ${stamp}` } })
  const editableEdition = await editions.getEditableEditionRaw({ slug: edition })
  const putEdition = await editions.replaceEditionRaw({ slug: edition, ifMatch: editableEdition.raw.headers.get('ETag') ?? '',
    editionChanges: await editableEdition.value() })
  const retitled = await editions.patchEditionRaw({ slug: edition, ifMatch: putEdition.raw.headers.get('ETag') ?? '',
    editionPatch: { title: 'Client check, retitled' } })
  check((await retitled.value()).title === 'Client check, retitled', 'creates an edition, puts it back unchanged and merge-patches it')

  const initiativesApi = new InitiativesApi(editor)
  const initiative = `ts-check-initiative-${stamp}`
  const second = `ts-check-second-${stamp}`
  await initiativesApi.createInitiative({ newInitiative: { slug: initiative, title: 'Client check initiative', edition } })
  await initiativesApi.createInitiative({ newInitiative: { slug: second, title: 'Client check second initiative', edition } })
  const editableInitiative = await initiativesApi.getEditableInitiativeRaw({ slug: initiative })
  const putBack = await initiativesApi.replaceInitiativeRaw({ slug: initiative, ifMatch: editableInitiative.raw.headers.get('ETag') ?? '',
    initiativeChanges: await editableInitiative.value() })
  const summarised = await initiativesApi.patchInitiative({ slug: initiative, ifMatch: putBack.raw.headers.get('ETag') ?? '',
    initiativePatch: { summary: 'Checked by the generated TypeScript client' } })
  check(summarised.summary === 'Checked by the generated TypeScript client' && summarised.appearances.length === 1,
    'creates initiatives, puts one back unchanged and merge-patches one field, leaving its lists alone')
  const beforeOrder = (await editions.getEditableEditionRaw({ slug: edition })).raw.headers.get('ETag') ?? ''
  const reordered = await editions.reorderEditionRaw({ slug: edition, ifMatch: beforeOrder,
    editionOrder: { initiatives: [second, initiative] } })
  check(reordered.raw.status === 200, "reorders the edition's initiatives")

  const mappings = new DelayDriversApi(editor)
  const mapping = await mappings.createDriverMappingRaw({
    newDriverMapping: { initiative, driver: 'lack-of-information-sharing', edition, provenance: 'EDITORIAL' as never, rationale: 'A client check' }
  })
  const mappingId = (await mapping.value()).id
  const readMapping = await mappings.getDriverMappingRaw({ id: mappingId })
  const putMapping = await mappings.replaceDriverMappingRaw({ id: mappingId, ifMatch: readMapping.raw.headers.get('ETag') ?? '',
    driverMappingChanges: await readMapping.value() })
  const remapped = await mappings.patchDriverMapping({ id: mappingId, ifMatch: putMapping.raw.headers.get('ETag') ?? '',
    driverMappingPatch: { rationale: 'Checked again' } })
  check(mapping.raw.status === 201 && remapped.rationale === 'Checked again', 'creates, reads, puts back and merge-patches a driver mapping')

  const contacts = new AreaContactsApi(editor)
  const contact = `ts-check-contact-${stamp}`
  await contacts.createContact({ newAreaContact: { slug: contact, name: 'Client Check', edition, initiatives: [initiative], email: 'client.check@example.gov.uk' } })
  const editableContact = await contacts.getEditableContactRaw({ slug: contact })
  const putContact = await contacts.replaceContactRaw({ slug: contact, ifMatch: editableContact.raw.headers.get('ETag') ?? '',
    areaContactChanges: await editableContact.value() })
  const patchedContact = await contacts.patchContact({ slug: contact, ifMatch: putContact.raw.headers.get('ETag') ?? '',
    areaContactPatch: { role: 'Checker', email: null } })
  check(patchedContact.role === 'Checker' && patchedContact.email == null, 'creates a contact, puts it back, merge-patches it (null removes its e-mail)')

  const editionTag = (await editions.getEditableEditionRaw({ slug: edition })).raw.headers.get('ETag') ?? ''
  check((await editions.publishEdition({ slug: edition, ifMatch: editionTag })).status === 'PUBLISHED', 'publishes the edition with its draft initiatives')
  const seen = await new InitiativesApi(anyone).getInitiative({ slug: initiative })
  check(seen.contacts.some((c) => c.slug === contact) && seen.delayDrivers.length === 1, 'the public sees it, with its contact and mapping')

  await contacts.deleteContact({ slug: contact, ifMatch: '*' })
  const deletions = await new DeletionsApi(anyone).listDeletions({ since: new Date(stamp - 1000).toISOString() })
  check(deletions.results.some((d) => d.slug === contact), 'deletes a contact (204), and the deletions feed lists it')
  await new DeletionsApi(anyone).headListDeletions({})
  await contacts.restoreContact({ slug: contact, ifMatch: '*' })
  await mappings.deleteDriverMapping({ id: mappingId, ifMatch: '*' })
  await mappings.restoreDriverMapping({ id: mappingId, ifMatch: '*' })
  await initiativesApi.deleteInitiative({ slug: second, ifMatch: '*' })
  await initiativesApi.restoreInitiative({ slug: second, ifMatch: '*' })
  const spare = `ts-check-spare-${stamp}`
  await editions.createEdition({ newEdition: { slug: spare, title: 'Client check spare', series: 'Client checks', label: `Spare ${stamp}` } })
  await editions.deleteEdition({ slug: spare, ifMatch: '*' })
  await editions.restoreEdition({ slug: spare, ifMatch: '*' })
  check(true, 'deletes and restores a contact, a mapping, an initiative and an edition')

  const audit = await new AuditApi(as({ username: adminUsername, password: adminPassword })).listAudit({ slug: initiative })
  check(audit.results.length >= 3, 'reads the audit log of the initiative as an admin')

  const suggestions = new SuggestionsApi(anyone)
  const newSuggestion = { title: `Client check ${stamp}`, description: 'Checking the generated client', organisation: 'Client Check Council',
    contactName: 'Client Check', contactEmail: 'client.check@example.gov.uk' }
  const toAccept = await suggestions.submitSuggestion({ newSuggestion })
  const toDecline = await suggestions.submitSuggestion({ newSuggestion: { ...newSuggestion, title: `Client check declined ${stamp}` } })
  const deciding = new SuggestionsApi(editor)
  check((await deciding.listSuggestions({ pageSize: 100 })).results.some((s) => s.id === toAccept.id), 'lists suggestions as an editor')
  check((await deciding.getSuggestion({ id: toAccept.id })).title === newSuggestion.title, 'reads a suggestion')
  check((await deciding.acceptSuggestion({ id: toAccept.id })).initiativeSlug != null, 'submits a suggestion anonymously and accepts it')
  const declined = await deciding.declineSuggestion({ id: toDecline.id, decline: { reason: 'A client check' } })
  check(declined.decisionReason === 'A client check', 'declines a suggestion with a reason')

  const published = (await new InitiativesApi(anyone).listInitiatives({ pageSize: 1 })).paging.totalResults
  const drafts = await new InitiativesApi(editor).listInitiatives({ status: 'ANY' as never, pageSize: 1 })
  check(drafts.paging.totalResults > published, 'lists drafts (the accepted suggestion) beside the published as an editor')

  // a cookie session, as the pages use it: sign in with the form, read /me for the CSRF token, sign out, and the cookie is dead
  const signedIn = await new AccountsApi(anyone).signInRaw({ jUsername: username, jPassword: password })
  const cookie = signedIn.raw.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
  check(signedIn.raw.status === 200 && cookie.length > 0, 'signs in with the form (200, session cookie)')
  const session = new AccountsApi(as({ headers: { Cookie: cookie } }))
  const me = await session.getSignedInAccount()
  check(me.username === username && me.csrfToken != null, 'reads who is signed in, with the CSRF token')
  await session.signOut({ xCSRFToken: me.csrfToken })
  check(await status(session.getSignedInAccount()) === 401, 'signs out (204), after which the cookie is refused (401)')
  check([404, 302, 0].includes(await status(new AccountsApi(anyone).signInWithOrganisation({ redirect: 'manual' }))),
    'single sign-on answers 404 where it is not configured, or redirects to the provider (as documented)')

  check((await accounts.changeAccount({ username, accountPatch: { disabled: true } })).disabledAt != null, 'disables the account with a merge patch')
  check(await status(new AccountsApi(editor).getSignedInAccount()) === 401, 'a disabled account is refused')

  const operations = readFileSync(process.env.OPERATIONS ?? 'operations.txt', 'utf8').trim().split('\n').map((line) => line.split(' '))
  const missed = operations.filter(([method, path]) => {
    const pattern = new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+').replace(/\./g, '\\.')}$`)
    return !sent.some((request) => request.startsWith(`${method} `) && pattern.test(request.slice(method.length + 1)))
  })
  check(missed.length === 0, `called all ${operations.length} operations of the contract${missed.length ? `; not: ${missed.map((o) => o[2]).join(', ')}` : ''}`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
