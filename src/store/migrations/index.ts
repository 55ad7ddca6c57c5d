import type { Migration, MigrationProvider } from 'kysely'
import * as initial from './2026_11_25_0000_initial.js'
import * as coachLink from './2026_11_25_0100_coach_link.js'
import * as practiceQuestion from './2026_12_04_0000_practice_question.js'
import * as deletedItem from './2026_12_04_0100_deleted_item.js'

/**
 * Every migration, by timestamp name. Listed in code (not read from the folder) so
 * the build output and the tests see the same set. Add new ones at the end.
 */
export const migrations: Record<string, Migration> = {
  '2026_11_25_0000_initial': initial,
  '2026_11_25_0100_coach_link': coachLink,
  '2026_12_04_0000_practice_question': practiceQuestion,
  '2026_12_04_0100_deleted_item': deletedItem,
}

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
}
