import { html } from '../html'
import { config } from '../config'
import { Page } from '../ui'

export function accessibilityPage(): Page {
  return {
    title: 'Accessibility statement',
    body: html`
      <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
      <h1 class="govuk-heading-xl">Accessibility statement for the Good Practice Directory</h1>
      <p class="govuk-body">This statement applies to the Good Practice Directory web pages. The directory is run by its editorial team. We want as many people as possible to be able to use it. For example, you should be able to:</p>
      <ul class="govuk-list govuk-list--bullet">
        <li>change colours, contrast levels and fonts using browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>navigate the whole service using just a keyboard</li>
        <li>navigate the whole service using speech recognition software</li>
        <li>listen to the whole service using a screen reader, including the delay-driver matrix tables</li>
      </ul>
      <h2 class="govuk-heading-l">How accessible this service is</h2>
      <p class="govuk-body">The pages are built with the GOV.UK Design System and are tested against the Web Content Accessibility Guidelines (WCAG) 2.2 AA standard with automated checks (axe-core) on every page and by keyboard.</p>
      <p class="govuk-body">We know some parts are not fully accessible:</p>
      <ul class="govuk-list govuk-list--bullet">
        <li>the content is quoted from PDF guides as printed; where the source lost a picture, a chart or a link address, the directory says so rather than guessing</li>
        <li>wide tables (the matrices and the comparison) scroll sideways on small screens</li>
      </ul>
      <h2 class="govuk-heading-l">Feedback and contact information</h2>
      <p class="govuk-body">If you find a problem, or need the content in a different format, contact the editors named in each guide’s suggestions contact, listed on the <a class="govuk-link" href="/editions">editions</a> pages.</p>
      <h2 class="govuk-heading-l">Enforcement procedure</h2>
      <p class="govuk-body">The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you’re not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS).</p>
      <h2 class="govuk-heading-l">Technical information</h2>
      <p class="govuk-body">The data is also available without these pages, through the <a class="govuk-link" href="${config().apiDocsUrl}" data-external>API documentation</a>.</p>
      <p class="govuk-body">This statement was prepared on 23 November 2026.</p>
      </div></div>`
  }
}
