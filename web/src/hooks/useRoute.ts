import { useSyncExternalStore } from 'react'

/** The app's screens, in path order. The hash holds the route (`#/goals`). */
export const STEPS = [
  { id: 'me', num: 1, label: 'Me' },
  { id: 'goals', num: 2, label: 'Goals' },
  { id: 'company', num: 3, label: 'Company' },
  { id: 'align', num: 4, label: 'Align' },
  { id: 'answer', num: 5, label: 'Answer' },
  { id: 'practice', num: 6, label: 'Practice' },
  { id: 'prep', num: 7, label: 'Prep sheet' },
] as const
export type StepId = (typeof STEPS)[number]['id']
/** Screens off the path: the account (every mode) and coaching (server mode). */
export const OTHER_ROUTES = ['account', 'coach'] as const
export type Route = 'home' | StepId | (typeof OTHER_ROUTES)[number]

function read(): Route {
  const id = location.hash.replace(/^#\/?/, '').split('?')[0] ?? ''
  if (STEPS.some((s) => s.id === id)) return id as StepId
  return (OTHER_ROUTES as readonly string[]).includes(id) ? (id as Route) : 'home'
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** The current route, re-rendering on hash changes. */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, read, () => 'home')
}
