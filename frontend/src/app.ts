import Navigo from 'navigo'
import { ApiError, ApiUnreachable } from './api/client'
import { config } from './config'
import { errorPage, notFoundPage, Page, SERVICE, unreachablePage } from './ui'
import { homePage } from './views/home'
import { initiativesPage } from './views/initiatives'
import { initiativePage } from './views/initiative'
import { comparePage } from './views/compare'
import { matrixPage } from './views/matrix'
import { editionPage, editionsPage, printPage } from './views/editions'
import { contactsPage } from './views/contacts'
import { editionComparePage } from './views/edition-compare'
import { accessibilityPage } from './views/accessibility'
import { restoreSession, sessionEnded, showEditorOnly, SignInRequired } from './session'

type View = (params: Record<string, string>, search: string) => Promise<Page> | Page

// Pages most readers never open are loaded when first visited, so the public pages stay small.
const editor = () => import('./editor/pages')
const suggest = () => import('./views/suggest')
const account = () => import('./views/sign-in')

/** Routes, the loading state, errors and focus: everything views share. */
export function startApp(): void {
  const main = document.getElementById('main-content') as HTMLElement
  const docsLink = document.getElementById('api-docs-link') as HTMLAnchorElement | null
  if (docsLink) docsLink.href = config().apiDocsUrl
  // Options replace Navigo's defaults wholesale: without strategy ONE every matching route runs
  // (/editing/editions/new would also open an edition called "new")
  const router = new Navigo('/', { strategy: 'ONE', linksSelector: 'a[href^="/"]:not([data-external])' })
  let current: (() => void) | undefined
  let firstRender = true
  let latest = 0

  // Navigo calls a handler before it updates the address bar: take the query from its match.
  const show = (view: View) => (match?: { url?: string; data?: Record<string, string> | null; queryString?: string }) => {
    const search = match?.queryString ? `?${match.queryString}` : ''
    const here = `/${match?.url ?? ''}${search}`
    current = () => void render(view, match?.data ?? {}, search, here)
    current()
  }

  async function render(view: View, params: Record<string, string>, search: string, here: string): Promise<void> {
    const token = ++latest
    main.setAttribute('aria-busy', 'true')
    const loading = window.setTimeout(() => {
      main.innerHTML = '<p class="govuk-body" role="status">Loading…</p>'
    }, 150)
    let page: Page
    try {
      page = await view(params, search)
    } catch (e) {
      if (e instanceof SignInRequired || (e instanceof ApiError && e.status === 401)) {
        // an editor page without a session: sign in, then come back here
        if (!(e instanceof SignInRequired)) sessionEnded()
        window.clearTimeout(loading)
        if (token === latest) router.navigate(`/sign-in?returnTo=${encodeURIComponent(here)}`, { historyAPIMethod: 'replaceState' })
        return
      }
      page = e instanceof ApiError && e.status === 404 ? notFoundPage()
        : e instanceof ApiError ? errorPage(e.status, e.problem?.detail)
        : e instanceof ApiUnreachable ? unreachablePage()
        : errorPage(0, e instanceof Error ? e.message : undefined)
      if (!(e instanceof ApiError || e instanceof ApiUnreachable)) console.error(e)
    }
    window.clearTimeout(loading)
    if (token !== latest) return // a later navigation has taken over
    main.innerHTML = page.body.value
    main.removeAttribute('aria-busy')
    main.dataset.renderedUrl = `${window.location.origin}${window.location.pathname}${search}`
    document.title = `${page.title} – ${SERVICE}`
    page.mount?.(main)
    showEditorOnly(main)
    markCurrentNav()
    router.updatePageLinks()
    const banner = page.focus ? main.querySelector<HTMLElement>(page.focus) : null
    if (banner) {
      // the outcome of what the reader just did comes first
      banner.setAttribute('tabindex', '-1')
      window.scrollTo(0, 0)
      banner.focus()
    } else if (!firstRender) {
      // A new page in a single-page app: move focus to the top of the content, as a page load would.
      const h1 = main.querySelector('h1')
      h1?.setAttribute('tabindex', '-1')
      ;(h1 ?? main).focus()
      window.scrollTo(0, 0)
    }
    firstRender = false
  }

  function markCurrentNav(): void {
    document.querySelectorAll<HTMLAnchorElement>('.govuk-service-navigation__link').forEach((a) => {
      const item = a.closest('.govuk-service-navigation__item')
      const active = a.pathname !== '/' && window.location.pathname.startsWith(a.pathname)
      item?.classList.toggle('govuk-service-navigation__item--active', active)
      if (active) a.setAttribute('aria-current', 'page')
      else a.removeAttribute('aria-current')
    })
  }

  window.addEventListener('gpd:navigate', (e) => {
    const to = (e as CustomEvent<string>).detail
    // Navigo ignores a route that is already current: a form that leads back to its own page
    // (to show what happened) renders that page again
    if (to === `${window.location.pathname}${window.location.search}`) current?.()
    else router.navigate(to)
  })
  window.addEventListener('gpd:retry', () => current?.())
  window.addEventListener('gpd:links', () => {
    router.updatePageLinks()
    markCurrentNav()
  })
  restoreSession()

  router
    .on('/', show(() => homePage()))
    .on('/initiatives', show((_, s) => initiativesPage(s)))
    .on('/initiatives/:slug', show((p) => initiativePage(p.slug)))
    .on('/compare', show((_, s) => comparePage(s)))
    .on('/matrix', show(() => matrixPage()))
    .on('/editions', show(() => editionsPage()))
    .on('/editions/compare', show((_, s) => editionComparePage(s)))
    .on('/editions/:slug', show((p) => editionPage(p.slug)))
    .on('/editions/:slug/print', show((p) => printPage(p.slug)))
    .on('/contacts', show((_, s) => contactsPage(s)))
    .on('/accessibility', show(() => accessibilityPage()))
    .on('/suggest', show(async () => (await suggest()).suggestPage()))
    .on('/sign-in', show(async (_, s) => (await account()).signInPage(s)))
    .on('/sign-out', show(async () => (await account()).signOutPage()))
    .on('/editing', show(async (_, s) => (await editor()).dashboardPage(s)))
    .on('/editing/suggestions', show(async (_, s) => (await editor()).suggestionsPage(s)))
    .on('/editing/suggestions/:id', show(async (p, s) => (await editor()).suggestionPage(p.id, s)))
    .on('/editing/initiatives/:slug', show(async (p, s) => (await editor()).editInitiativePage(p.slug, s)))
    .on('/editing/editions/new', show(async () => (await editor()).newEditionPage()))
    .on('/editing/editions/:slug', show(async (p, s) => (await editor()).editionEditorPage(p.slug, s)))
    .on('/editing/editions/:slug/new-initiative', show(async (p) => (await editor()).newInitiativePage(p.slug)))
    .on('/editing/editions/:slug/add-existing', show(async (p) => (await editor()).addExistingInitiativePage(p.slug)))
    .on('/editing/contacts/new', show(async (_, s) => (await editor()).newContactPage(s)))
    .on('/editing/contacts/:slug', show(async (p, s) => (await editor()).editContactPage(p.slug, s)))
    .on('/editing/accounts', show(async () => (await editor()).accountsPage()))
    .on('/editing/accounts/new', show(async () => (await editor()).newAccountPage()))
    .on('/editing/accounts/:username', show(async (p) => (await editor()).accountPage(decodeURIComponent(p.username))))
    .notFound(show(() => notFoundPage()))
    .resolve()
}
