import createClient from 'openapi-fetch'
import type { components, paths } from './schema'
import { config } from '../config'

export type Schemas = components['schemas']
export type InitiativeSummary = Schemas['InitiativeSummary']
export type InitiativeDetail = Schemas['InitiativeDetail']
export type EditionSummary = Schemas['EditionSummary']
export type EditionDetail = Schemas['EditionDetail']
export type Matrix = Schemas['Matrix']
export type DelayDriver = Schemas['DelayDriverSummary']
export type AreaSummary = Schemas['AreaSummary']
export type AreaContact = Schemas['AreaContact']
export type OrganisationRef = Schemas['OrganisationRef']
export type Paging = Schemas['Paging']
export type Section = Schemas['Section']
export type Problem = Schemas['Problem']

/** The API answered with a problem (4xx/5xx). */
export class ApiError extends Error {
  constructor(readonly status: number, readonly problem?: Problem, readonly headers?: Headers) {
    super(problem?.detail ?? `The API answered ${status}`)
  }
}

/** The API could not be reached at all. */
export class ApiUnreachable extends Error {}

let client: ReturnType<typeof createClient<paths>> | undefined
let csrfToken: string | undefined

const SAFE = ['GET', 'HEAD', 'OPTIONS']

/**
 * Signed in, the session cookie alone must not be enough to change anything: every write carries
 * the token /api/v1/me gave, which another site cannot read. And an editor must see their own
 * changes at once, so while signed in every read revalidates instead of trusting the browser's cache.
 */
const session = {
  onRequest({ request }: { request: Request }): Request | undefined {
    if (!csrfToken) return undefined
    if (!SAFE.includes(request.method)) {
      request.headers.set('X-CSRF-Token', csrfToken)
      return request
    }
    return request.cache === 'default' ? new Request(request, { cache: 'no-cache' }) : request
  }
}

export function api() {
  if (!client) {
    client = createClient<paths>({ baseUrl: config().apiBaseUrl, credentials: 'same-origin' })
    client.use(session)
  }
  return client
}

/** The token to send with writes while signed in; undefined when signed out. */
export function useCsrfToken(token: string | undefined): void {
  csrfToken = token
}

/** Unwraps an openapi-fetch result: data, or a typed error. */
export async function call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result
  try {
    result = await request
  } catch (e) {
    throw new ApiUnreachable(e instanceof Error ? e.message : String(e))
  }
  if (!result.response.ok) {
    throw new ApiError(result.response.status, result.error as Problem | undefined, result.response.headers)
  }
  // a 204 has no body: data is undefined
  return result.data as T
}

/** Like {@link call}, with the ETag that a write must send back in If-Match. */
export async function callTagged<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<{ data: T; etag: string }> {
  let response: Response | undefined
  const data = await call(request.then((r) => {
    response = r.response
    return r
  }))
  return { data, etag: response?.headers.get('ETag') ?? '' }
}

/** Loads every page of a list (the API caps pages at 100). */
export async function all<T>(load: (page: number) => Promise<{ results: T[]; paging: Paging }>): Promise<T[]> {
  const first = await load(1)
  const rest = await Promise.all(
    Array.from({ length: Math.max(first.paging.totalPages - 1, 0) }, (_, i) => load(i + 2))
  )
  return [first, ...rest].flatMap((p) => p.results)
}
