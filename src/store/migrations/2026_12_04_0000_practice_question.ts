import type { Kysely } from 'kysely'

/**
 * The person's own practice questions (issue 14), a document table like the
 * others: owner-scoped key, the interview in `parent_id`, JSON data. Practice
 * attempts now name their interview in `parent_id` too; older rows keep null
 * there, which reads as "no interview", so they need no change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('practice_question')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('practice_question_pk', ['owner_id', 'id'])
    .execute()
  await db.schema
    .createIndex('practice_question_owner_created')
    .on('practice_question')
    .columns(['owner_id', 'created_at'])
    .execute()
  await db.schema
    .createIndex('practice_question_owner_parent')
    .on('practice_question')
    .columns(['owner_id', 'parent_id'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('practice_question').execute()
}
