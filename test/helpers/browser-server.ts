import { renameSync, writeFileSync } from 'node:fs'
import { chromium } from 'playwright-core'

/**
 * The run's shared Chromium (shared-browser.ts starts this, detached, with tsx):
 * launched as a Playwright browser server, its address written to the file given,
 * then left serving until global teardown sends SIGTERM, which Playwright's handler
 * turns into closing the browser.
 *
 * usage: browser-server.ts FILE CHROMIUM [ARG...]
 */
const [file, executablePath, ...args] = process.argv.slice(2)
if (!file || !executablePath) throw new Error('usage: browser-server.ts FILE CHROMIUM [ARG...]')
const server = await chromium.launchServer({ executablePath, headless: true, args })
// Written whole, then renamed: a reader never sees half of it.
writeFileSync(`${file}.tmp`, JSON.stringify({ pid: process.pid, wsEndpoint: server.wsEndpoint() }))
renameSync(`${file}.tmp`, file)
