import type { Command } from '../command.js'

export type { Command }

/**
 * One line of the command table: what `headway --help` lists, and how to load the
 * command. Each command is imported only when it runs, so `headway analyze` does
 * not pay for the server, the store or the page parsers (a cold start is most of
 * what a one-file critique costs).
 */
export interface CommandEntry {
  name: string
  summary: string
  load(): Promise<Command>
}

/** The registry of subcommands. Each lives in its own file in this folder. */
export const commands: readonly CommandEntry[] = [
  {
    name: 'analyze',
    summary: 'critique one answer: score, criteria, flagged words and fixes',
    load: async () => (await import('./analyze.js')).analyzeCommand,
  },
  {
    name: 'batch',
    summary: 'critique a JSONL file of answers on all cores',
    load: async () => (await import('./batch.js')).batchCommand,
  },
  {
    name: 'story',
    summary: 'critique a STAR story: situation, task, action, result',
    load: async () => (await import('./story.js')).storyCommand,
  },
  {
    name: 'company',
    summary: 'build a dossier of a company page and a job description',
    load: async () => (await import('./company.js')).companyCommand,
  },
  {
    name: 'serve',
    summary: 'start the web app and HTTP API on 127.0.0.1',
    load: async () => (await import('./serve.js')).serveCommand,
  },
  {
    name: 'draft',
    summary: 'draft the answer in three lengths from a profile, goals and a company dossier',
    load: async () => (await import('./draft.js')).draftCommand,
  },
  {
    name: 'goals',
    summary: 'SMART check, roadmap and calendar of your goals',
    load: async () => (await import('./goals.js')).goalsCommand,
  },
  {
    name: 'align',
    summary: 'match a profile and goals against a company dossier: overlaps, gaps, questions',
    load: async () => (await import('./align.js')).alignCommand,
  },
  {
    name: 'consistency',
    summary: 'check that the answers of one interview tell one story (role, reason, time frame)',
    load: async () => (await import('./consistency.js')).consistencyCommand,
  },
  {
    name: 'honest',
    summary:
      'turn your honest reasons into the interview version, saying what was left out and why',
    load: async () => (await import('./honest.js')).honestCommand,
  },
  {
    name: 'prep',
    summary: 'the one-page prep sheet from a profile, a company dossier and your answer',
    load: async () => (await import('./prep.js')).prepCommand,
  },
]
