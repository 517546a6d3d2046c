import './styles.scss'
import '@ministryofjustice/frontend/moj/moj-frontend.min.css'
import { initAll } from 'govuk-frontend'
import { startApp } from './app'

initAll()
startApp()
