import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { api, useCsrfToken } from '../src/api/client'

// config() reads window.GPD_CONFIG; these tests run without a browser
beforeAll(() => {
  ;(globalThis as unknown as { window: object }).window = { GPD_CONFIG: { apiBaseUrl: 'http://directory.test' } }
})
afterEach(() => useCsrfToken(undefined))

/** A fetch that records the requests it is given and answers 204. */
function recorder(): { fetch: typeof fetch; requests: Request[] } {
  const requests: Request[] = []
  return {
    requests,
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push(input instanceof Request ? input : new Request(input, init))
      return new Response(null, { status: 204 })
    }
  }
}

describe('the session middleware', () => {
  it('sends the CSRF token on every change once signed in, and never on reads', async () => {
    const r = recorder()
    useCsrfToken('token-1')
    await api().POST('/api/v1/sign-out', { fetch: r.fetch })
    await api().PUT('/api/v1/editions/{slug}/order', { fetch: r.fetch, params: { path: { slug: 'e' }, header: { 'If-Match': '"v1"' } }, body: { initiatives: [] } })
    await api().GET('/api/v1/editions', { fetch: r.fetch })
    expect(r.requests.map((q) => [q.method, q.headers.get('X-CSRF-Token')])).toEqual([['POST', 'token-1'], ['PUT', 'token-1'], ['GET', null]])
    expect(r.requests[1].headers.get('If-Match')).toBe('"v1"')
  })

  it('makes reads revalidate while signed in, and leaves them to the cache when not', async () => {
    const r = recorder()
    await api().GET('/api/v1/editions', { fetch: r.fetch })
    useCsrfToken('token-1')
    await api().GET('/api/v1/editions', { fetch: r.fetch })
    await api().GET('/api/v1/me', { fetch: r.fetch, cache: 'no-store' })
    expect(r.requests.map((q) => q.cache)).toEqual(['default', 'no-cache', 'no-store'])
  })

  it('sends no token when signed out', async () => {
    const r = recorder()
    await api().POST('/api/v1/sign-out', { fetch: r.fetch })
    expect(r.requests[0].headers.has('X-CSRF-Token')).toBe(false)
    expect(r.requests[0].url).toBe('http://directory.test/api/v1/sign-out')
  })
})
