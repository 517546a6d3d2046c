/** Views ask the app's one router to navigate (for example after a form submit) through this event. */
export function navigate(path: string): void {
  window.dispatchEvent(new CustomEvent('gpd:navigate', { detail: path }))
}
