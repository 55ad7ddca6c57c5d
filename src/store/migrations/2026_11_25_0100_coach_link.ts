import type { Kysely } from 'kysely'

/** Coaching (server mode): a student invites a coach's account to read their data. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('coach_link')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('coach_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('coach_link_pk', ['owner_id', 'id'])
    .addUniqueConstraint('coach_link_pair', ['owner_id', 'coach_id'])
    .execute()
  await db.schema.createIndex('coach_link_coach').on('coach_link').column('coach_id').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('coach_link').execute()
}
