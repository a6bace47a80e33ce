// What causes each problem type and how a client fixes it: the text behind every problem's `type` link.
import type { ProblemCode } from './errors.js'

export interface ProblemHelp {
  /** What the client (or the server) did that leads to this problem. */
  cause: string
  /** What to do about it. */
  fix: string
}

/** One entry per error code; a new code without one fails the type check. */
export const problemHelp: Record<ProblemCode, ProblemHelp> = {
  CONTENT_ERR_VALIDATION: {
    cause: 'A path parameter, query parameter, header or body field has a value the schema does not allow: a wrong type, a value out of range, a missing required field, or a parameter the route does not know. `errors` lists each one with a JSON pointer and what is wrong.',
    fix: 'Correct each value named in `errors` (an unknown parameter comes with the name it most likely meant). The operation in the OpenAPI document (`/openapi.json`) lists every parameter and field with its type and limits. Tracking parameters such as `utm_*`, `fbclid`, `gclid` and `_` are ignored on reads and never cause this.'
  },
  CONTENT_ERR_BAD_REQUEST: {
    cause: 'The request is well-formed but asks for something contradictory or impossible, e.g. `since` after `until`, `fields` with a format other than JSON, or a search query that cannot be parsed. `detail` says which.',
    fix: 'Change the request as `detail` says; it names the parameters involved.'
  },
  CONTENT_ERR_INVALID_JSON: {
    cause: 'The body is not JSON (a syntax error, a trailing comma, an empty body) while the Content-Type says it is.',
    fix: 'Send a valid JSON document, UTF-8 encoded, e.g. built with JSON.stringify rather than by hand.'
  },
  CONTENT_ERR_BAD_URL: {
    cause: 'The URL cannot be decoded: a `%` not followed by two hex digits, or percent-encoded bytes that are not UTF-8.',
    fix: 'Percent-encode every parameter value as UTF-8 (encodeURIComponent, URLSearchParams): `ä` is `%C3%A4`, a literal `%` is `%25`.'
  },
  CONTENT_ERR_JSON_TOO_DEEP: {
    cause: 'The body nests arrays and objects more deeply than the server accepts (MAX_JSON_DEPTH, 32 by default); an article needs about 6 levels.',
    fix: 'Send the documented shape: sections hold blocks, blocks hold text, nothing needs deeper nesting.'
  },
  CONTENT_ERR_INVALID_CURSOR: {
    cause: 'The `cursor` was not issued for this list: it was damaged or shortened, made up, or taken from a list with other filters, another sort order, another view or another profile.',
    fix: 'Pass the `nextCursor` (or the `Link: rel="next"` URL) of the previous page unchanged, with the same filters; to start over, leave `cursor` out.'
  },
  CONTENT_ERR_NOT_AN_ARTICLE: {
    cause: 'The uploaded document has no recognisable article: no headline, or no text the importer can read.',
    fix: 'Upload the page\'s text or HTML as exported by the CMS (see the import formats in the README), or create the article with POST /v1/articles.'
  },
  CONTENT_ERR_UNAUTHORIZED: {
    cause: 'The operation needs an API key and none was sent, or the key sent is unknown, revoked or malformed.',
    fix: 'Send `Authorization: Bearer <key>` with a valid key (created with `beitrag keys create`). Public reads need no key at all.'
  },
  CONTENT_ERR_FORBIDDEN: {
    cause: 'The API key is valid but lacks the scope this operation needs (e.g. content:preview for drafts, content:write for writes, partner for the change feed).',
    fix: 'Use a key with the scope `detail` names, or have an administrator create one (`beitrag keys create --scope …`).'
  },
  CONTENT_ERR_NOT_FOUND: {
    cause: 'No resource with this id or slug is visible to the caller: it never existed, was deleted, or is not public (a draft, an embargoed or unpublished article) and the key cannot preview it.',
    fix: 'Check the id or slug (ids are 16 lowercase letters and digits); find current ones with GET /v1/articles or /v1/search. An old slug redirects to the current one by itself.'
  },
  CONTENT_ERR_ROUTE_NOT_FOUND: {
    cause: 'No route has this path: a typo, a missing `/v1` prefix, or a trailing slash.',
    fix: 'Compare the path with the operations in `/openapi.json` or the Swagger UI at `/docs`.'
  },
  CONTENT_ERR_METHOD_NOT_ALLOWED: {
    cause: 'The path exists, but not with this HTTP method.',
    fix: 'Use one of the methods in the `Allow` header.'
  },
  CONTENT_ERR_NOT_ACCEPTABLE: {
    cause: 'The `Accept` header (or `format`) names only types this resource does not come as.',
    fix: 'Accept `application/json`, or one of the formats the operation lists (ninjs, JSON-LD, feeds); leave `Accept` out for JSON.'
  },
  CONTENT_ERR_REQUEST_TIMEOUT: {
    cause: 'The request\'s headers or body did not arrive completely within REQUEST_TIMEOUT_MS (30 seconds by default).',
    fix: 'Send the whole request promptly; check for a stalled upload or a proxy buffering the body.'
  },
  CONTENT_ERR_CONFLICT: {
    cause: 'The write would make two resources collide: a slug another article already has, or a media id used for something else. `conflictingId` names the other resource.',
    fix: 'Choose another slug (or leave it out and let the server make one), or update the existing resource instead.'
  },
  CONTENT_ERR_PRECONDITION_FAILED: {
    cause: 'The `If-Match` ETag no longer names the current version: someone else changed the resource since it was read.',
    fix: 'GET the resource again, reapply the change to the current version and send it with its new ETag.'
  },
  CONTENT_ERR_BODY_TOO_LARGE: {
    cause: 'The body is larger than BODY_LIMIT_BYTES (1 MiB by default).',
    fix: 'Send a smaller body: media files are referenced by URL, never uploaded inline.'
  },
  CONTENT_ERR_URI_TOO_LONG: {
    cause: 'The URL is longer than MAX_URL_LENGTH, or a path parameter is longer than any valid id or slug.',
    fix: 'Shorten the query (fewer filter values) or check that an id or slug was not pasted twice.'
  },
  CONTENT_ERR_UNSUPPORTED_MEDIA_TYPE: {
    cause: 'The body was sent with a Content-Type this operation does not read (e.g. text/plain or a form).',
    fix: 'Send `Content-Type: application/json` (or `application/merge-patch+json` for PATCH), as `detail` lists.'
  },
  CONTENT_ERR_PRECONDITION_REQUIRED: {
    cause: 'A write to an existing resource came without `If-Match`, so it could overwrite someone else\'s change unseen.',
    fix: 'GET the resource, and send its `ETag` as `If-Match` with the write.'
  },
  CONTENT_ERR_RATE_LIMITED: {
    cause: 'More requests in a minute than this caller may send: an API key\'s limit, or the anonymous limit per client address. Behind a proxy that the server does not trust (TRUST_PROXY), every reader shares the proxy\'s address.',
    fix: 'Wait `Retry-After` seconds; cache responses (they carry ETags and Cache-Control); ask for a key with a higher limit; operators behind a CDN set TRUST_PROXY so readers are told apart.'
  },
  CONTENT_ERR_HEADERS_TOO_LARGE: {
    cause: 'The request line and headers together exceed MAX_HEADER_BYTES (16 KiB by default), often from large cookies.',
    fix: 'Send fewer or smaller headers; the API reads no cookies.'
  },
  CONTENT_ERR_INTERNAL: {
    cause: 'The server failed while answering; nothing in the request was at fault.',
    fix: 'Retry later; if it persists, report it with the `X-Request-Id` of the response.'
  },
  CONTENT_ERR_NOT_IMPLEMENTED: {
    cause: 'The request asks for a format the API does not offer (e.g. oEmbed as XML).',
    fix: 'Ask for one of the formats the operation lists, e.g. `format=json`.'
  },
  CONTENT_ERR_NOT_READY: {
    cause: 'The service is starting or cannot reach its database, and is not ready for requests.',
    fix: 'Retry after `Retry-After` seconds; operators check GET /ready and the logs.'
  },
  CONTENT_ERR_OVERLOADED: {
    cause: 'The server is too busy to answer in time (its event loop is delayed beyond MAX_EVENT_LOOP_DELAY_MS) and sheds load instead of queueing.',
    fix: 'Retry after `Retry-After` seconds, with backoff; cache responses to send fewer requests.'
  },
  CONTENT_ERR_BUSY: {
    cause: 'Another process held the database\'s write lock for too long; the write was rolled back and nothing changed.',
    fix: 'Send the same request again after `Retry-After` seconds.'
  },
  CONTENT_ERR_SHUTTING_DOWN: {
    cause: 'The server is shutting down (a deployment or restart) and takes no new requests.',
    fix: 'Retry after `Retry-After` seconds; another instance or the restarted one will answer.'
  }
}
