// Age-check tokens: a JWT signed with HS256 under AGE_TOKEN_SECRET, carrying the verified age (`age`) and an
// expiry (`exp`), issued by whatever service did the age check. fast-jwt checks the signature; the expiry is
// checked here against the app's clock, so tests can pin the instant.
import { createVerifier, TokenError } from 'fast-jwt'

export type TokenCheck =
  | { status: 'none' }
  | { status: 'valid', age: number, expiresAt: number }
  | { status: 'expired' }
  /** A signature that does not verify, a token that is not a JWT, a wrong algorithm or missing claims: logged. */
  | { status: 'forged', why: string }

export class AgeTokenVerifier {
  readonly #verify: ((token: string) => unknown) | undefined

  constructor (secret: string | undefined) {
    // Only HS256 is accepted: a token naming "none" or another algorithm is refused before its signature is read.
    this.#verify = secret === undefined
      ? undefined
      : createVerifier({ key: secret, algorithms: ['HS256'], ignoreExpiration: true, ignoreNotBefore: true, requiredClaims: ['exp', 'age'] })
  }

  /** What a request's token (header value) is worth at `now` (epoch ms); without a configured secret, nothing. */
  check (header: string | string[] | undefined, now: number): TokenCheck {
    const token = (Array.isArray(header) ? header[0] : header)?.trim().replace(/^Bearer\s+/i, '')
    if (token === undefined || token === '' || this.#verify === undefined) return { status: 'none' }
    let payload: { age?: unknown, exp?: unknown, nbf?: unknown }
    try {
      payload = this.#verify(token) as typeof payload
    } catch (error) {
      return { status: 'forged', why: error instanceof TokenError ? error.code : 'unreadable' }
    }
    const { age, exp, nbf } = payload
    if (typeof age !== 'number' || !Number.isInteger(age) || age < 0 || age > 150) return { status: 'forged', why: 'age claim is not a whole number of years' }
    if (typeof exp !== 'number' || !Number.isFinite(exp)) return { status: 'forged', why: 'exp claim is not a number' }
    if (typeof nbf === 'number' && nbf * 1000 > now) return { status: 'none' }
    if (exp * 1000 <= now) return { status: 'expired' }
    return { status: 'valid', age, expiresAt: exp * 1000 }
  }
}
