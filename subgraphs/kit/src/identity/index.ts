export * from './claims.ts'
export * from './keys.ts'
export * from './tokens.ts'
export * from './forwarding.ts'
