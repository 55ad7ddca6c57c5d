import type { Kysely } from 'kysely'

/** The document tables of this first schema: later ones come with their own migration. */
const DOCUMENT_TABLES = [
  'goal',
  'company',
  'application',
  'answer',
  'answer_version',
  'practice_attempt',
  'star_story',
  'prep_sheet',
] as const

/**
 * The first schema. Dialect-neutral on purpose: text columns only, no SQL functions,
 * no defaults computed by the database (ids and times are made in code).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('person')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.unique())
    .addColumn('password_hash', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('session_person').on('session').column('person_id').execute()

  await db.schema
    .createTable('login_failure')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('login_failure_key')
    .on('login_failure')
    .columns(['key', 'at'])
    .execute()

  await db.schema
    .createTable('profile')
    .addColumn('owner_id', 'text', (c) => c.primaryKey())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  for (const table of DOCUMENT_TABLES) {
    await db.schema
      .createTable(table)
      .addColumn('owner_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('parent_id', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['owner_id', 'id'])
      .execute()
    await db.schema
      .createIndex(`${table}_owner_created`)
      .on(table)
      .columns(['owner_id', 'created_at'])
      .execute()
    await db.schema
      .createIndex(`${table}_owner_parent`)
      .on(table)
      .columns(['owner_id', 'parent_id'])
      .execute()
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...DOCUMENT_TABLES].reverse()) await db.schema.dropTable(table).execute()
  for (const table of ['profile', 'login_failure', 'session', 'person']) {
    await db.schema.dropTable(table).execute()
  }
}
