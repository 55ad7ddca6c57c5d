import { dossierToContext } from '../core/company/context.js'
import { type CritiqueContext, critiqueContextSchema } from '../core/contracts/context.js'
import { type Dossier, dossierSchema } from '../core/contracts/dossier.js'
import { formatIssues, readJsonFile } from './read-input.js'
import { UsageError } from './usage-error.js'

const companySchema = critiqueContextSchema.shape.company.unwrap().strict()

/**
 * Read `--company FILE.json`: either a dossier (`headway company --json`) or a
 * plain `{name, mission, values, products, initiatives}` object. Errors name the
 * file and the key path of each wrong value.
 */
export async function readCompany(
  path: string,
  cwd: string,
): Promise<Pick<CritiqueContext, 'company' | 'role'>> {
  const data = await readJsonFile(path, cwd)
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new UsageError(`${path} must hold a JSON object (a dossier or a company)`)
  const dossier = dossierSchema.safeParse(data)
  if (dossier.success) return dossierToContext(dossier.data)
  const looksLikeDossier = ['warnings', 'culture', 'job', 'vision'].some((k) => k in data)
  if (looksLikeDossier)
    throw new UsageError(`${path} is not a valid dossier:\n${formatIssues(dossier.error.issues)}`)
  const company = companySchema.safeParse(data)
  if (company.success) return { company: company.data }
  throw new UsageError(
    `${path} is not a valid company (expected {name, mission, values, products, initiatives}):\n${formatIssues(company.error.issues)}`,
  )
}

/** Read a dossier file (headway company --json), with the zod issues on failure. */
export async function readDossier(path: string, cwd: string): Promise<Dossier> {
  const parsed = dossierSchema.safeParse(await readJsonFile(path, cwd))
  if (!parsed.success)
    throw new UsageError(
      `${path} is not a valid dossier (headway company --json):\n${formatIssues(parsed.error.issues)}`,
    )
  return parsed.data
}
