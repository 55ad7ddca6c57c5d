import { parentPort } from 'node:worker_threads'
import { processLine, type WorkItem } from './protocol.js'

// Entry of a batch worker thread: process each chunk of lines it is sent, in order.
parentPort?.on('message', (chunk: { id: number; items: WorkItem[] }) => {
  parentPort?.postMessage({ id: chunk.id, results: chunk.items.map(processLine) })
})
