import { definePrismaConfig } from '@lienthong/kit/prisma'

export default definePrismaConfig(import.meta.url)
