// The answer every gateway must give to ./query.graphql, built straight from the subgraphs' data
// (no federation involved), and the check of one response against it.
import { isDeepStrictEqual } from 'node:util'
import { AUTHOR, IN_STOCK, PRODUCTS, REVIEWS, REVIEWS_OF_ANY_USER, USERS, type Review, type User } from './subgraphs/data.ts'

function product(upc: string) {
  const p = PRODUCTS.find((x) => x.upc === upc)!
  const shippingEstimate = p.price > 1000 ? 0 : Math.floor(p.weight / 2)
  return { inStock: IN_STOCK[upc], name: p.name, price: p.price, shippingEstimate, upc, weight: p.weight }
}
const userFields = (u: User) => ({ id: u.id, username: u.username, name: u.name })
const reviewFields = (r: Review) => ({ id: r.id, body: r.body })
const reviewsOf = (upc: string) => REVIEWS.filter((r) => r.productUpc === upc)

/** `author { ...User reviews { ...Review product { ...Product } } }` */
function author() {
  const user = USERS.find((u) => u.id === AUTHOR.id)!
  return {
    ...userFields({ ...user, username: AUTHOR.username }),
    reviews: REVIEWS_OF_ANY_USER.map((r) => ({ ...reviewFields(r), product: product(r.productUpc) })),
  }
}

export function expectedAnswer() {
  return {
    data: {
      users: USERS.map((u) => ({
        ...userFields(u),
        reviews: REVIEWS_OF_ANY_USER.map((r) => ({
          ...reviewFields(r),
          product: { ...product(r.productUpc), reviews: reviewsOf(r.productUpc).map((r2) => ({ ...reviewFields(r2), author: author() })) },
        })),
      })),
      topProducts: PRODUCTS.slice(0, 5).map((p) => ({
        ...product(p.upc),
        reviews: reviewsOf(p.upc).map((r) => ({ ...reviewFields(r), author: author() })),
      })),
    },
  }
}

/** Undefined when `answer` is the expected one, else what differs (first lines of both). */
export function answerProblem(answer: unknown): string | undefined {
  const expected = expectedAnswer()
  if (isDeepStrictEqual(answer, expected)) return undefined
  const got = JSON.stringify(answer)
  const want = JSON.stringify(expected)
  let i = 0
  while (i < got.length && got[i] === want[i]) i++
  return `differs at character ${i}: got …${got.slice(Math.max(0, i - 80), i + 120)}… expected …${want.slice(Math.max(0, i - 80), i + 120)}…`
}
