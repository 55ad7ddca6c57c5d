import { describe, expect, it } from 'vitest'
import { pageFromHtml } from './html-page.js'
import { extractProducts } from './products.js'

describe('extractProducts', () => {
  it('lists sub-headings and items under product and customer headings', () => {
    const page = pageFromHtml(
      '<h2>Our products</h2><h3>Morning Brief</h3><p>Daily.</p><h3>Shelf Planner</h3><h2>Trusted by</h2><ul><li>Pinecrest Grocers</li></ul>',
    )
    expect(extractProducts(page).map((p) => `${p.name} (${p.source.via})`)).toEqual([
      'Morning Brief (heading:our-products)',
      'Shelf Planner (heading:our-products)',
      'Pinecrest Grocers (heading:trusted-by)',
    ])
  })

  it('reads "our products include A, B and C" and skips calls to action', () => {
    const page = pageFromHtml(
      '<p>Our products include Nimbus, Heatmap CLI and Drizzle.</p><h2>Products</h2><ul><li>Learn more</li></ul>',
    )
    expect(extractProducts(page).map((p) => p.name)).toEqual(['Nimbus', 'Heatmap CLI', 'Drizzle'])
  })
})
