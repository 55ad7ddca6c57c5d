import type { Profile } from '../../core/index.js'

/** What each section of the profile form gets: the profile so far and a patcher. */
export interface SectionProps {
  p: Profile
  set: (patch: Partial<Profile>) => void
  /** Replace the whole profile (to drop an optional part such as career change). */
  replace: (p: Profile) => void
}
