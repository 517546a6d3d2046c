// Deploy-time settings, read by the app at start-up. Edit this file where the built frontend is
// hosted to point it at another API; no rebuild is needed.
//   apiBaseUrl: '' means the same origin that serves these pages.
//   apiDocsUrl: where the API's Swagger UI is.
window.GPD_CONFIG = {
  apiBaseUrl: '',
  apiDocsUrl: '/q/swagger-ui'
}
