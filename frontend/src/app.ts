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
import { accessibilityPage } from './views/accessibility'

type View = (params: Record<string, string>, search: string) => Promise<Page> | Page

/** Routes, the loading state, errors and focus: everything views share. */
export function startApp(): void {
  const main = document.getElementById('main-content') as HTMLElement
  const docsLink = document.getElementById('api-docs-link') as HTMLAnchorElement | null
  if (docsLink) docsLink.href = config().apiDocsUrl
  const router = new Navigo('/', { linksSelector: 'a[href^="/"]:not([data-external])' })
  let current: (() => void) | undefined
  let firstRender = true
  let latest = 0

  // Navigo calls a handler before it updates the address bar: take the query from its match.
  const show = (view: View) => (match?: { data?: Record<string, string> | null; queryString?: string }) => {
    const search = match?.queryString ? `?${match.queryString}` : ''
    current = () => void render(view, match?.data ?? {}, search)
    current()
  }

  async function render(view: View, params: Record<string, string>, search: string): Promise<void> {
    const token = ++latest
    main.setAttribute('aria-busy', 'true')
    const loading = window.setTimeout(() => {
      main.innerHTML = '<p class="govuk-body" role="status">Loading…</p>'
    }, 150)
    let page: Page
    try {
      page = await view(params, search)
    } catch (e) {
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
    markCurrentNav()
    router.updatePageLinks()
    if (!firstRender) {
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

  window.addEventListener('gpd:navigate', (e) => router.navigate((e as CustomEvent<string>).detail))
  window.addEventListener('gpd:retry', () => current?.())

  router
    .on('/', show(() => homePage()))
    .on('/initiatives', show((_, s) => initiativesPage(s)))
    .on('/initiatives/:slug', show((p) => initiativePage(p.slug)))
    .on('/compare', show((_, s) => comparePage(s)))
    .on('/matrix', show(() => matrixPage()))
    .on('/editions', show(() => editionsPage()))
    .on('/editions/:slug', show((p) => editionPage(p.slug)))
    .on('/editions/:slug/print', show((p) => printPage(p.slug)))
    .on('/contacts', show((_, s) => contactsPage(s)))
    .on('/accessibility', show(() => accessibilityPage()))
    .notFound(show(() => notFoundPage()))
    .resolve()
}
