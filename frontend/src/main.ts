import './styles.scss'
import './moj.scss'
import { createAll, ServiceNavigation, SkipLink } from 'govuk-frontend'
import { startApp } from './app'

// Only the components the page's frame uses at start-up (initAll would bring every GOV.UK
// component's script into the first download; pages set up what they draw themselves)
createAll(ServiceNavigation)
createAll(SkipLink)
startApp()
