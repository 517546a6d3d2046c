import './styles.scss'
import './moj.scss'
import { initAll } from 'govuk-frontend'
import { startApp } from './app'

initAll()
startApp()
