import { parentPort } from 'node:worker_threads'
import { critiqueItem, type WorkItem } from './protocol.js'

// Entry of a batch worker thread: critique each chunk it is sent, in order.
parentPort?.on('message', (chunk: { id: number; items: WorkItem[] }) => {
  parentPort?.postMessage({ id: chunk.id, results: chunk.items.map(critiqueItem) })
})
