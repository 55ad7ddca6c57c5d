/**
 * The file formats the web app reads and writes in the browser with the CLI's own
 * code (src/io, pure string work with no Node): a JSON Resume read into the
 * profile, goals' milestones written as iCalendar, a prep sheet as Markdown.
 * Its own entry so the first screens do not carry the resume reader's schemas.
 */

export { milestonesToIcs } from '../../../src/io/export-ics.js'
export { prepSheetToMarkdown } from '../../../src/io/export-md.js'
export { importJsonResume, MAX_RESUME_CHARS, mergeResume } from '../../../src/io/json-resume.js'
