/** Deploy-time settings from /config.js; the bundle never hard-codes where the API is. */
export interface AppConfig {
  apiBaseUrl: string
  apiDocsUrl: string
}

declare global {
  interface Window {
    GPD_CONFIG?: Partial<AppConfig>
  }
}

export function config(): AppConfig {
  const c = window.GPD_CONFIG ?? {}
  return {
    apiBaseUrl: (c.apiBaseUrl ?? '').replace(/\/$/, ''),
    apiDocsUrl: c.apiDocsUrl ?? '/q/swagger-ui'
  }
}
