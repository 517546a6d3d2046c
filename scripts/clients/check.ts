// Uses the TypeScript client that OpenAPI Generator 7 (typescript-fetch) makes from openapi/openapi.yaml,
// as a client developer would: page, filter, search, then as an editor create, merge-patch, read for
// editing, put back unchanged, delete, and sign out. Any status but the documented success throws.
import { AccountsApi, AreasApi, AreaContactsApi, Configuration, InitiativesApi } from './generated'

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

  const drafts = await new InitiativesApi(editor).listInitiatives({ status: 'ANY' as never, pageSize: 1 })
  check(drafts.paging.totalResults >= first.paging.totalResults, 'lists drafts and published as an editor')

  await new AccountsApi(anyone).signOut()
  check(true, 'signs out (204)')
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
