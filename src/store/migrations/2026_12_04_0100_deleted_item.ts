import type { Kysely } from 'kysely'

/**
 * Undo for deletions: a deleted object and what went with it (its children, the
 * references that were cleared) kept for a short window, so "Deleted. Undo" can put
 * every row back exactly. Keyed by collection too, because imported ids are free text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('deleted_item')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('collection', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('deleted_item_pk', ['owner_id', 'collection', 'id'])
    .execute()
  await db.schema.createIndex('deleted_item_at').on('deleted_item').column('deleted_at').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('deleted_item').execute()
}
