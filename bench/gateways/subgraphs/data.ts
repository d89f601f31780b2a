// The data of graphql-gateways-benchmark's subgraphs (their Rust sources hold it inline): six
// users, nine products with their stock, eleven reviews of products 1–4. Only the data is the
// public benchmark's; the subgraphs that serve it are ours (./accounts.ts … ./reviews.ts).

export interface User {
  id: string
  name: string
  username: string
  birthday: number
}
export interface Product {
  upc: string
  name: string
  price: number
  weight: number
}
export interface Review {
  id: string
  body: string
  productUpc: string
}

const LOREM =
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.'
const PERSPICIATIS =
  'Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque laudantium, totam rem aperiam, eaque ipsa quae ab illo inventore veritatis et quasi architecto beatae vitae dicta sunt explicabo. Nemo enim ipsam voluptatem quia voluptas sit aspernatur aut odit aut fugi'
const CONSEQUUNTUR =
  'sed quia consequuntur magni dolores eos qui ratione voluptatem sequi nesciunt. Neque porro quisquam est, qui dolorem ipsum quia dolor sit amet, consectetur, adipisci velit, sed quia non numquam eius modi tempora incidunt ut labore et dolore magnam aliquam quaerat voluptatem.'
const MINIMA = 'Ut enim ad minima veniam, quis nostrum exercitationem ullam corporis suscipit laboriosam, nisi ut aliquid ex ea commodi consequatur? Quis autem'
const ACCUSAMUS =
  'At vero eos et accusamus et iusto odio dignissimos ducimus qui blanditiis praesentium voluptatum deleniti atque corrupti quos dolores et quas molestias excepturi sint occaecati cupiditate non provident, similique sunt in culpa qui officia deserunt mollitia animi, id est laborum et dolorum fuga. Et harum quidem rerum facilis est et expedita distinctio. Nam libero tempore, cum soluta nobis est eligendi optio cumque nihil impedit quo minus id quod maxime placeat facere possimus, omnis voluptas assumenda est, omnis dolor repellendus. Temporibus autem quibusdam et aut officiis debitis aut rerum necessitatibus saepe eveniet ut et voluptates repudiandae sint et molestiae non recusandae. Itaque earum rerum hic tenetur a sapiente delectus, ut aut reiciendis voluptatibus maiores alias consequatur aut perferendis doloribus asperiores repellat.'

const user = (id: string, name: string, username: string): User => ({ id, name, username, birthday: 1234567890 })
export const USERS: readonly User[] = [
  user('1', 'Uri Goldshtein', 'urigo'),
  user('2', 'Dotan Simha', 'dotansimha'),
  user('3', 'Kamil Kisiela', 'kamilkisiela'),
  user('4', 'Arda Tanrikulu', 'ardatan'),
  user('5', 'Gil Gardosh', 'gilgardosh'),
  user('6', 'Laurin Quast', 'laurin'),
]

const product = (upc: string, name: string, price: number, weight: number): Product => ({ upc, name, price, weight })
export const PRODUCTS: readonly Product[] = [
  product('1', 'Table', 899, 100),
  product('2', 'Couch', 1299, 1000),
  product('3', 'Glass', 15, 20),
  product('4', 'Chair', 499, 100),
  product('5', 'TV', 1299, 1000),
  product('6', 'Lamp', 6999, 300),
  product('7', 'Grill', 3999, 2000),
  product('8', 'Fridge', 100000, 6000),
  product('9', 'Sofa', 9999, 800),
]

/** The inventory subgraph's own field: whether product `upc` is in stock. */
export const IN_STOCK: Readonly<Record<string, boolean>> = {
  '1': true,
  '2': false,
  '3': false,
  '4': false,
  '5': true,
  '6': true,
  '7': true,
  '8': false,
  '9': true,
}

const bodies = [LOREM, PERSPICIATIS, CONSEQUUNTUR, MINIMA, LOREM, PERSPICIATIS, CONSEQUUNTUR, MINIMA, MINIMA, MINIMA, ACCUSAMUS]
const productOfReview = ['1', '1', '1', '1', '2', '2', '2', '2', '3', '4', '4']
export const REVIEWS: readonly Review[] = bodies.map((body, i) => ({ id: String(i + 1), body, productUpc: productOfReview[i]! }))

/** Every user's reviews, and the author's, are the first two (as in the public benchmark). */
export const REVIEWS_OF_ANY_USER = REVIEWS.slice(0, 2)
/** Every review's author is user 1, with the username the reviews subgraph provides. */
export const AUTHOR = { id: '1', username: 'urigo' }
