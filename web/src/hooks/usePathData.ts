import { api } from '../api/client.js'
import type { StoredApplication, StoredCompany, StoredProfile } from '../core/index.js'
import { useAsync } from './useAsync.js'

export interface PathData {
  profile: StoredProfile
  companies: StoredCompany[]
  applications: StoredApplication[]
}

/** What most later steps need: the profile, the companies and the applications. */
export function usePathData() {
  return useAsync<PathData>(async () => {
    const [profile, companies, applications] = await Promise.all([
      api.profile.get(),
      api.companies.list(),
      api.applications.list(),
    ])
    return { profile, companies, applications }
  })
}
