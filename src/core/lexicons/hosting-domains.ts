import { z } from 'zod'
import data from './hosting-domains.json' with { type: 'json' }
import { lexiconLoader } from './load.js'

export const hostingDomainsSchema = z.object({
  note: z.string().min(1),
  source: z.string().min(1),
  domains: z.array(z.string().min(1)).min(1),
})

/** Domains whose subdomain, not the domain, names the company (hosting-domains.json). */
export const hostingDomains = lexiconLoader(hostingDomainsSchema, data)
