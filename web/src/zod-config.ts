import { config } from 'zod'

/**
 * zod compiles a fast parser with `new Function` unless told not to, and probes
 * for it once; the app's Content Security Policy (no 'unsafe-eval') refuses that
 * probe and Chromium reports a violation on every page load even though zod
 * catches the error. zod decides when each object schema is built, so this runs
 * first: main.tsx imports this module before anything that defines a schema.
 */
config({ jitless: true })
