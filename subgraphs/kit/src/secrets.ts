// Personal fields are encrypted at rest (AES-256-GCM) in the one subgraph that holds them.
// The key comes from LT_PII_KEY (64 hex characters); development derives a fixed key and
// production refuses to start without one. Ciphertext: "v1:" + base64url(iv | tag | data).
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

export class FieldCipher {
  private readonly key: Buffer
  constructor(keyHex: string) {
    if (!/^[0-9a-f]{64}$/i.test(keyHex)) throw new Error('a field encryption key is 64 hex characters')
    this.key = Buffer.from(keyHex, 'hex')
  }
  encrypt(plain: string): string {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.key, iv)
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
    return `v1:${Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64url')}`
  }
  decrypt(sealed: string): string {
    if (!sealed.startsWith('v1:')) throw new Error('unknown ciphertext version')
    const raw = Buffer.from(sealed.slice(3), 'base64url')
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12))
    decipher.setAuthTag(raw.subarray(12, 28))
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
  }
  encryptNullable(plain: string | null | undefined): string | null {
    return plain == null ? null : this.encrypt(plain)
  }
  decryptNullable(sealed: string | null | undefined): string | null {
    return sealed == null ? null : this.decrypt(sealed)
  }
}

/** Development-only field key (derived, fixed); production refuses to start with it. */
export const DEV_PII_KEY = createHash('sha256').update('lien-thong-development-pii-key-not-for-production').digest('hex')
