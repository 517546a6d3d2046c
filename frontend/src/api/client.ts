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
  constructor(readonly status: number, readonly problem?: Problem) {
    super(problem?.detail ?? `The API answered ${status}`)
  }
}

/** The API could not be reached at all. */
export class ApiUnreachable extends Error {}

let client: ReturnType<typeof createClient<paths>> | undefined

export function api() {
  client ??= createClient<paths>({ baseUrl: config().apiBaseUrl })
  return client
}

/** Unwraps an openapi-fetch result: data, or a typed error. */
export async function call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result
  try {
    result = await request
  } catch (e) {
    throw new ApiUnreachable(e instanceof Error ? e.message : String(e))
  }
  if (result.data === undefined) {
    throw new ApiError(result.response.status, result.error as Problem | undefined)
  }
  return result.data
}

/** Loads every page of a list (the API caps pages at 100). */
export async function all<T>(load: (page: number) => Promise<{ results: T[]; paging: Paging }>): Promise<T[]> {
  const first = await load(1)
  const rest = await Promise.all(
    Array.from({ length: Math.max(first.paging.totalPages - 1, 0) }, (_, i) => load(i + 2))
  )
  return [first, ...rest].flatMap((p) => p.results)
}
