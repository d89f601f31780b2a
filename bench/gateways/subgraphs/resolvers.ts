// The resolvers of the four benchmark subgraphs, over ./data.ts. As in the public benchmark, a
// review's author is always user 1 with the username the reviews subgraph provides (@provides),
// and inventory answers shippingEstimate from the price and weight the gateway fetched from
// products for it (@requires): free above 1000, else half the weight.
import { AUTHOR, IN_STOCK, PRODUCTS, REVIEWS, REVIEWS_OF_ANY_USER, USERS, type Review } from './data.ts'

type Resolvers = Record<string, Record<string, (...args: never[]) => unknown>>

const userById = (id: string) => USERS.find((u) => u.id === id) ?? null
const productByUpc = (upc: string) => PRODUCTS.find((p) => p.upc === upc) ?? null

const accounts: Resolvers = {
  Query: {
    me: () => USERS[0],
    user: (_: unknown, { id }: { id: string }) => userById(id),
    users: () => USERS,
  },
  User: { __resolveReference: ({ id }: { id: string }) => userById(id) },
}

interface InventoryProduct {
  upc: string
  price?: number | null
  weight?: number | null
}
const inventory: Resolvers = {
  Product: {
    __resolveReference: (ref: InventoryProduct) => ({ ...ref, inStock: IN_STOCK[ref.upc] ?? null }),
    shippingEstimate: ({ price, weight }: InventoryProduct) => {
      if (price == null) return null
      if (price > 1000) return 0
      return weight == null ? null : Math.floor(weight / 2)
    },
  },
}

const products: Resolvers = {
  Query: { topProducts: (_: unknown, { first }: { first?: number | null }) => PRODUCTS.slice(0, first ?? 5) },
  Product: { __resolveReference: ({ upc }: { upc: string }) => productByUpc(upc) },
}

const reviews: Resolvers = {
  Review: {
    __resolveReference: ({ id }: { id: string }) => REVIEWS.find((r) => r.id === id) ?? null,
    product: (review: Review) => ({ upc: review.productUpc }),
    author: () => AUTHOR,
  },
  User: {
    __resolveReference: ({ id }: { id: string }) => ({ id }),
    reviews: () => REVIEWS_OF_ANY_USER,
  },
  Product: {
    __resolveReference: ({ upc }: { upc: string }) => ({ upc }),
    reviews: ({ upc }: { upc: string }) => REVIEWS.filter((r) => r.productUpc === upc),
  },
}

export const SUBGRAPH_NAMES = ['accounts', 'inventory', 'products', 'reviews'] as const
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number]
export const RESOLVERS: Record<SubgraphName, Resolvers> = { accounts, inventory, products, reviews }
