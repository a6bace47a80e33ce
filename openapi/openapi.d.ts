// The API's types, generated from openapi/openapi.json by `npm run openapi` (openapi-typescript): do not edit.
// Use them with openapi-fetch, as examples/client.ts does. A test fails when they are stale.
export interface paths {
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metrics for Prometheus
         * @description Request counts and latency by route and status (`http_request_duration_seconds`), the database size (`beitrag_database_size_bytes`), cache hits and misses (`beitrag_cache_*`), the edge purger's lag and failures (`beitrag_edge_purge_*`) and the Node.js process metrics, in the Prometheus text exposition format. Expose it to the monitoring network only.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: is the process up? */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: can the service serve content?
         * @description Runs a query against the database; 503 when it does not answer.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe a problem type
         * @description The `type` of every problem+json error is a link to this route: what causes the problem and how to fix it.
         */
        get: operations["getProblemType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List published articles
         * @description Published articles as summaries, filtered and sorted. Page with `limit` and each page's `nextCursor` (also in the `Link` header): keyset pages never skip or repeat an article while others are published, and every page costs the same. Add `count=true` for `total`, how many articles the whole list holds (exact up to 10,000, an estimate above).
         */
        get: operations["listArticles"];
        put?: never;
        /**
         * Create an article
         * @description Creates an article with its sections and media in one transaction; a rejected request leaves nothing behind. A missing slug is made from the title. Status `scheduled` with a future `publishedAt` goes public at that instant by itself.
         */
        post: operations["createArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an article with its sections and media
         * @description The whole article: everything a page needs, in one call. Send `If-None-Match` with the `ETag` to revalidate: an unchanged article answers 304 without a body. Its media follow the media rules for this request (the viewer's country in `X-Country-Code`, an age-check token in `X-Age-Token`): see `Media.playable`.
         */
        get: operations["getArticle"];
        /**
         * Replace an article
         * @description Replaces every field, section and media attachment of the article. Needs `If-Match` with its current ETag.
         */
        put: operations["replaceArticle"];
        post?: never;
        /**
         * Delete an article
         * @description The article disappears from every route; its revisions stay, and a `deleted` event remains as its tombstone. Needs `If-Match`.
         */
        delete: operations["deleteArticle"];
        options?: never;
        head?: never;
        /**
         * Change part of an article (JSON Merge Patch)
         * @description Applies an RFC 7396 merge patch (`application/merge-patch+json`; plain `application/json` is read the same way) to the article as `PUT` would send it: members replace, `null` removes, arrays are replaced whole. Needs `If-Match`.
         */
        patch: operations["patchArticle"];
        trace?: never;
    };
    "/v1/articles/slug/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an article by its slug
         * @description The same article as `GET /v1/articles/{id}`, found by its slug, e.g. `wenig-substanz-aber-pr-erfolg-fuer-kim`.
         */
        get: operations["getArticleBySlug"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feeds/rss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The newest published articles as RSS 2.0
         * @description Published articles, newest first, as RSS 2.0 (`application/rss+xml`): headline, link, teaser, the body as HTML, byline, categories and tags, and each media item's files with their type and duration (the first as `<enclosure>`, all as Media RSS `<media:content>`). Drafts, scheduled and deleted articles never appear, whatever key is sent. Filter like the list (`category`, `tag`, `language`, `mediaType`); an unknown category gives an empty feed, as it gives an empty list. Item ids are the articles' URLs in this API, stable when a slug changes. Revalidate with `If-None-Match` or `If-Modified-Since`.
         */
        get: operations["getRssFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feeds/atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The newest published articles as Atom 1.0
         * @description Published articles, newest first, as Atom 1.0 (`application/atom+xml`): headline, link, teaser, the body as HTML, byline, categories and tags, and each media item's files with their type and duration (`<link rel="enclosure">` and Media RSS `<media:content>`). Drafts, scheduled and deleted articles never appear, whatever key is sent. Filter like the list (`category`, `tag`, `language`, `mediaType`); an unknown category gives an empty feed, as it gives an empty list. Item ids are the articles' URLs in this API, stable when a slug changes. Revalidate with `If-None-Match` or `If-Modified-Since`.
         */
        get: operations["getAtomFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/feeds/json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The newest published articles as JSON Feed 1.1
         * @description Published articles, newest first, as JSON Feed 1.1 (`application/feed+json`): headline, link, teaser, the body as HTML, byline, categories and tags, and each media item's files with their type and duration (`attachments`). Drafts, scheduled and deleted articles never appear, whatever key is sent. Filter like the list (`category`, `tag`, `language`, `mediaType`); an unknown category gives an empty feed, as it gives an empty list. Item ids are the articles' URLs in this API, stable when a slug changes. Revalidate with `If-None-Match` or `If-Modified-Since`.
         */
        get: operations["getJsonFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The category tree
         * @description Every breadcrumb level of the published articles as a tree, with how many articles each holds (its own and its sub-categories'). Each category has a stable `id` and a `slug` derived from its path (the same on every installation); pass either, the `path` or the name as `category` to list or search within it. With `profile=kids`, only the articles the kids profile shows are counted.
         */
        get: operations["listCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search published articles
         * @description Full-text German search over titles, kickers, teasers, sub-headings, paragraphs, media captions, tags, categories and bylines, with stemming and compound parts; best matches first (or by date with `sort`), with the same filters, fields and paging as the article list, an opt-in `total` (`count=true`) and opt-in `facets`. A query that cannot be read is a 400 saying why.
         */
        get: operations["searchArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the sections of an article
         * @description The article body as sections in reading order; text before the first sub-heading is section 1, with a null heading.
         */
        get: operations["listArticleSections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/sections/{position}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one section of an article
         * @description One section by its 1-based position, for a frontend that renders or links to part of an article.
         */
        get: operations["getArticleSection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the media of an article
         * @description Media attached to the article, the lead item first, each with its role on the page. Outside its availability window, from a country not in `allowedRegions`, or (for FSK 16 and 18) outside the youth protection window without an age-check token in `X-Age-Token`, an item stays visible as metadata, with `playable: false`, a `reason` and `playableFrom`; its renditions, subtitles and embed code are withheld. The viewer's country comes from the CDN's `X-Country-Code` header. Responses vary on those headers where they matter, and are cached no longer than until the next change.
         */
        get: operations["listArticleMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/media/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a media item
         * @description A media item that at least one published article shows. Outside its availability window, from a country not in `allowedRegions`, or (for FSK 16 and 18) outside the youth protection window without an age-check token in `X-Age-Token`, an item stays visible as metadata, with `playable: false`, a `reason` and `playableFrom`; its renditions, subtitles and embed code are withheld. The viewer's country comes from the CDN's `X-Country-Code` header. Responses vary on those headers where they matter, and are cached no longer than until the next change.
         */
        get: operations["getMedia"];
        /**
         * Replace a media item
         * @description Replaces the item's metadata; every article showing it changes with it (new ETag, search entry and an `updated` event). Needs `If-Match`.
         */
        put: operations["replaceMedia"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/oembed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * oEmbed for an article or a video
         * @description An oEmbed 1.0 provider: give an article's public URL or a media URL, get the video player's embed code (`type: "video"`), scaled to `maxwidth` × `maxheight`. An article without a video, or a video that may not be embedded or is not playable for this request now, answers `type: "link"` with its title and thumbnail. URLs of unpublished articles are as unknown as any other: 404. The media rules apply as on every route: the viewer's country comes from `X-Country-Code`, an age-check token from `X-Age-Token`. Discovery: `<link rel="alternate" type="application/json+oembed" href="…/v1/oembed?url=…&format=json">` (see the README).
         */
        get: operations["getOEmbed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the revisions of an article
         * @description Every saved state, newest first, with who saved it. Deleted articles keep theirs.
         */
        get: operations["listArticleRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/revisions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one revision of an article
         * @description The article as it was saved at that version, in the shape `PUT` accepts.
         */
        get: operations["getArticleRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/revisions/{version}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a revision
         * @description Saves the revision's content as the article's newest version (recorded as `restored`); the article keeps its status and publication time. Needs `If-Match` unless the article was deleted, which brings it back in the revision's state.
         */
        post: operations["restoreArticleRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/articles/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail of an article
         * @description What happened to the article, when, and which key did it, oldest first, including its deletion.
         */
        get: operations["listArticleEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a media item
         * @description A media item on its own, to attach to articles by its id. It is public once a published article shows it.
         */
        post: operations["createMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a page or ninjs document as an article
         * @description Send a text scrape (`text/plain`), an HTML page (`text/html`) or an IPTC ninjs 2.x/3.x document (`application/json` or `application/ninjs+json`), up to 5 MiB. A new article is a `draft` unless `status=published` is asked for. The same source (its canonical URL, else `source`, else the content) updates the same article and records a revision, keeping its workflow state; fields editors changed since the last import keep the editors' version, and where the source changed them too the result lists them in `conflicts`. The result says what was found and what was guessed.
         */
        post: operations["importDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change feed: every change, exactly once, in order
         * @description Created, updated, published, unpublished and deleted articles, and scheduled publications as their time comes, in the order they were committed. Each change is recorded in the same transaction as the change itself, so none is lost and none is reported that did not happen. Start without `cursor` and follow `nextCursor`: replaying from the beginning rebuilds the set of public articles exactly (pass it as `cursor`; the old name `since` still works, deprecated); storing the last `nextCursor` and asking again later yields each new change once. A deleted article leaves a tombstone: its id and time, no content. The public view never mentions drafts, scheduled articles before their time or edits made while an article was not public.
         *
         *     Pages with `limit` changes and more to follow never change again and may be cached for good (`immutable`); the newest page is revalidated with its `ETag` (304 while nothing happened).
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description The endpoints this key registered; an admin key sees every endpoint. Secrets are never shown again.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Register a webhook endpoint
         * @description From now on, every change of the public view of the kinds in `events` is POSTed to `url` as JSON, signed with the secret in this answer (shown only here). Changes from before registration are not sent: read them from `GET /v1/changes`. A delivery that gets no 2xx answer within the timeout is retried with exponential backoff and jitter for a bounded time, then marked failed. Redirects are not followed. The host must resolve to public addresses only, now and before every attempt: a loopback, private or link-local address, or a name that does not resolve, is refused with one and the same message.
         *
         *     Each attempt carries `Beitrag-Delivery-Id` (the same on every attempt: ignore repeats), `Beitrag-Event`, `Beitrag-Timestamp` (Unix seconds) and `Beitrag-Signature: sha256=<hex>`, the HMAC-SHA256 of `<timestamp>.<body>` keyed with the secret. Verify it over the raw body and refuse old timestamps.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook endpoint */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Remove a webhook endpoint
         * @description Deliveries stop at once; the delivery log goes with the endpoint.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change, pause or resume a webhook endpoint
         * @description Changes the fields sent, as an RFC 7396 merge patch (`application/merge-patch+json`; plain `application/json` is read the same way): fields left out stay as they are, `"description": null` removes the note. `"active": false` pauses deliveries; `"active": true` resumes them with the changes made meanwhile.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery log of a webhook endpoint
         * @description Every delivery, newest first, with each attempt's time, duration, HTTP status and error.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again
         * @description Sends the delivery again at once, with the same id and body, and retries it like a new one. Works for delivered and failed deliveries alike.
         */
        post: operations["redeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description One invalid value in a request */
        InvalidParam: {
            /**
             * @description The part of the request that held the invalid value
             * @example params
             * @enum {string}
             */
            location: "body" | "params" | "querystring" | "headers";
            /**
             * @description JSON pointer to the value within that part
             * @example /id
             */
            pointer: string;
            /**
             * @description What is wrong with the value
             * @example must match pattern "^[0-9a-z]{16}$"
             */
            message: string;
        };
        /** @description An RFC 9457 problem details object, sent as `application/problem+json` with every 4xx and 5xx response */
        Problem: {
            /**
             * Format: uri-reference
             * @description Identifies the kind of problem; `GET` it for a description
             * @example /problems/not-found
             */
            type: string;
            /**
             * @description Short summary of the kind of problem; the same for every occurrence
             * @example Resource not found
             */
            title: string;
            /**
             * @description The HTTP status code
             * @example 404
             */
            status: number;
            /**
             * @description What went wrong with this request, for a human reader
             * @example No article with id '0000000000000000'
             */
            detail: string;
            /**
             * @description The path of the request that failed
             * @example /v1/articles/0000000000000000
             */
            instance: string;
            /**
             * @description Stable machine-readable error code
             * @example CONTENT_ERR_NOT_FOUND
             */
            code: string;
            /** @description Every invalid value, for validation errors */
            errors?: components["schemas"]["InvalidParam"][];
            /**
             * @description With 409: the id of the article that already holds the value
             * @example 5wsg76t0af7tq119
             */
            conflictingId?: string;
        };
        /** @description Describes one kind of problem the API reports */
        ProblemType: {
            /**
             * @description The problem type URI
             * @example /problems/not-found
             */
            type: string;
            /**
             * @description The error code problems of this type carry
             * @example CONTENT_ERR_NOT_FOUND
             */
            code: string;
            /**
             * @description The title problems of this type carry
             * @example Resource not found
             */
            title: string;
            /**
             * @description The HTTP status problems of this type are sent with
             * @example 404
             */
            status: number;
            /**
             * @description What leads to a problem of this type
             * @example No resource with this id or slug is visible to the caller
             */
            cause: string;
            /**
             * @description What to do about it
             * @example Check the id or slug; find current ones with GET /v1/articles
             */
            fix: string;
        };
        /**
         * @description How many items a paged list holds, sent only when asked for with `count=true`
         * @example {
         *       "value": 1234,
         *       "exact": true
         *     }
         * @example {
         *       "value": 48200,
         *       "exact": false
         *     }
         */
        Total: {
            /**
             * @description How many items the whole list holds: counted exactly up to 10000, estimated above
             * @example 1234
             */
            value: number;
            /**
             * @description true when `value` was counted (at most 10000); false when it is an estimate of a larger total, to show as "about" or "more than 10,000"
             * @example true
             */
            exact: boolean;
        };
        /** @description Liveness: the process answers */
        Health: {
            /**
             * @description The process is up and serving HTTP
             * @enum {string}
             */
            status: "ok";
        };
        /** @description Readiness: the database answers too */
        Readiness: {
            /**
             * @description The service can serve content
             * @enum {string}
             */
            status: "ready";
            /**
             * @description The database answered a query
             * @enum {string}
             */
            database: "ok";
        };
        /**
         * @description Kind of media
         * @enum {string}
         */
        MediaType: "video" | "image" | "audio";
        /**
         * @description `lead`: shown at the top of the article; `inline`: referenced from a block in its body
         * @enum {string}
         */
        MediaRole: "lead" | "inline";
        /** @description One playable or viewable file of a media item. Read answers always carry every field, null when unknown. */
        Rendition: {
            /**
             * Format: uri
             * @description Where the rendition is served; http or https only
             * @example https://media.example.org/kim-putin/1080p.mp4
             */
            url: string;
            /**
             * @description IANA media type
             * @example video/mp4
             */
            mimeType: string;
            /**
             * @description Width in pixels, when known
             * @example 1920
             */
            width: number | null;
            /**
             * @description Height in pixels, when known
             * @example 1080
             */
            height: number | null;
            /**
             * @description Bits per second, when known
             * @example 5000000
             */
            bitrate?: number | null;
            /**
             * @description Codec as in an RFC 6381 `codecs` parameter, when known
             * @example avc1.640028,mp4a.40.2
             */
            codec?: string | null;
            /**
             * @description BCP 47 language of the audio track, when known
             * @example de
             */
            language?: string | null;
        };
        /** @description A still image standing for a media item. Read answers always carry `alt`, null when there is none. */
        Thumbnail: {
            /**
             * Format: uri
             * @description Where the image is served; http or https only
             * @example https://media.example.org/kim-putin/poster.jpg
             */
            url: string;
            /**
             * @description IANA media type
             * @example image/jpeg
             */
            mimeType: string;
            /**
             * @description Width in pixels, when known
             * @example 1280
             */
            width: number | null;
            /**
             * @description Height in pixels, when known
             * @example 720
             */
            height: number | null;
            /**
             * @description Text alternative for readers who cannot see the image
             * @example Putin und Kim geben sich vor Flaggen die Hand
             */
            alt?: string | null;
        };
        /** @description A subtitle track of a video or audio item */
        Subtitle: {
            /**
             * @description BCP 47 language of the subtitles
             * @example de
             */
            language: string;
            /**
             * @description File format: WebVTT, TTML or SubRip
             * @example vtt
             * @enum {string}
             */
            format: "vtt" | "ttml" | "srt";
            /**
             * Format: uri
             * @description Where the subtitle file is served; http or https only
             * @example https://media.example.org/kim-putin/de.vtt
             */
            url: string;
        };
        /**
         * @description FSK age rating: 0, 6, 12, 16 or 18; null when the item has none. Ratings with a youth protection window (by default FSK 16 from 22:00 and FSK 18 from 23:00 to 06:00 Europe/Berlin) play only then, unless the request carries an age-check token for that age.
         * @example 16
         * @enum {integer|null}
         */
        AgeRating: 0 | 6 | 12 | 16 | 18 | null;
        /**
         * @description Why a media item cannot be played for this request, null when it can: `expired` (past `availableUntil`), `geo-blocked` (the viewer's country is not in `allowedRegions`), `not-yet-available` (before `availableFrom`), `age-restricted` (outside its youth protection window, without an age-check token for its rating). When several apply, the first in this order is given.
         * @example age-restricted
         * @enum {string|null}
         */
        UnplayableReason: "not-yet-available" | "expired" | "geo-blocked" | "age-restricted" | null;
        /** @description Embed code for a video, the player in an iframe; null for images and audio, for items whose rights do not allow embedding, and while the item is not playable */
        Embed: {
            /**
             * Format: uri
             * @description The player page the iframe loads
             * @example https://www.example.org/embed/4nzspnn649g3g8h8
             */
            url: string;
            /**
             * @description An `<iframe>` to paste into a page, its attributes escaped
             * @example <iframe src="https://www.example.org/embed/4nzspnn649g3g8h8" width="640" height="360" title="Video: Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un" style="border:0" allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>
             */
            html: string;
            /**
             * @description Width of the iframe in pixels
             * @example 640
             */
            width: number;
            /**
             * @description Height of the iframe in pixels, from the video's aspect ratio (16:9 when unknown)
             * @example 360
             */
            height: number;
        } | null;
        /** @description A video, image or audio item, with what the media rules decide for this request */
        Media: {
            /**
             * @description Opaque, stable media id
             * @example 4nzspnn649g3g8h8
             */
            id: string;
            type: components["schemas"]["MediaType"];
            /**
             * @description Title of the media item, when the source names one
             * @example null
             */
            title: string | null;
            /**
             * @description Caption shown with the media
             * @example Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok getroffen. Im Atomstreit konnte jedoch keine Einigung erzielt werden.
             */
            caption: string | null;
            /**
             * @description Running time in seconds (video and audio)
             * @example 60
             */
            durationSeconds: number | null;
            /**
             * @description Running time as an ISO 8601 duration, the same value as `durationSeconds`
             * @example PT1M
             */
            duration: string | null;
            /**
             * @description Who made it, as the source credits it
             * @example null
             */
            credit: string | null;
            /**
             * @description Rights holder notice
             * @example null
             */
            copyright: string | null;
            /**
             * Format: uri
             * @description Where the terms of use of the item are published; http or https only
             * @example https://www.example.org/nutzungsbedingungen
             */
            termsOfUseUrl: string | null;
            /**
             * @description Whether partners may embed it (videos only get an `embed` when this is true)
             * @example true
             */
            embeddable: boolean;
            /**
             * @description Whether partners may syndicate it (pass it on in their own products); when false it is left out of the ninjs and feed representations
             * @example true
             */
            syndicatable: boolean;
            /**
             * Format: date-time
             * @description When the media was published or recorded, when the source says
             * @example null
             */
            date: string | null;
            /**
             * Format: date-time
             * @description From when it may be played; null when there is no start
             * @example null
             */
            availableFrom: string | null;
            /**
             * Format: date-time
             * @description Until when it may be played (a page's "Video verfügbar bis …"); null when there is no end
             * @example null
             */
            availableUntil: string | null;
            /**
             * @description ISO 3166-1 alpha-2 codes of the countries it may be played in; empty means worldwide
             * @example [
             *       "DE",
             *       "AT",
             *       "CH"
             *     ]
             */
            allowedRegions: string[];
            ageRating: components["schemas"]["AgeRating"];
            /**
             * @description Made for children: shown in the kids profile even without an age rating
             * @example false
             */
            kids: boolean;
            /** @description Files to play or show; empty when none are known, and withheld (empty) while the item is not playable */
            renditions: components["schemas"]["Rendition"][];
            /** @description Still images for previews, shown whether or not the item is playable; empty when none are known */
            thumbnails: components["schemas"]["Thumbnail"][];
            /** @description Subtitle tracks; withheld (empty) while the item is not playable */
            subtitles: components["schemas"]["Subtitle"][];
            /**
             * @description Whether this request may play it now. Decided per request from the availability window, the viewer's country, the youth protection window and an age-check token; never stored.
             * @example true
             */
            playable: boolean;
            reason: components["schemas"]["UnplayableReason"];
            /**
             * Format: date-time
             * @description The next instant it becomes playable for this request, when there is one (the start of the availability window or of the youth protection window); null when it is playable or never will be
             * @example null
             */
            playableFrom: string | null;
            embed: components["schemas"]["Embed"];
        };
        /** @description A media item as attached to one article, with its role there */
        ArticleMedia: {
            /**
             * @description Opaque, stable media id
             * @example 4nzspnn649g3g8h8
             */
            id: string;
            type: components["schemas"]["MediaType"];
            /**
             * @description Title of the media item, when the source names one
             * @example null
             */
            title: string | null;
            /**
             * @description Caption shown with the media
             * @example Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok getroffen. Im Atomstreit konnte jedoch keine Einigung erzielt werden.
             */
            caption: string | null;
            /**
             * @description Running time in seconds (video and audio)
             * @example 60
             */
            durationSeconds: number | null;
            /**
             * @description Running time as an ISO 8601 duration, the same value as `durationSeconds`
             * @example PT1M
             */
            duration: string | null;
            /**
             * @description Who made it, as the source credits it
             * @example null
             */
            credit: string | null;
            /**
             * @description Rights holder notice
             * @example null
             */
            copyright: string | null;
            /**
             * Format: uri
             * @description Where the terms of use of the item are published; http or https only
             * @example https://www.example.org/nutzungsbedingungen
             */
            termsOfUseUrl: string | null;
            /**
             * @description Whether partners may embed it (videos only get an `embed` when this is true)
             * @example true
             */
            embeddable: boolean;
            /**
             * @description Whether partners may syndicate it (pass it on in their own products); when false it is left out of the ninjs and feed representations
             * @example true
             */
            syndicatable: boolean;
            /**
             * Format: date-time
             * @description When the media was published or recorded, when the source says
             * @example null
             */
            date: string | null;
            /**
             * Format: date-time
             * @description From when it may be played; null when there is no start
             * @example null
             */
            availableFrom: string | null;
            /**
             * Format: date-time
             * @description Until when it may be played (a page's "Video verfügbar bis …"); null when there is no end
             * @example null
             */
            availableUntil: string | null;
            /**
             * @description ISO 3166-1 alpha-2 codes of the countries it may be played in; empty means worldwide
             * @example [
             *       "DE",
             *       "AT",
             *       "CH"
             *     ]
             */
            allowedRegions: string[];
            ageRating: components["schemas"]["AgeRating"];
            /**
             * @description Made for children: shown in the kids profile even without an age rating
             * @example false
             */
            kids: boolean;
            /** @description Files to play or show; empty when none are known, and withheld (empty) while the item is not playable */
            renditions: components["schemas"]["Rendition"][];
            /** @description Still images for previews, shown whether or not the item is playable; empty when none are known */
            thumbnails: components["schemas"]["Thumbnail"][];
            /** @description Subtitle tracks; withheld (empty) while the item is not playable */
            subtitles: components["schemas"]["Subtitle"][];
            /**
             * @description Whether this request may play it now. Decided per request from the availability window, the viewer's country, the youth protection window and an age-check token; never stored.
             * @example true
             */
            playable: boolean;
            reason: components["schemas"]["UnplayableReason"];
            /**
             * Format: date-time
             * @description The next instant it becomes playable for this request, when there is one (the start of the availability window or of the youth protection window); null when it is playable or never will be
             * @example null
             */
            playableFrom: string | null;
            embed: components["schemas"]["Embed"];
            role: components["schemas"]["MediaRole"];
        };
        /** @description The media attached to an article */
        ArticleMediaList: {
            /** @description The article's media, lead first, in page order */
            items: components["schemas"]["ArticleMedia"][];
        };
        /**
         * @description Emphasis, usually shown in italics
         * @example {
         *       "type": "emphasis"
         *     }
         */
        EmphasisMark: {
            /** @enum {string} */
            type: "emphasis";
        };
        /**
         * @description Strong emphasis, usually shown in bold
         * @example {
         *       "type": "strong"
         *     }
         */
        StrongMark: {
            /** @enum {string} */
            type: "strong";
        };
        /**
         * @description A link to a page outside this API
         * @example {
         *       "type": "link",
         *       "href": "https://www.kremlin.ru/events/president/news/60370"
         *     }
         */
        LinkMark: {
            /** @enum {string} */
            type: "link";
            /**
             * Format: uri
             * @description Where the link leads: an http://, https:// or mailto: URL only (anything else is a 400 naming the field)
             * @example https://www.kremlin.ru/events/president/news/60370
             */
            href: string;
        };
        /**
         * @description A link to another article of this API by id: it keeps working when that article's slug changes
         * @example {
         *       "type": "articleLink",
         *       "articleId": "5wsg76t0af7tq119",
         *       "href": "https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim"
         *     }
         */
        ArticleLinkMark: {
            /** @enum {string} */
            type: "articleLink";
            /**
             * @description Id of the article linked to
             * @example 5wsg76t0af7tq119
             */
            articleId: string;
            /**
             * Format: uri
             * @description Set by the server on reads: the linked article's current public URL, following slug changes. Ignored on writes. While the linked article is not public, public reads show the span as plain text (no mark at all) and previews show the mark without `href`.
             * @example https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim
             */
            href?: string;
        };
        /** @description A mark on a text span; `type` tells which kind */
        Mark: components["schemas"]["EmphasisMark"] | components["schemas"]["StrongMark"] | components["schemas"]["LinkMark"] | components["schemas"]["ArticleLinkMark"];
        /**
         * @description A run of text with the same marks
         * @example {
         *       "type": "text",
         *       "text": "Kreml",
         *       "marks": [
         *         {
         *           "type": "link",
         *           "href": "https://www.kremlin.ru/"
         *         }
         *       ]
         *     }
         */
        TextSpan: {
            /** @enum {string} */
            type: "text";
            /**
             * @description The span's text. Text is always text: `<b>` in it means the three characters, never markup, and every HTML output escapes it
             * @example Wladiwostok
             */
            text: string;
            /** @description Marks on the span, outermost first; absent or empty: plain text */
            marks?: components["schemas"]["Mark"][];
        };
        /**
         * @description A line break within a paragraph (`\n` in the plain `text`)
         * @example {
         *       "type": "break"
         *     }
         */
        LineBreak: {
            /** @enum {string} */
            type: "break";
        };
        /** @description One piece of inline rich text; `type` tells which kind */
        Inline: components["schemas"]["TextSpan"] | components["schemas"]["LineBreak"];
        /**
         * @description A paragraph of body text; `content` holds it with marks when it has any
         * @example {
         *       "type": "paragraph",
         *       "text": "Putin lobte die Gespräche in Wladiwostok.",
         *       "content": [
         *         {
         *           "type": "text",
         *           "text": "Putin lobte die Gespräche",
         *           "marks": [
         *             {
         *               "type": "link",
         *               "href": "https://www.kremlin.ru/"
         *             }
         *           ]
         *         },
         *         {
         *           "type": "text",
         *           "text": " in "
         *         },
         *         {
         *           "type": "text",
         *           "text": "Wladiwostok",
         *           "marks": [
         *             {
         *               "type": "emphasis"
         *             }
         *           ]
         *         },
         *         {
         *           "type": "text",
         *           "text": "."
         *         }
         *       ]
         *     }
         */
        ParagraphBlock: {
            /** @enum {string} */
            type: "paragraph";
            /**
             * @description Plain text of the paragraph, for clients that show only text
             * @example Fünf Stunden dauerten die Gespräche …
             */
            text: string;
            /**
             * @description The paragraph as rich text: spans with marks (emphasis, links) and line breaks. Absent for plain text. Its spans joined (a break as "\n") must equal `text`.
             * @example [
             *       {
             *         "type": "text",
             *         "text": "Fünf Stunden dauerten die Gespräche in der Hafenstadt "
             *       },
             *       {
             *         "type": "text",
             *         "text": "Wladiwostok",
             *         "marks": [
             *           {
             *             "type": "emphasis"
             *           }
             *         ]
             *       },
             *       {
             *         "type": "text",
             *         "text": "."
             *       }
             *     ]
             */
            content?: components["schemas"]["Inline"][];
        };
        /** @description A quotation set apart from the body text */
        QuoteBlock: {
            /** @enum {string} */
            type: "quote";
            /**
             * @description The quoted words
             * @example Ja, wir sind mit den Ergebnissen der Gespräche zufrieden.
             */
            text: string;
            /**
             * @description Who said it
             * @example Wladimir Putin
             */
            attribution: string | null;
            /**
             * @description The quoted words as rich text. Absent for plain text. Its spans joined (a break as "\n") must equal `text`.
             * @example [
             *       {
             *         "type": "text",
             *         "text": "Fünf Stunden dauerten die Gespräche in der Hafenstadt "
             *       },
             *       {
             *         "type": "text",
             *         "text": "Wladiwostok",
             *         "marks": [
             *           {
             *             "type": "emphasis"
             *           }
             *         ]
             *       },
             *       {
             *         "type": "text",
             *         "text": "."
             *       }
             *     ]
             */
            content?: components["schemas"]["Inline"][];
        };
        /** @description A place in the body where a media item (image, video, audio) appears */
        MediaBlock: {
            /** @enum {string} */
            type: "media";
            /**
             * @description Id of a media item attached to the article
             * @example 4nzspnn649g3g8h8
             */
            mediaId: string;
            /**
             * @description Text alternative for readers who cannot see the image or video at this place
             * @example Putin und Kim geben sich vor Flaggen die Hand
             */
            alt?: string | null;
        };
        /** @description A minor heading inside a section (a section's own `heading` is the major one) */
        SubheadingBlock: {
            /** @enum {string} */
            type: "subheading";
            /**
             * @description The sub-heading, one level below the section's heading
             * @example Was Kim bekam
             */
            text: string;
        };
        /** @description One item of a list */
        ListItem: {
            /**
             * @description Plain text of the item
             * @example Keine gemeinsame Erklärung
             */
            text: string;
            /**
             * @description The item as rich text. Absent for plain text. Its spans joined (a break as "\n") must equal `text`.
             * @example [
             *       {
             *         "type": "text",
             *         "text": "Fünf Stunden dauerten die Gespräche in der Hafenstadt "
             *       },
             *       {
             *         "type": "text",
             *         "text": "Wladiwostok",
             *         "marks": [
             *           {
             *             "type": "emphasis"
             *           }
             *         ]
             *       },
             *       {
             *         "type": "text",
             *         "text": "."
             *       }
             *     ]
             */
            content?: components["schemas"]["Inline"][];
        };
        /**
         * @description A bulleted or numbered list
         * @example {
         *       "type": "list",
         *       "style": "unordered",
         *       "items": [
         *         {
         *           "text": "Keine gemeinsame Erklärung"
         *         },
         *         {
         *           "text": "Einladung nach Moskau"
         *         }
         *       ]
         *     }
         */
        ListBlock: {
            /** @enum {string} */
            type: "list";
            /**
             * @description `unordered` (bullets) or `ordered` (numbered)
             * @example unordered
             * @enum {string}
             */
            style: "unordered" | "ordered";
            /** @description The items in order */
            items: components["schemas"]["ListItem"][];
        };
        /** @description Content from another platform (a post, a video) shown where it stands. No embed code is stored: frontends build their own from `provider` and `url`, and HTML outputs show a plain link to `url`. */
        EmbedBlock: {
            /** @enum {string} */
            type: "embed";
            /**
             * @description Who hosts the embedded content, as readers know it
             * @example YouTube
             */
            provider: string;
            /**
             * Format: uri
             * @description The embedded content's own page (http or https): what a frontend embeds, and the fallback link where it embeds nothing
             * @example https://www.youtube.com/watch?v=dQw4w9WgXcQ
             */
            url: string;
            /**
             * @description What it is, for the fallback link's text; null when unknown
             * @example Pressekonferenz in Wladiwostok
             */
            title: string | null;
        };
        /** @description A simple table of plain-text cells (election results, fixtures) */
        TableBlock: {
            /** @enum {string} */
            type: "table";
            /**
             * @description What the table shows
             * @example Ergebnis der Wahl
             */
            caption: string | null;
            /**
             * @description Column headings; empty when the table has none
             * @example [
             *       "Partei",
             *       "Stimmen"
             *     ]
             */
            header: string[];
            /**
             * @description The rows, each a list of cells
             * @example [
             *       [
             *         "SPD",
             *         "25,7 %"
             *       ],
             *       [
             *         "CDU",
             *         "24,1 %"
             *       ]
             *     ]
             */
            rows: string[][];
        };
        /** @description One block of an article body; `type` tells which kind. Clients should skip types they do not know: more may be added. */
        Block: components["schemas"]["ParagraphBlock"] | components["schemas"]["QuoteBlock"] | components["schemas"]["MediaBlock"] | components["schemas"]["SubheadingBlock"] | components["schemas"]["ListBlock"] | components["schemas"]["EmbedBlock"] | components["schemas"]["TableBlock"];
        /** @description A run of body blocks under one sub-heading */
        Section: {
            /**
             * @description 1-based position of the section in the article
             * @example 2
             */
            position: number;
            /**
             * @description Sub-heading; null for text before the first sub-heading
             * @example Keine Erklärungen
             */
            heading: string | null;
            /** @description The section's blocks in reading order */
            blocks: components["schemas"]["Block"][];
        };
        /** @description The sections of an article */
        SectionList: {
            /** @description Sections in reading order */
            items: components["schemas"]["Section"][];
        };
        /**
         * @description Workflow state; anonymous callers only ever see `published` articles
         * @enum {string}
         */
        ArticleStatus: "draft" | "scheduled" | "published" | "unpublished";
        /** @description The fields of an article a list shows. With `fields`, only the named fields and `id` are present. */
        ArticleSummary: {
            /**
             * @description Opaque, stable article id
             * @example 5wsg76t0af7tq119
             */
            id: string;
            /**
             * @description URL-safe name, unique across articles; German letters are transliterated (ä → ae, ß → ss)
             * @example wenig-substanz-aber-pr-erfolg-fuer-kim
             */
            slug: string;
            /**
             * Format: uri
             * @description Public URL of the article on the website
             * @example https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim
             */
            url: string;
            /**
             * @description Short line above the headline
             * @example Bilanz des Kim-Putin-Treffens
             */
            kicker: string | null;
            /**
             * @description Headline
             * @example Wenig Substanz, aber PR-Erfolg für Kim
             */
            title: string;
            /**
             * @description Who wrote it, as the source credits it
             * @example null
             */
            byline: string | null;
            /**
             * @description Lead paragraph that sums the article up
             * @example Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.
             */
            teaser: string | null;
            /**
             * @description BCP 47 language tag
             * @example de
             */
            language: string;
            /**
             * @description Category path from the site root, outermost first; may be empty
             * @example [
             *       "Nachrichten",
             *       "Politik",
             *       "Ausland"
             *     ]
             */
            breadcrumb: string[];
            /**
             * @description Free keywords
             * @example [
             *       "Nordkorea",
             *       "Russland"
             *     ]
             */
            tags: string[];
            /**
             * @description Made for children: with `profile=kids` only such articles are shown, and only when all their media are rated FSK 0 or 6 (or unrated and made for children)
             * @example false
             */
            kids: boolean;
            status: components["schemas"]["ArticleStatus"];
            /**
             * Format: date-time
             * @description Publication time; null when the source gives none (the API never invents one)
             * @example 2019-04-26T08:30:00.000Z
             */
            publishedAt: string | null;
            /**
             * Format: date-time
             * @description Last change to the article
             * @example 2024-05-02T10:00:00.000Z
             */
            updatedAt: string;
            /**
             * @description Words in the body (sections)
             * @example 486
             */
            wordCount: number;
            /**
             * @description Estimated reading time at 200 words per minute, rounded up
             * @example 3
             */
            readingTimeMinutes: number;
            /** @description The body; only with `include=sections` */
            sections?: components["schemas"]["Section"][];
            /** @description Attached media, lead first; only with `include=media` */
            media?: components["schemas"]["ArticleMedia"][];
        };
        /** @description A public correction note */
        Correction: {
            /**
             * Format: date-time
             * @description When the correction was made
             * @example 2024-05-03T08:00:00.000Z
             */
            at: string;
            /**
             * @description What was corrected, for readers
             * @example In einer früheren Fassung stand, das Treffen habe drei Stunden gedauert.
             */
            note: string;
        };
        /** @description A complete article with its sections and media: everything needed to render the page */
        Article: {
            /**
             * @description Opaque, stable article id
             * @example 5wsg76t0af7tq119
             */
            id: string;
            /**
             * @description URL-safe name, unique across articles; German letters are transliterated (ä → ae, ß → ss)
             * @example wenig-substanz-aber-pr-erfolg-fuer-kim
             */
            slug: string;
            /**
             * Format: uri
             * @description Public URL of the article on the website
             * @example https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim
             */
            url: string;
            /**
             * @description Short line above the headline
             * @example Bilanz des Kim-Putin-Treffens
             */
            kicker: string | null;
            /**
             * @description Headline
             * @example Wenig Substanz, aber PR-Erfolg für Kim
             */
            title: string;
            /**
             * @description Who wrote it, as the source credits it
             * @example null
             */
            byline: string | null;
            /**
             * @description Lead paragraph that sums the article up
             * @example Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.
             */
            teaser: string | null;
            /**
             * @description BCP 47 language tag
             * @example de
             */
            language: string;
            /**
             * @description Category path from the site root, outermost first; may be empty
             * @example [
             *       "Nachrichten",
             *       "Politik",
             *       "Ausland"
             *     ]
             */
            breadcrumb: string[];
            /**
             * @description Free keywords
             * @example [
             *       "Nordkorea",
             *       "Russland"
             *     ]
             */
            tags: string[];
            /**
             * @description Made for children: with `profile=kids` only such articles are shown, and only when all their media are rated FSK 0 or 6 (or unrated and made for children)
             * @example false
             */
            kids: boolean;
            status: components["schemas"]["ArticleStatus"];
            /**
             * Format: date-time
             * @description Publication time; null when the source gives none (the API never invents one)
             * @example 2019-04-26T08:30:00.000Z
             */
            publishedAt: string | null;
            /**
             * Format: date-time
             * @description Last change to the article
             * @example 2024-05-02T10:00:00.000Z
             */
            updatedAt: string;
            /**
             * @description Words in the body (sections)
             * @example 486
             */
            wordCount: number;
            /**
             * @description Estimated reading time at 200 words per minute, rounded up
             * @example 3
             */
            readingTimeMinutes: number;
            /**
             * Format: date-time
             * @description When the article was created in this API
             * @example 2024-05-02T10:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Increases with every change
             * @example 1
             */
            version: number;
            /**
             * @description Where the article was imported from (the file name), for keys with the content:preview scope; null for every other reader and for articles written through the API
             * @example null
             */
            source: string | null;
            /** @description Public corrections made after publication, oldest first */
            corrections: components["schemas"]["Correction"][];
            /** @description The body, in reading order */
            sections: components["schemas"]["Section"][];
            /** @description Media attached to the article, lead first */
            media: components["schemas"]["ArticleMedia"][];
        };
        /** @description One page of articles */
        ArticleList: {
            /** @description Articles, newest first */
            items: components["schemas"]["ArticleSummary"][];
            /**
             * @description Pass as `cursor` to get the next page; null on the last page
             * @example null
             */
            nextCursor: string | null;
            total?: components["schemas"]["Total"];
        };
        /** @description An article that matches, with where it matches. With `fields`, only the named article fields, `id`, `snippet` and `sectionPosition` are present. */
        SearchHit: {
            /**
             * @description Opaque, stable article id
             * @example 5wsg76t0af7tq119
             */
            id: string;
            /**
             * @description URL-safe name, unique across articles; German letters are transliterated (ä → ae, ß → ss)
             * @example wenig-substanz-aber-pr-erfolg-fuer-kim
             */
            slug: string;
            /**
             * Format: uri
             * @description Public URL of the article on the website
             * @example https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim
             */
            url: string;
            /**
             * @description Short line above the headline
             * @example Bilanz des Kim-Putin-Treffens
             */
            kicker: string | null;
            /**
             * @description Headline
             * @example Wenig Substanz, aber PR-Erfolg für Kim
             */
            title: string;
            /**
             * @description Who wrote it, as the source credits it
             * @example null
             */
            byline: string | null;
            /**
             * @description Lead paragraph that sums the article up
             * @example Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.
             */
            teaser: string | null;
            /**
             * @description BCP 47 language tag
             * @example de
             */
            language: string;
            /**
             * @description Category path from the site root, outermost first; may be empty
             * @example [
             *       "Nachrichten",
             *       "Politik",
             *       "Ausland"
             *     ]
             */
            breadcrumb: string[];
            /**
             * @description Free keywords
             * @example [
             *       "Nordkorea",
             *       "Russland"
             *     ]
             */
            tags: string[];
            /**
             * @description Made for children: with `profile=kids` only such articles are shown, and only when all their media are rated FSK 0 or 6 (or unrated and made for children)
             * @example false
             */
            kids: boolean;
            status: components["schemas"]["ArticleStatus"];
            /**
             * Format: date-time
             * @description Publication time; null when the source gives none (the API never invents one)
             * @example 2019-04-26T08:30:00.000Z
             */
            publishedAt: string | null;
            /**
             * Format: date-time
             * @description Last change to the article
             * @example 2024-05-02T10:00:00.000Z
             */
            updatedAt: string;
            /**
             * @description Words in the body (sections)
             * @example 486
             */
            wordCount: number;
            /**
             * @description Estimated reading time at 200 words per minute, rounded up
             * @example 3
             */
            readingTimeMinutes: number;
            /** @description The body; only with `include=sections` */
            sections?: components["schemas"]["Section"][];
            /** @description Attached media, lead first; only with `include=media` */
            media?: components["schemas"]["ArticleMedia"][];
            /**
             * @description HTML: a passage around the match, the article text escaped and every matched word form in `<mark>…</mark>` (inflected forms and compounds too: a search for `Bahn` marks "Straßenbahn"). When only tags, categories or the byline matched, the start of the teaser without marks.
             * @example … Fünf Stunden dauerten die <mark>Gespräche</mark> zwischen Russlands Präsident Wladimir Putin …
             */
            snippet: string;
            /**
             * @description The section the snippet is from, to jump to; null when the match is in the title, kicker, teaser, a caption, tags, categories or the byline
             * @example 1
             */
            sectionPosition: number | null;
        };
        /** @description Counts over the matching articles by category, tag, language, media type and month: the facets named in `facets` */
        SearchFacets: {
            /**
             * @description How many matching articles were counted: all of them when `complete`, else the newest 1,000
             * @example 57
             */
            basis: number;
            /**
             * @description true when every matching article was counted
             * @example true
             */
            complete: boolean;
            /** @description Counts by category path, as `category` accepts it, most frequent first (at most 20) */
            category?: {
                /**
                 * @description category path, as `category` accepts it
                 * @example Nachrichten/Politik
                 */
                value: string;
                /**
                 * @description Matching articles with this value
                 * @example 12
                 */
                count: number;
            }[];
            /** @description Counts by tag, most frequent first (at most 20) */
            tag?: {
                /**
                 * @description tag
                 * @example ÖPNV
                 */
                value: string;
                /**
                 * @description Matching articles with this value
                 * @example 12
                 */
                count: number;
            }[];
            /** @description Counts by language, most frequent first (at most 20) */
            language?: {
                /**
                 * @description language
                 * @example de
                 */
                value: string;
                /**
                 * @description Matching articles with this value
                 * @example 12
                 */
                count: number;
            }[];
            /** @description Counts by media type, most frequent first (at most 20) */
            mediaType?: {
                /**
                 * @description media type
                 * @example video
                 */
                value: string;
                /**
                 * @description Matching articles with this value
                 * @example 12
                 */
                count: number;
            }[];
            /** @description Counts by month of publication (YYYY-MM, UTC), most frequent first (at most 20) */
            month?: {
                /**
                 * @description month of publication (YYYY-MM, UTC)
                 * @example 2025-03
                 */
                value: string;
                /**
                 * @description Matching articles with this value
                 * @example 12
                 */
                count: number;
            }[];
        };
        /** @description One page of search results */
        SearchResults: {
            /** @description Matching articles, best first (relevance with a recency component), or by date with `sort` */
            items: components["schemas"]["SearchHit"][];
            /**
             * @description Pass as `cursor` for the next page; null on the last page
             * @example null
             */
            nextCursor: string | null;
            total?: components["schemas"]["Total"];
            facets?: components["schemas"]["SearchFacets"];
        };
        /** @description One level of the breadcrumb tree */
        Category: {
            /**
             * @description Stable id, derived from the path: the same on every installation and after restarts; pass as `category`
             * @example m3k9f2xq7d1h5v8n
             */
            id: string;
            /**
             * @description The path in URL form (lower case, ä = ae, ß = ss); pass as `category`
             * @example nachrichten/politik
             */
            slug: string;
            /**
             * @description The breadcrumb label
             * @example Politik
             */
            name: string;
            /**
             * @description Labels from the root joined by "/"; `category` takes it, the slug, the id or the name
             * @example Nachrichten/Politik
             */
            path: string;
            /**
             * @description Published articles in this category or below it
             * @example 12
             */
            articleCount: number;
            /** @description Sub-categories, by path */
            children: components["schemas"]["Category"][];
        };
        /** @description The categories of published articles as a tree */
        CategoryTree: {
            /** @description Top-level categories, by path */
            items: components["schemas"]["Category"][];
        };
        /** @description A media item as a write attaches it to an article */
        MediaWrite: {
            /**
             * @description An existing media item to attach; omit to create one. With only `id`, `type` and `role` the item is attached as it is; other members change it (see `etag`)
             * @example 4nzspnn649g3g8h8
             */
            id?: string;
            /** @description The current ETag of the existing item `id` (from `GET /v1/media/{id}`): needed to change an item that other articles show or that this article does not show yet (428 without it, 412 when it is not current; `*` changes it whatever it holds, as in If-Match). Not stored */
            etag?: string;
            type: components["schemas"]["MediaType"];
            role?: components["schemas"]["MediaRole"];
            /** @description Title of the media item */
            title?: string | null;
            /** @description Caption shown with it */
            caption?: string | null;
            /** @description Running time in seconds */
            durationSeconds?: number | null;
            /** @description Who made it */
            credit?: string | null;
            /** @description Rights holder notice */
            copyright?: string | null;
            /**
             * Format: date-time
             * @description When it was published or recorded
             */
            date?: string | null;
            /**
             * Format: date-time
             * @description From when it may be played
             */
            availableFrom?: string | null;
            /**
             * Format: date-time
             * @description Until when it may be played; must be after availableFrom
             */
            availableUntil?: string | null;
            /**
             * @description Countries it may be played in; absent or empty: worldwide
             * @example [
             *       "DE",
             *       "AT",
             *       "CH"
             *     ]
             */
            allowedRegions?: string[];
            ageRating?: components["schemas"]["AgeRating"];
            /** @description Made for children; default false */
            kids?: boolean;
            /**
             * Format: uri
             * @description Where its terms of use are published; http or https only
             */
            termsOfUseUrl?: string | null;
            /** @description Whether partners may embed it; default true */
            embeddable?: boolean;
            /** @description Whether partners may syndicate it; default true */
            syndicatable?: boolean;
            /** @description Files to play or show */
            renditions?: components["schemas"]["Rendition"][];
            /** @description Still images for previews */
            thumbnails?: components["schemas"]["Thumbnail"][];
            /** @description Subtitle tracks */
            subtitles?: components["schemas"]["Subtitle"][];
        };
        /** @description A media item written on its own; attach it to articles through their `media` */
        MediaUpsert: {
            type: components["schemas"]["MediaType"];
            /** @description Title of the media item */
            title?: string | null;
            /** @description Caption shown with it */
            caption?: string | null;
            /** @description Running time in seconds */
            durationSeconds?: number | null;
            /** @description Who made it */
            credit?: string | null;
            /** @description Rights holder notice */
            copyright?: string | null;
            /**
             * Format: date-time
             * @description When it was published or recorded
             */
            date?: string | null;
            /**
             * Format: date-time
             * @description From when it may be played
             */
            availableFrom?: string | null;
            /**
             * Format: date-time
             * @description Until when it may be played; must be after availableFrom
             */
            availableUntil?: string | null;
            /**
             * @description Countries it may be played in; absent or empty: worldwide
             * @example [
             *       "DE",
             *       "AT",
             *       "CH"
             *     ]
             */
            allowedRegions?: string[];
            ageRating?: components["schemas"]["AgeRating"];
            /** @description Made for children; default false */
            kids?: boolean;
            /**
             * Format: uri
             * @description Where its terms of use are published; http or https only
             */
            termsOfUseUrl?: string | null;
            /** @description Whether partners may embed it; default true */
            embeddable?: boolean;
            /** @description Whether partners may syndicate it; default true */
            syndicatable?: boolean;
            /** @description Files to play or show */
            renditions?: components["schemas"]["Rendition"][];
            /** @description Still images for previews */
            thumbnails?: components["schemas"]["Thumbnail"][];
            /** @description Subtitle tracks */
            subtitles?: components["schemas"]["Subtitle"][];
        };
        /** @description A section as a write sends it; positions follow the order */
        SectionWrite: {
            /** @description Sub-heading; null or absent for text before the first one */
            heading?: string | null;
            /** @description Blocks in reading order */
            blocks: components["schemas"]["Block"][];
        };
        /** @description An article to create or replace */
        ArticleWrite: {
            /**
             * @description URL name; derived from the title when absent. Taken by another article: 409
             * @example wenig-substanz-aber-pr-erfolg-fuer-kim
             */
            slug?: string;
            /**
             * @description Line above the headline
             * @example Bilanz des Kim-Putin-Treffens
             */
            kicker?: string | null;
            /**
             * @description Headline
             * @example Wenig Substanz, aber PR-Erfolg für Kim
             */
            title: string;
            /** @description Lead paragraph */
            teaser?: string | null;
            /**
             * @description Who wrote it, as the page credits it
             * @example Von Anna Beispiel, ZDF-Studio Moskau
             */
            byline?: string | null;
            /**
             * @description BCP 47 language tag; default `de`
             * @default de
             * @example de
             */
            language?: string;
            /**
             * @description Category path from the root; labels may not contain "/"
             * @default []
             * @example [
             *       "Nachrichten",
             *       "Politik"
             *     ]
             */
            breadcrumb?: string[];
            /**
             * @description Free keywords
             * @default []
             */
            tags?: string[];
            /** @description Made for children: shown in the kids profile; default false */
            kids?: boolean;
            status?: components["schemas"]["ArticleStatus"];
            /**
             * Format: date-time
             * @description Publication time. Required in the future for `scheduled`; for `published`, absent means now.
             * @example 2025-06-01T06:00:00.000Z
             */
            publishedAt?: string | null;
            /** @description A public correction note to add; only for an article that is already published */
            correction?: string;
            /**
             * @description The body
             * @default []
             */
            sections?: components["schemas"]["SectionWrite"][];
            /**
             * @description Media to attach, lead first; blocks reference them by id
             * @default []
             */
            media?: components["schemas"]["MediaWrite"][];
        };
        /**
         * @description An RFC 7396 merge patch of an ArticleWrite: members sent replace the article's, arrays whole; `null` removes a member (the field then takes its default: `de`, `[]`, `false`; a removed slug keeps the current one); members left out stay as they are.
         * @example {
         *       "title": "Ein neuer Titel",
         *       "teaser": null
         *     }
         */
        ArticleMergePatch: {
            /**
             * @description URL name; derived from the title when absent. Taken by another article: 409
             * @example wenig-substanz-aber-pr-erfolg-fuer-kim
             */
            slug?: string | null;
            /**
             * @description Line above the headline
             * @example Bilanz des Kim-Putin-Treffens
             */
            kicker?: string | null;
            /**
             * @description Headline
             * @example Wenig Substanz, aber PR-Erfolg für Kim
             */
            title?: string | null;
            /** @description Lead paragraph */
            teaser?: string | null;
            /**
             * @description Who wrote it, as the page credits it
             * @example Von Anna Beispiel, ZDF-Studio Moskau
             */
            byline?: string | null;
            /**
             * @description BCP 47 language tag; default `de`
             * @example de
             */
            language?: string | null;
            /**
             * @description Category path from the root; labels may not contain "/"
             * @example [
             *       "Nachrichten",
             *       "Politik"
             *     ]
             */
            breadcrumb?: string[] | null;
            /** @description Free keywords */
            tags?: string[] | null;
            /** @description Made for children: shown in the kids profile; default false */
            kids?: boolean | null;
            status?: components["schemas"]["ArticleStatus"];
            /**
             * Format: date-time
             * @description Publication time. Required in the future for `scheduled`; for `published`, absent means now.
             * @example 2025-06-01T06:00:00.000Z
             */
            publishedAt?: string | null;
            /** @description A public correction note to add; only for an article that is already published */
            correction?: string;
            /** @description The body */
            sections?: components["schemas"]["SectionWrite"][] | null;
            /** @description Media to attach, lead first; blocks reference them by id */
            media?: components["schemas"]["MediaWrite"][] | null;
        };
        /** @description The API key that made a change */
        Actor: {
            /**
             * @description Id of the API key
             * @example k3y1d0000000abcd
             */
            keyId: string;
            /**
             * @description Name the key was given
             * @example cms-redaktion
             */
            keyName: string;
        };
        /** @description One saved state of an article */
        RevisionSummary: {
            /**
             * @description The article version this revision saved
             * @example 2
             */
            version: number;
            status: components["schemas"]["ArticleStatus"];
            /**
             * Format: date-time
             * @description When it was saved
             * @example 2024-05-02T10:00:00.000Z
             */
            createdAt: string;
            /** @description Who saved it; null for imports and command-line changes */
            by: components["schemas"]["Actor"] | null;
        };
        /** @description One saved state of an article, whole */
        Revision: {
            /**
             * @description The article version this revision saved
             * @example 2
             */
            version: number;
            status: components["schemas"]["ArticleStatus"];
            /**
             * Format: date-time
             * @description When it was saved
             * @example 2024-05-02T10:00:00.000Z
             */
            createdAt: string;
            /** @description Who saved it; null for imports and command-line changes */
            by: components["schemas"]["Actor"] | null;
            article: components["schemas"]["ArticleWrite"];
        };
        /** @description The revisions of an article */
        RevisionList: {
            /** @description Newest first */
            items: components["schemas"]["RevisionSummary"][];
        };
        /** @description One entry of an article's audit trail */
        ArticleEvent: {
            /**
             * @description Position in the log of all changes
             * @example 17
             */
            seq: number;
            /**
             * @description What happened; `publication_reached`: a scheduled publication time passed and the article became public
             * @enum {string}
             */
            type: "created" | "updated" | "published" | "unpublished" | "scheduled" | "deleted" | "restored" | "publication_reached";
            /**
             * @description The article version it produced (for deleted: the last one)
             * @example 2
             */
            version: number | null;
            /**
             * Format: date-time
             * @description When
             * @example 2024-05-02T10:00:00.000Z
             */
            at: string;
            /** @description Who; null for imports and command-line changes */
            by: components["schemas"]["Actor"] | null;
            /**
             * @description Top-level fields the change touched
             * @example [
             *       "title",
             *       "teaser"
             *     ]
             */
            changes: string[];
        };
        /** @description The audit trail of an article */
        ArticleEventList: {
            /** @description Oldest first */
            items: components["schemas"]["ArticleEvent"][];
        };
        /** @description The outcome of importing one document */
        ImportResult: {
            /**
             * @description The identity of the source: its canonical URL, the name given, or a hash of the content
             * @example https://www.example.org/nachrichten/bahnstreik-100.html
             */
            source: string;
            /**
             * @description The article it created or updated
             * @example m3q1c8r5x0v2b7n4
             */
            articleId: string;
            /**
             * @description The article's slug
             * @example wenig-substanz-aber-pr-erfolg-fuer-kim
             */
            slug: string;
            /**
             * @description How the document was read
             * @example html
             * @enum {string}
             */
            format: "text" | "html" | "ninjs";
            /**
             * @description What the import did
             * @example created
             * @enum {string}
             */
            outcome: "created" | "updated" | "unchanged";
            /** @description What the document yielded */
            found: {
                /**
                 * @description The headline found or derived
                 * @example Bahnstreik legt Fernverkehr lahm
                 */
                title: string;
                /** @description A kicker was found */
                kicker: boolean;
                /** @description A teaser was found */
                teaser: boolean;
                /** @description A byline was found */
                byline: boolean;
                /** @description A publication date was found */
                publishedAt: boolean;
                /**
                 * @description Sections of the body
                 * @example 2
                 */
                sections: number;
                /**
                 * @description Paragraphs and quotes of the body
                 * @example 4
                 */
                paragraphs: number;
                /**
                 * @description Media items
                 * @example 2
                 */
                media: number;
            };
            /**
             * @description What was missing or had to be guessed, and each conflict in words
             * @example [
             *       "no publication date found"
             *     ]
             */
            warnings: string[];
            /**
             * @description Fields (`title`, `teaser`, `body`, …) that editors changed since the last import and the source changed too: the editors' version was kept and the source's not applied. Fields only editors changed are kept silently; fields only the source changed are applied
             * @example []
             */
            conflicts: string[];
        };
        /** @description An author of a feed or an item */
        JsonFeedAuthor: {
            /**
             * @description The author as the byline names them (without its "Von"), or the publisher
             * @example Anna Beispiel
             */
            name: string;
        };
        /** @description A playable or viewable file of one of the article's media items */
        JsonFeedAttachment: {
            /**
             * Format: uri
             * @description The file
             * @example https://media.example.org/kim-putin/1080p.mp4
             */
            url: string;
            /**
             * @description Its IANA media type
             * @example video/mp4
             */
            mime_type: string;
            /**
             * @description The media item's title or caption; attachments with the same title are alternate renditions of one item
             * @example Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un …
             */
            title?: string;
            /**
             * @description Running time of a video or audio
             * @example 60
             */
            duration_in_seconds?: number;
        };
        /** @description One published article */
        JsonFeedItem: {
            /**
             * @description Stable for the article's lifetime, whatever becomes of its slug: the article's URL in this API
             * @example https://api.example.org/v1/articles/5wsg76t0af7tq119
             */
            id: string;
            /**
             * Format: uri
             * @description The article on the website
             * @example https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim
             */
            url: string;
            /**
             * @description Headline
             * @example Wenig Substanz, aber PR-Erfolg für Kim
             */
            title: string;
            /** @description The body as HTML: sub-headings, paragraphs, quotes */
            content_html: string;
            /** @description The teaser */
            summary?: string;
            /**
             * Format: uri
             * @description The lead media's preview image, or the first picture
             */
            image?: string;
            /**
             * Format: date-time
             * @description Publication time; absent when the article has none
             */
            date_published?: string;
            /**
             * Format: date-time
             * @description Last change
             */
            date_modified: string;
            /** @description The byline, when there is one */
            authors?: components["schemas"]["JsonFeedAuthor"][];
            /**
             * @description Categories (breadcrumb labels) and tags
             * @example [
             *       "Nachrichten",
             *       "Nordkorea"
             *     ]
             */
            tags?: string[];
            /**
             * @description BCP 47 language tag
             * @example de
             */
            language: string;
            /** @description Every rendition of every media item that has one, lead first */
            attachments?: components["schemas"]["JsonFeedAttachment"][];
        };
        /** @description A JSON Feed 1.1 document of published articles */
        JsonFeed: {
            /**
             * @description The JSON Feed version
             * @enum {string}
             */
            version: "https://jsonfeed.org/version/1.1";
            /**
             * @description The publisher, and the category when the feed has one
             * @example beitrag: Politik
             */
            title: string;
            /**
             * Format: uri
             * @description The website
             */
            home_page_url: string;
            /**
             * Format: uri
             * @description This feed, with its filters
             */
            feed_url: string;
            /** @description What the feed holds */
            description: string;
            /**
             * @description With a `language` filter: the language all items are in
             * @example de
             */
            language?: string;
            /** @description The publisher */
            authors: components["schemas"]["JsonFeedAuthor"][];
            /** @description Published articles, newest first */
            items: components["schemas"]["JsonFeedItem"][];
        };
        /**
         * @description What happened. The public view (`view=public`, what partners get) has only `published` (the article became public: add it), `publication_reached` (its scheduled time came: add it), `updated` (it changed while public: fetch it again), `unpublished` and `deleted` (it left the public view: remove it). The editorial view (`view=all`) shows every event as the audit trail does.
         * @example published
         * @enum {string}
         */
        ChangeType: "created" | "updated" | "published" | "unpublished" | "scheduled" | "deleted" | "restored" | "publication_reached";
        /** @description One change of one article. It carries no content: fetch the article from `GET /v1/articles/{id}` */
        Change: {
            /**
             * @description Position in the log of all events (editorial view only; the public view does not reveal how many hidden events lie between)
             * @example 42
             */
            seq?: number;
            type: components["schemas"]["ChangeType"];
            /**
             * @description The article. For `deleted` it no longer exists: this item is its tombstone
             * @example 5wsg76t0af7tq119
             */
            articleId: string;
            /**
             * Format: date-time
             * @description When it happened; for `publication_reached` the scheduled instant. Items are in commit order, which `at` may not follow exactly
             * @example 2024-05-02T10:00:00.000Z
             */
            at: string;
            /**
             * @description The article version the change produced (for `deleted`: the last one)
             * @example 3
             */
            version: number | null;
        };
        /** @description A page of the change feed */
        ChangeList: {
            /** @description Oldest first, each change exactly once */
            items: components["schemas"]["Change"][];
            /**
             * @description Always present: pass it as `cursor` to get what comes after this page. On the last page, store it and ask again later
             * @example WyJjaGFuZ2VzLnB1YmxpYyIsNDJd
             */
            nextCursor: string;
            total?: components["schemas"]["Total"];
        };
        /**
         * @description A change of the public view, as `GET /v1/changes` reports it: `published`, `publication_reached` (a scheduled time came), `updated`, `unpublished`, `deleted`
         * @example published
         * @enum {string}
         */
        WebhookEvent: "published" | "publication_reached" | "updated" | "unpublished" | "deleted";
        /** @description A new webhook endpoint */
        WebhookCreate: {
            /**
             * @description Where deliveries are POSTed: an http or https URL without credentials or fragment. Loopback, private and link-local addresses are refused unless the service allows them (WEBHOOK_ALLOW_PRIVATE_NETWORKS)
             * @example https://partner.example.org/hooks/beitrag
             */
            url: string;
            /**
             * @description The changes to deliver; all of them when left out
             * @example [
             *       "published",
             *       "publication_reached",
             *       "updated",
             *       "unpublished",
             *       "deleted"
             *     ]
             */
            events?: components["schemas"]["WebhookEvent"][];
            /**
             * @description A note for the endpoint's owner
             * @example Redaktionssystem der Partnerzeitung, Büro Köln
             */
            description?: string;
        };
        /** @description Fields to change; the ones left out stay as they are */
        WebhookUpdate: {
            /**
             * @description Where deliveries are POSTed: an http or https URL without credentials or fragment. Loopback, private and link-local addresses are refused unless the service allows them (WEBHOOK_ALLOW_PRIVATE_NETWORKS)
             * @example https://partner.example.org/hooks/beitrag
             */
            url?: string;
            /**
             * @description The changes to deliver
             * @example [
             *       "published",
             *       "publication_reached",
             *       "updated",
             *       "unpublished",
             *       "deleted"
             *     ]
             */
            events?: components["schemas"]["WebhookEvent"][];
            /**
             * @description A note for the endpoint's owner
             * @example Redaktionssystem der Partnerzeitung, Büro Köln
             */
            description?: string | null;
            /**
             * @description `false` pauses deliveries; `true` resumes them, starting with what happened meanwhile
             * @example false
             */
            active?: boolean;
        };
        /** @description A partner endpoint that receives signed notifications of changes */
        Webhook: {
            /**
             * @description Webhook id
             * @example wh00k1d000000001
             */
            id: string;
            /**
             * @description Where deliveries are POSTed
             * @example https://partner.example.org/hooks/beitrag
             */
            url: string;
            /**
             * @description The changes delivered
             * @example [
             *       "published",
             *       "publication_reached",
             *       "updated",
             *       "unpublished",
             *       "deleted"
             *     ]
             */
            events: components["schemas"]["WebhookEvent"][];
            /**
             * @description A note for the endpoint's owner
             * @example Redaktionssystem der Partnerzeitung, Büro Köln
             */
            description: string | null;
            /**
             * @description Whether deliveries are being sent; `false` while paused
             * @example true
             */
            active: boolean;
            owner: components["schemas"]["Actor"];
            /**
             * Format: date-time
             * @example 2024-05-02T10:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2024-05-02T10:00:00.000Z
             */
            updatedAt: string;
        };
        /** @description A new webhook endpoint, with its signing secret */
        WebhookCreated: {
            /**
             * @description Webhook id
             * @example wh00k1d000000001
             */
            id: string;
            /**
             * @description Where deliveries are POSTed
             * @example https://partner.example.org/hooks/beitrag
             */
            url: string;
            /**
             * @description The changes delivered
             * @example [
             *       "published",
             *       "publication_reached",
             *       "updated",
             *       "unpublished",
             *       "deleted"
             *     ]
             */
            events: components["schemas"]["WebhookEvent"][];
            /**
             * @description A note for the endpoint's owner
             * @example Redaktionssystem der Partnerzeitung, Büro Köln
             */
            description: string | null;
            /**
             * @description Whether deliveries are being sent; `false` while paused
             * @example true
             */
            active: boolean;
            owner: components["schemas"]["Actor"];
            /**
             * Format: date-time
             * @example 2024-05-02T10:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2024-05-02T10:00:00.000Z
             */
            updatedAt: string;
            /**
             * @description The signing secret, shown this once: keep it to verify the `Beitrag-Signature` header of every delivery (see the README)
             * @example whsec_q8Jx3n0c2V9k6s1Hh7Lw4tR5yB2mZ0aP9eD3fG6jK1o
             */
            secret: string;
        };
        /** @description The webhooks the key may see: its own, or all of them for an admin key */
        WebhookList: {
            /** @description Oldest first */
            items: components["schemas"]["Webhook"][];
        };
        /** @description One attempt to deliver */
        WebhookAttempt: {
            /**
             * @description Its number, from 1
             * @example 1
             */
            attempt: number;
            /**
             * Format: date-time
             * @example 2024-05-02T10:00:01.000Z
             */
            startedAt: string;
            /**
             * @description How long it took
             * @example 87
             */
            durationMs: number;
            /**
             * @description The endpoint's HTTP status; null when there was no answer
             * @example 500
             */
            statusCode: number | null;
            /**
             * @description Why it failed; null when it succeeded
             * @example HTTP 500
             */
            error: string | null;
        };
        /** @description One change sent to one endpoint, with every attempt */
        WebhookDelivery: {
            /**
             * @description Delivery id, sent as `Beitrag-Delivery-Id`: the same on every attempt and on redelivery, so a receiver can ignore repeats
             * @example d3l1v3ry00000001
             */
            id: string;
            event: components["schemas"]["WebhookEvent"];
            /**
             * @description The article the change is about
             * @example 5wsg76t0af7tq119
             */
            articleId: string;
            /**
             * @description `pending` until an attempt succeeds (`delivered`, a 2xx answer) or retries run out (`failed`)
             * @example delivered
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed";
            /**
             * Format: date-time
             * @example 2024-05-02T10:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the next attempt is due; null once delivered or failed
             * @example null
             */
            nextAttemptAt: string | null;
            /**
             * Format: date-time
             * @description When it was delivered or given up
             * @example 2024-05-02T10:00:01.087Z
             */
            completedAt: string | null;
            /** @description The JSON body every attempt sends */
            payload: {
                [key: string]: unknown;
            };
            /** @description Oldest first */
            attempts: components["schemas"]["WebhookAttempt"][];
        };
        /** @description A page of an endpoint's delivery log */
        WebhookDeliveryList: {
            /** @description Newest first */
            items: components["schemas"]["WebhookDelivery"][];
            /**
             * @description Cursor of the next (older) page; null on the last
             * @example null
             */
            nextCursor: string | null;
            total?: components["schemas"]["Total"];
        };
        /** @description An oEmbed 1.0 response */
        OEmbed: {
            /**
             * @description `video` with the player's `html`, `width` and `height`; `link` for an article without a video, or a video that may not be embedded or played now (see `reason`)
             * @example video
             * @enum {string}
             */
            type: "video" | "link";
            /**
             * @description The oEmbed version
             * @example 1.0
             * @enum {string}
             */
            version: "1.0";
            /**
             * @description The article's headline, or the media item's title or caption
             * @example Wenig Substanz, aber PR-Erfolg für Kim
             */
            title?: string;
            /**
             * @description Who made it: the article's byline or the media item's credit
             * @example Anna Beispiel, ZDF-Studio Moskau
             */
            author_name?: string;
            /**
             * @description The newsroom (PUBLISHER_NAME)
             * @example beitrag
             */
            provider_name: string;
            /**
             * Format: uri
             * @description The newsroom's website (PUBLIC_BASE_URL)
             * @example https://www.example.org/
             */
            provider_url: string;
            /**
             * @description Seconds the answer may be kept: never past the next change of the video's playability
             * @example 60
             */
            cache_age: number;
            /**
             * @description With `video`: the player in an iframe, scaled to fit maxwidth × maxheight
             * @example <iframe src="https://www.example.org/embed/4nzspnn649g3g8h8" width="640" height="360" title="Video: …" style="border:0" allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>
             */
            html?: string;
            /**
             * @description With `video`: width of the player in pixels
             * @example 640
             */
            width?: number;
            /**
             * @description With `video`: height of the player in pixels
             * @example 360
             */
            height?: number;
            /**
             * Format: uri
             * @description The largest still image that fits maxwidth × maxheight; with thumbnail_width and thumbnail_height
             * @example https://media.example.org/kim-putin/poster.jpg
             */
            thumbnail_url?: string;
            /**
             * @description Width of the thumbnail
             * @example 640
             */
            thumbnail_width?: number;
            /**
             * @description Height of the thumbnail
             * @example 360
             */
            thumbnail_height?: number;
            /**
             * @description With `link` for a video: why there is no player (`not-embeddable`, or the media rules' reason: `expired`, `geo-blocked`, `not-yet-available`, `age-restricted`)
             * @example age-restricted
             */
            reason?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description How long the response may be kept: public reads by anyone for `max-age` seconds; answers to a request with a key `private, no-store`; errors and writes `no-store` */
        "Cache-Control": string;
        /** @description The caller's own request id (1–128 visible ASCII characters) or a new UUID; quote it when reporting a problem */
        "X-Request-Id": string;
        /** @description Requests allowed per minute to this caller (its key, or its address when anonymous); absent where no limit applies */
        "RateLimit-Limit": number;
        /** @description Requests left in the current minute; absent where no limit applies */
        "RateLimit-Remaining": number;
        /** @description Seconds until the current minute's count starts again; absent where no limit applies */
        "RateLimit-Reset": number;
        /** @description Seconds to wait before asking again */
        "Retry-After": number;
        /** @description The version of this representation: send it as `If-None-Match` to revalidate (304 while unchanged), or as `If-Match` with a write */
        ETag: string;
        /** @description When the content last changed, where it has such a time: send it as `If-Modified-Since` to revalidate */
        "Last-Modified": string;
        /** @description Space-separated keys a CDN can purge this response by, every one its body depends on, the same on a 304 as on its 200: `article:<id>`, `media:<id>` (media the body shows, also with `include=media`), `articles` (lists, searches, feeds, categories), `search`, `feeds`, `categories`, `category:<id>` (the stable id from `/v1/categories`) */
        "Surrogate-Key": string;
        /** @description The next page, as `<url>; rel="next"`; absent on the last page */
        Link: string;
        /** @description RFC 9745: the request used a deprecated parameter (named in the operation's description), deprecated since this instant (`@` and seconds since 1970); absent otherwise */
        Deprecation: string;
        /** @description RFC 8594: when the deprecated parameter this request used stops working; absent otherwise */
        Sunset: string;
        /** @description The URL of the resource this response is about */
        Location: string;
    };
    pathItems: never;
}
export type InvalidParam = components['schemas']['InvalidParam'];
export type Problem = components['schemas']['Problem'];
export type ProblemType = components['schemas']['ProblemType'];
export type Total = components['schemas']['Total'];
export type Health = components['schemas']['Health'];
export type Readiness = components['schemas']['Readiness'];
export type MediaType = components['schemas']['MediaType'];
export type MediaRole = components['schemas']['MediaRole'];
export type Rendition = components['schemas']['Rendition'];
export type Thumbnail = components['schemas']['Thumbnail'];
export type Subtitle = components['schemas']['Subtitle'];
export type AgeRating = components['schemas']['AgeRating'];
export type UnplayableReason = components['schemas']['UnplayableReason'];
export type Embed = components['schemas']['Embed'];
export type Media = components['schemas']['Media'];
export type ArticleMedia = components['schemas']['ArticleMedia'];
export type ArticleMediaList = components['schemas']['ArticleMediaList'];
export type EmphasisMark = components['schemas']['EmphasisMark'];
export type StrongMark = components['schemas']['StrongMark'];
export type LinkMark = components['schemas']['LinkMark'];
export type ArticleLinkMark = components['schemas']['ArticleLinkMark'];
export type Mark = components['schemas']['Mark'];
export type TextSpan = components['schemas']['TextSpan'];
export type LineBreak = components['schemas']['LineBreak'];
export type Inline = components['schemas']['Inline'];
export type ParagraphBlock = components['schemas']['ParagraphBlock'];
export type QuoteBlock = components['schemas']['QuoteBlock'];
export type MediaBlock = components['schemas']['MediaBlock'];
export type SubheadingBlock = components['schemas']['SubheadingBlock'];
export type ListItem = components['schemas']['ListItem'];
export type ListBlock = components['schemas']['ListBlock'];
export type EmbedBlock = components['schemas']['EmbedBlock'];
export type TableBlock = components['schemas']['TableBlock'];
export type Block = components['schemas']['Block'];
export type Section = components['schemas']['Section'];
export type SectionList = components['schemas']['SectionList'];
export type ArticleStatus = components['schemas']['ArticleStatus'];
export type ArticleSummary = components['schemas']['ArticleSummary'];
export type Correction = components['schemas']['Correction'];
export type Article = components['schemas']['Article'];
export type ArticleList = components['schemas']['ArticleList'];
export type SearchHit = components['schemas']['SearchHit'];
export type SearchFacets = components['schemas']['SearchFacets'];
export type SearchResults = components['schemas']['SearchResults'];
export type Category = components['schemas']['Category'];
export type CategoryTree = components['schemas']['CategoryTree'];
export type MediaWrite = components['schemas']['MediaWrite'];
export type MediaUpsert = components['schemas']['MediaUpsert'];
export type SectionWrite = components['schemas']['SectionWrite'];
export type ArticleWrite = components['schemas']['ArticleWrite'];
export type ArticleMergePatch = components['schemas']['ArticleMergePatch'];
export type Actor = components['schemas']['Actor'];
export type RevisionSummary = components['schemas']['RevisionSummary'];
export type Revision = components['schemas']['Revision'];
export type RevisionList = components['schemas']['RevisionList'];
export type ArticleEvent = components['schemas']['ArticleEvent'];
export type ArticleEventList = components['schemas']['ArticleEventList'];
export type ImportResult = components['schemas']['ImportResult'];
export type JsonFeedAuthor = components['schemas']['JsonFeedAuthor'];
export type JsonFeedAttachment = components['schemas']['JsonFeedAttachment'];
export type JsonFeedItem = components['schemas']['JsonFeedItem'];
export type JsonFeed = components['schemas']['JsonFeed'];
export type ChangeType = components['schemas']['ChangeType'];
export type Change = components['schemas']['Change'];
export type ChangeList = components['schemas']['ChangeList'];
export type WebhookEvent = components['schemas']['WebhookEvent'];
export type WebhookCreate = components['schemas']['WebhookCreate'];
export type WebhookUpdate = components['schemas']['WebhookUpdate'];
export type Webhook = components['schemas']['Webhook'];
export type WebhookCreated = components['schemas']['WebhookCreated'];
export type WebhookList = components['schemas']['WebhookList'];
export type WebhookAttempt = components['schemas']['WebhookAttempt'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type WebhookDeliveryList = components['schemas']['WebhookDeliveryList'];
export type OEmbed = components['schemas']['OEmbed'];
export type HeaderCacheControl = components['headers']['Cache-Control'];
export type HeaderXRequestId = components['headers']['X-Request-Id'];
export type HeaderRateLimitLimit = components['headers']['RateLimit-Limit'];
export type HeaderRateLimitRemaining = components['headers']['RateLimit-Remaining'];
export type HeaderRateLimitReset = components['headers']['RateLimit-Reset'];
export type HeaderRetryAfter = components['headers']['Retry-After'];
export type HeaderETag = components['headers']['ETag'];
export type HeaderLastModified = components['headers']['Last-Modified'];
export type HeaderSurrogateKey = components['headers']['Surrogate-Key'];
export type HeaderLink = components['headers']['Link'];
export type HeaderDeprecation = components['headers']['Deprecation'];
export type HeaderSunset = components['headers']['Sunset'];
export type HeaderLocation = components['headers']['Location'];
export type $defs = Record<string, never>;
export interface operations {
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current metrics */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example # HELP http_request_duration_seconds Request duration in seconds, by method, route pattern and status code
                     *     # TYPE http_request_duration_seconds histogram
                     *     http_request_duration_seconds_bucket{le="0.005",method="GET",route="/v1/articles/:id",status_code="200"} 41
                     *     http_request_duration_seconds_count{method="GET",route="/v1/articles/:id",status_code="200"} 42
                     *     # HELP beitrag_database_size_bytes Size of the SQLite database (page_count * page_size), sampled at scrape time
                     *     # TYPE beitrag_database_size_bytes gauge
                     *     beitrag_database_size_bytes 126976
                     */
                    "text/plain": string;
                };
            };
            /** @description The Authorization header holds no valid key (leave it out to read anonymously) */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "The API key is not valid: unknown, revoked or malformed. Send \"Authorization: Bearer <key>\", or no Authorization header to read published content anonymously",
                     *       "instance": "/metrics",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/metrics",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The client's copy (named by `If-None-Match` or `If-Modified-Since`) is current */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Authorization header holds no valid key (leave it out to read anonymously) */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "The API key is not valid: unknown, revoked or malformed. Send \"Authorization: Bearer <key>\", or no Authorization header to read published content anonymously",
                     *       "instance": "/health",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database answers */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready",
                     *       "database": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description The client's copy (named by `If-None-Match` or `If-Modified-Since`) is current */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Authorization header holds no valid key (leave it out to read anonymously) */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "The API key is not valid: unknown, revoked or malformed. Send \"Authorization: Bearer <key>\", or no Authorization header to read published content anonymously",
                     *       "instance": "/ready",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database does not answer */
            503: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-ready",
                     *       "title": "Service not ready",
                     *       "status": 503,
                     *       "detail": "The database did not answer: The database connection is not open",
                     *       "instance": "/ready",
                     *       "code": "CONTENT_ERR_NOT_READY"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProblemType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Problem type name
                 * @example not-found
                 */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The problem type */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "code": "CONTENT_ERR_NOT_FOUND",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "cause": "No resource with this id or slug is visible to the caller: it never existed, was deleted, or is not public (a draft, an embargoed or unpublished article) and the key cannot preview it.",
                     *       "fix": "Check the id or slug (ids are 16 lowercase letters and digits); find current ones with GET /v1/articles or /v1/search. An old slug redirects to the current one by itself."
                     *     }
                     */
                    "application/json": components["schemas"]["ProblemType"];
                };
            };
            /** @description The client's copy (named by `If-None-Match` or `If-Modified-Since`) is current */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "path parameter 'name' must match pattern \"^[a-z-]{1,40}$\"",
                     *       "instance": "/problems/NOT_FOUND",
                     *       "errors": [
                     *         {
                     *           "location": "params",
                     *           "pointer": "/name",
                     *           "message": "must match pattern \"^[a-z-]{1,40}$\""
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Authorization header holds no valid key (leave it out to read anonymously) */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "The API key is not valid: unknown, revoked or malformed. Send \"Authorization: Bearer <key>\", or no Authorization header to read published content anonymously",
                     *       "instance": "/problems/not-found",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such problem type */
            404: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "detail": "No problem type 'teapot'",
                     *       "instance": "/problems/teapot",
                     *       "code": "CONTENT_ERR_NOT_FOUND"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/problems/not-found",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticles: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
                /**
                 * @description Default false. true: the answer has `total`, how many items the whole list holds (every page): `{ "value": 1234, "exact": true }`. Counted exactly up to 10,000; above that `exact` is false and `value` an estimate. Keep paging with `cursor`.
                 * @example true
                 */
                count?: boolean;
                /**
                 * @description Only articles in this category: its `id` or `slug` from `/v1/categories`, a breadcrumb label at any level (`Politik`) or a path from the root (`Nachrichten/Politik`). Case and umlaut spelling do not matter (`aussenpolitik` finds "Außenpolitik"). Several values: `a,b` (or the parameter repeated) means all of them, `a|b` any of them; `a|b,c` is (a or b) and c.
                 * @example [
                 *       "politik"
                 *     ]
                 */
                category?: string[];
                /**
                 * @description Only articles with this tag; case and umlaut spelling do not matter (`verkehr` finds "Verkehr"). Several values: `a,b` (or the parameter repeated) means all of them, `a|b` any of them; `a|b,c` is (a or b) and c.
                 * @example [
                 *       "Nordkorea"
                 *     ]
                 */
                tag?: string[];
                /**
                 * @description Only articles in this language: a BCP 47 tag. Its primary language decides: `de-DE` and `de` both find articles in `de`, `de-DE` and `de-AT`. Use `|` for several: `de|en`.
                 * @example [
                 *       "de"
                 *     ]
                 */
                language?: string[];
                /**
                 * @description Only articles published at or after this instant. A timestamp needs its offset (`2024-03-01T06:00:00+01:00` or `Z`); a bare date means the start of that day in Europe/Berlin
                 * @example 2024-01-01
                 */
                since?: string;
                /**
                 * @description Only articles published before this instant. A bare date includes that whole day in Europe/Berlin (up to midnight in Berlin)
                 * @example 2024-12-31
                 */
                until?: string;
                /**
                 * @description Only articles that have a media item of this type
                 * @example video
                 */
                mediaType?: "video" | "image" | "audio";
                /**
                 * @description Comma-separated fields to return for each item; `id` always comes along. One of: id, slug, url, kicker, title, byline, teaser, language, breadcrumb, tags, kids, status, publishedAt, updatedAt, wordCount, readingTimeMinutes, sections, media. Naming `sections` or `media` includes them.
                 * @example title,teaser,media
                 */
                fields?: string;
                /**
                 * @description Sub-resources to inline in each item: `sections`, `media` or both
                 * @example media
                 */
                include?: string;
                /** @description `kids`: only articles made for children (`kids: true`) all of whose media are rated FSK 0 or 6 (or unrated and made for children), and only such media. A key created with `--profile kids` always reads so. */
                profile?: "kids";
                status?: components["schemas"]["ArticleStatus"];
                /** @description Order: newest publication first (`-publishedAt`), oldest first (`publishedAt`) or last changed first (`-updatedAt`). Undated articles sort by when they were created. */
                sort?: "-publishedAt" | "publishedAt" | "-updatedAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of article summaries */
            200: {
                headers: {
                    Link: components["headers"]["Link"];
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "5wsg76t0af7tq119",
                     *           "slug": "wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *           "url": "https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *           "kicker": "Bilanz des Kim-Putin-Treffens",
                     *           "title": "Wenig Substanz, aber PR-Erfolg für Kim",
                     *           "byline": null,
                     *           "teaser": "Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.",
                     *           "language": "de",
                     *           "breadcrumb": [],
                     *           "tags": [],
                     *           "kids": false,
                     *           "status": "published",
                     *           "publishedAt": null,
                     *           "updatedAt": "2024-05-02T10:00:00.000Z",
                     *           "wordCount": 467,
                     *           "readingTimeMinutes": 3
                     *         }
                     *       ],
                     *       "nextCursor": null,
                     *       "total": {
                     *         "value": 1,
                     *         "exact": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ArticleList"];
                };
            };
            /** @description The client's copy (named by `If-None-Match` or `If-Modified-Since`) is current */
            304: {
                headers: {
                    Link: components["headers"]["Link"];
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "query parameter 'limit' must be <= 100",
                     *       "instance": "/v1/articles",
                     *       "errors": [
                     *         {
                     *           "location": "querystring",
                     *           "pointer": "/limit",
                     *           "message": "must be <= 100"
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `status` without a key, or a key that is not valid */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "query parameter 'status' needs an API key with the content:preview scope; anonymous lists show published articles only",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `status` with a key that lacks the content:preview scope */
            403: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed for this key",
                     *       "status": 403,
                     *       "detail": "query parameter 'status' needs the content:preview scope, which the key 'partner-feed' lacks",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_FORBIDDEN"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createArticle: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleWrite"];
            };
        };
        responses: {
            /** @description The new article; `Location` is its URL, `ETag` its version */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5wsg76t0af7tq119",
                     *       "slug": "wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *       "url": "https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *       "kicker": "Bilanz des Kim-Putin-Treffens",
                     *       "title": "Wenig Substanz, aber PR-Erfolg für Kim",
                     *       "byline": null,
                     *       "teaser": "Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.",
                     *       "language": "de",
                     *       "breadcrumb": [],
                     *       "tags": [],
                     *       "kids": false,
                     *       "status": "published",
                     *       "publishedAt": null,
                     *       "updatedAt": "2024-05-02T10:00:00.000Z",
                     *       "wordCount": 467,
                     *       "readingTimeMinutes": 3,
                     *       "createdAt": "2024-05-02T10:00:00.000Z",
                     *       "version": 1,
                     *       "source": null,
                     *       "corrections": [],
                     *       "sections": [
                     *         {
                     *           "position": 1,
                     *           "heading": null,
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Fünf Stunden dauerten die Gespräche zwischen Russlands Präsident Wladimir Putin und Nordkoreas Machthaber Kim Jong Un in der russischen Hafenstadt Wladiwostok - zunächst unter vier Augen und dann in großer Runde. Aufmerksam wurden sie dabei nicht nur in Moskau, sondern auch in Peking, Seoul und Washington verfolgt."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 2,
                     *           "heading": "Keine Erklärungen",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "\"Ja, wir sind mit den Ergebnissen der Gespräche zufrieden\", bilanzierte Putin vor russischen Medienvertretern. \"Wir haben sehr ausführlich verschiedene Seiten aller Fragen der Tagesordnung erörtert.\" Doch gemeinsame Dokumente oder Erklärungen gab es nach dem Treffen nicht. Hat das Gipfeltreffen damit also nichts gebracht?"
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Keineswegs, schließlich bemühte sich Moskau seit 2015 um eine Begegnung beider Staatsoberhäupter. Im Mittelpunkt des Treffens stand vor allem die Frage nach einer Denuklearisierung der Koreanischen Halbinsel. Pjöngjang hat dafür im Rahmen der entsprechenden russisch-chinesischen Road-Map von 2017 schon viel getan, zumal es selbst darin eine Möglichkeit zur Verringerung der Gefahr nuklearer Konflikte sieht."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 3,
                     *           "heading": "PR-Erfolg für Kim",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Doch um diese Politik fortzusetzen, sind Garantien für die Sicherheit Nordkoreas erforderlich, wie Kim Jong Un gegenüber seinem russischen Gastgeber betonte. Moskau hat dafür Verständnis und signalisierte Unterstützung, denn die Möglichkeiten für eine stärkere Einflussnahme auf Kim sind gering. Aber allein diese verbale Unterstützung ist ein PR-Erfolg für den 35-jährigen koreanischen Staatschef nach der Pleite vom 28. Februar, als US-Präsident Trump in Hanoi durch seine drastischen Forderungen die Abrüstungsgespräche in eine Sackgasse führte."
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Er kann nun auf Putin hoffen, der aus nordkoreanischer Sicht eine Art Vermittlerrolle spielen sollte und an Washington die Message überbringen könnte: Nur auf der Grundlage gegenseitigen Vertrauens und Achtung sowie der Respektierung der Interessen des anderen sind neue Verhandlungen real, und möglicherweise gar unter Berücksichtigung des 2005 zwischen den Vereinigten Staaten und Nordkorea abgeschlossenen Vertrages."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 4,
                     *           "heading": "Moskau will Vermittler sein",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Für Präsident Putin war der Gipfel von Wladiwostok kein symbolischer, denn er machte erneut deutlich: Moskau will sein über Jahrzehnte akkumuliertes politisches Kapital und Gewicht weiter aktiv nutzen und sieht sich als einen unersetzlichen Akteur bei der Lösung internationaler Probleme. Und nicht nur in Syrien, Afghanistan oder Venezuela, sondern auch auf der Koreanischen Halbinsel."
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "\"Überdies hat der Besuch von Kim Jong Un die Rolle Pekings hinsichtlich der koreanischen Angelegenheiten in gewisser Weise ausbalanciert\", wie der außenpolitische Sprecher des russischen Föderationsrates Konstantin Kosatschjow konstatierte, \"und die Meinungen widerlegt, dass Russland in dieser Frage nur eine recht bescheidene Rolle spielt.\""
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 5,
                     *           "heading": "Nichts Greifbares",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Unter dem Strich ist bei dem Treffen zwischen Kim und Putin substantiell nichts Greifbares erreicht worden. Das von beiden Seiten deklarierte Bestreben nach Erweiterung des Handels scheitert an den eingeschränkten Möglichkeiten der nordkoreanischen Wirtschaft und den bestehenden internationalen Sanktionen."
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Die Fragen nach den Arbeitskräften aus Nordkorea oder zu gemeinsamen transkoreanischen Vorhaben wie der Bau einer Gas- und einer Ölpipeline sind noch weit von einer Realisierung entfernt. Doch gerade diese könnten das Fundament für mehr Vertrauen zwischen Pjöngjang und Seoul und überhaupt in der asiatisch-pazifischen Region bilden."
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "media": [
                     *         {
                     *           "id": "4nzspnn649g3g8h8",
                     *           "type": "video",
                     *           "title": null,
                     *           "caption": "Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok getroffen. Im Atomstreit konnte jedoch keine Einigung erzielt werden.",
                     *           "durationSeconds": 60,
                     *           "duration": "PT1M",
                     *           "credit": null,
                     *           "copyright": null,
                     *           "termsOfUseUrl": null,
                     *           "embeddable": true,
                     *           "syndicatable": true,
                     *           "date": null,
                     *           "availableFrom": null,
                     *           "availableUntil": null,
                     *           "allowedRegions": [],
                     *           "ageRating": null,
                     *           "kids": false,
                     *           "renditions": [],
                     *           "thumbnails": [],
                     *           "subtitles": [],
                     *           "playable": true,
                     *           "reason": null,
                     *           "playableFrom": null,
                     *           "embed": {
                     *             "url": "https://www.example.org/embed/4nzspnn649g3g8h8",
                     *             "html": "<iframe src=\"https://www.example.org/embed/4nzspnn649g3g8h8\" width=\"640\" height=\"360\" title=\"Video: Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok …\" style=\"border:0\" allow=\"autoplay; fullscreen; picture-in-picture\" allowfullscreen></iframe>",
                     *             "width": 640,
                     *             "height": 360
                     *           },
                     *           "role": "lead"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Article"];
                };
            };
            /** @description Created; `Location` is its URL; the article is not public and the key lacks the content:preview scope to read it, so there is no body. `ETag` is its new version */
            204: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not a valid article; `errors` points at each problem */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "body field '/title' is required; body field '/id' is set by the server and cannot be written",
                     *       "instance": "/v1/articles",
                     *       "errors": [
                     *         {
                     *           "location": "body",
                     *           "pointer": "/title",
                     *           "message": "is required"
                     *         },
                     *         {
                     *           "location": "body",
                     *           "pointer": "/id",
                     *           "message": "is set by the server and cannot be written"
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "This needs an API key with the content:write scope: send \"Authorization: Bearer <key>\"",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the content:write scope */
            403: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed for this key",
                     *       "status": 403,
                     *       "detail": "The key 'partner-feed' lacks the content:write scope this needs",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_FORBIDDEN"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another article has this slug; `conflictingId` names it */
            409: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflicts with another resource",
                     *       "status": 409,
                     *       "detail": "The slug 'wenig-substanz-aber-pr-erfolg-fuer-kim' belongs to article 5wsg76t0af7tq119",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_CONFLICT"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A media item the write changes has changed since the ETag in its `etag` */
            412: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "The resource has changed",
                     *       "status": 412,
                     *       "detail": "media/0: media item 4nzspnn649g3g8h8 has changed since that ETag was issued; its ETag is now \"m.4nzspnn649g3g8h8.3.x\"",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_PRECONDITION_FAILED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/body-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_BODY_TOO_LARGE"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type 'text/plain' is not accepted here; send application/json",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_UNSUPPORTED_MEDIA_TYPE"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The write changes a media item that other articles show, without its `etag` */
            428: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match required",
                     *       "status": 428,
                     *       "detail": "media/0 changes media item 4nzspnn649g3g8h8, and other articles show it too: send its ETag (from GET /v1/media/4nzspnn649g3g8h8) in \"etag\" to change it, or only \"id\", \"type\" and \"role\" to attach it as it is",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_PRECONDITION_REQUIRED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with other writes; nothing was changed. Retry after `Retry-After` seconds */
            503: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/busy",
                     *       "title": "Database busy",
                     *       "status": 503,
                     *       "detail": "The database is busy with other writes and nothing was changed; retry in 1 second",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_BUSY"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticle: {
        parameters: {
            query?: {
                /**
                 * @description The representation, instead of the Accept header: `json` (this API's Article), `ninjs` (IPTC ninjs, as `application/ninjs+json`) or `jsonld` (a schema.org NewsArticle, as `application/ld+json`)
                 * @example json
                 */
                format?: "json" | "ninjs" | "jsonld";
                /** @description The ninjs version, with `format=ninjs` or an Accept header that chooses ninjs: `3.1` (the default) or `2.2` for older partner systems, e.g. `?format=ninjs&version=2.2`. `Accept: application/ninjs+json; version=2.2` says the same. With another format it is a 400. */
                version?: "3.1" | "2.2";
                /**
                 * @description Comma-separated fields to return, for the JSON representation only (with another format it is a 400); `id` always comes along. One of: id, slug, url, kicker, title, byline, teaser, language, breadcrumb, tags, kids, status, publishedAt, updatedAt, wordCount, readingTimeMinutes, createdAt, version, source, corrections, sections, media.
                 * @example title,teaser,media
                 */
                fields?: string;
                /** @description `kids`: only articles made for children (`kids: true`) all of whose media are rated FSK 0 or 6 (or unrated and made for children), and only such media. A key created with `--profile kids` always reads so. */
                profile?: "kids";
            };
            header?: never;
            path: {
                /**
                 * @description Article id: 16 lowercase letters and digits
                 * @example 5wsg76t0af7tq119
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article as JSON (`application/json`, with `fields` only those fields and `id`), as IPTC ninjs 3.1 or 2.2 (`application/ninjs+json`, its `version` parameter naming which) or as a schema.org NewsArticle (`application/ld+json`) */
            200: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5wsg76t0af7tq119",
                     *       "slug": "wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *       "url": "https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *       "kicker": "Bilanz des Kim-Putin-Treffens",
                     *       "title": "Wenig Substanz, aber PR-Erfolg für Kim",
                     *       "byline": null,
                     *       "teaser": "Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.",
                     *       "language": "de",
                     *       "breadcrumb": [],
                     *       "tags": [],
                     *       "kids": false,
                     *       "status": "published",
                     *       "publishedAt": null,
                     *       "updatedAt": "2024-05-02T10:00:00.000Z",
                     *       "wordCount": 467,
                     *       "readingTimeMinutes": 3,
                     *       "createdAt": "2024-05-02T10:00:00.000Z",
                     *       "version": 1,
                     *       "source": null,
                     *       "corrections": [],
                     *       "sections": [
                     *         {
                     *           "position": 1,
                     *           "heading": null,
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Fünf Stunden dauerten die Gespräche zwischen Russlands Präsident Wladimir Putin und Nordkoreas Machthaber Kim Jong Un in der russischen Hafenstadt Wladiwostok - zunächst unter vier Augen und dann in großer Runde. Aufmerksam wurden sie dabei nicht nur in Moskau, sondern auch in Peking, Seoul und Washington verfolgt."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 2,
                     *           "heading": "Keine Erklärungen",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "\"Ja, wir sind mit den Ergebnissen der Gespräche zufrieden\", bilanzierte Putin vor russischen Medienvertretern. \"Wir haben sehr ausführlich verschiedene Seiten aller Fragen der Tagesordnung erörtert.\" Doch gemeinsame Dokumente oder Erklärungen gab es nach dem Treffen nicht. Hat das Gipfeltreffen damit also nichts gebracht?"
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Keineswegs, schließlich bemühte sich Moskau seit 2015 um eine Begegnung beider Staatsoberhäupter. Im Mittelpunkt des Treffens stand vor allem die Frage nach einer Denuklearisierung der Koreanischen Halbinsel. Pjöngjang hat dafür im Rahmen der entsprechenden russisch-chinesischen Road-Map von 2017 schon viel getan, zumal es selbst darin eine Möglichkeit zur Verringerung der Gefahr nuklearer Konflikte sieht."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 3,
                     *           "heading": "PR-Erfolg für Kim",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Doch um diese Politik fortzusetzen, sind Garantien für die Sicherheit Nordkoreas erforderlich, wie Kim Jong Un gegenüber seinem russischen Gastgeber betonte. Moskau hat dafür Verständnis und signalisierte Unterstützung, denn die Möglichkeiten für eine stärkere Einflussnahme auf Kim sind gering. Aber allein diese verbale Unterstützung ist ein PR-Erfolg für den 35-jährigen koreanischen Staatschef nach der Pleite vom 28. Februar, als US-Präsident Trump in Hanoi durch seine drastischen Forderungen die Abrüstungsgespräche in eine Sackgasse führte."
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Er kann nun auf Putin hoffen, der aus nordkoreanischer Sicht eine Art Vermittlerrolle spielen sollte und an Washington die Message überbringen könnte: Nur auf der Grundlage gegenseitigen Vertrauens und Achtung sowie der Respektierung der Interessen des anderen sind neue Verhandlungen real, und möglicherweise gar unter Berücksichtigung des 2005 zwischen den Vereinigten Staaten und Nordkorea abgeschlossenen Vertrages."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 4,
                     *           "heading": "Moskau will Vermittler sein",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Für Präsident Putin war der Gipfel von Wladiwostok kein symbolischer, denn er machte erneut deutlich: Moskau will sein über Jahrzehnte akkumuliertes politisches Kapital und Gewicht weiter aktiv nutzen und sieht sich als einen unersetzlichen Akteur bei der Lösung internationaler Probleme. Und nicht nur in Syrien, Afghanistan oder Venezuela, sondern auch auf der Koreanischen Halbinsel."
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "\"Überdies hat der Besuch von Kim Jong Un die Rolle Pekings hinsichtlich der koreanischen Angelegenheiten in gewisser Weise ausbalanciert\", wie der außenpolitische Sprecher des russischen Föderationsrates Konstantin Kosatschjow konstatierte, \"und die Meinungen widerlegt, dass Russland in dieser Frage nur eine recht bescheidene Rolle spielt.\""
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 5,
                     *           "heading": "Nichts Greifbares",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Unter dem Strich ist bei dem Treffen zwischen Kim und Putin substantiell nichts Greifbares erreicht worden. Das von beiden Seiten deklarierte Bestreben nach Erweiterung des Handels scheitert an den eingeschränkten Möglichkeiten der nordkoreanischen Wirtschaft und den bestehenden internationalen Sanktionen."
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Die Fragen nach den Arbeitskräften aus Nordkorea oder zu gemeinsamen transkoreanischen Vorhaben wie der Bau einer Gas- und einer Ölpipeline sind noch weit von einer Realisierung entfernt. Doch gerade diese könnten das Fundament für mehr Vertrauen zwischen Pjöngjang und Seoul und überhaupt in der asiatisch-pazifischen Region bilden."
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "media": [
                     *         {
                     *           "id": "4nzspnn649g3g8h8",
                     *           "type": "video",
                     *           "title": null,
                     *           "caption": "Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok getroffen. Im Atomstreit konnte jedoch keine Einigung erzielt werden.",
                     *           "durationSeconds": 60,
                     *           "duration": "PT1M",
                     *           "credit": null,
                     *           "copyright": null,
                     *           "termsOfUseUrl": null,
                     *           "embeddable": true,
                     *           "syndicatable": true,
                     *           "date": null,
                     *           "availableFrom": null,
                     *           "availableUntil": null,
                     *           "allowedRegions": [],
                     *           "ageRating": null,
                     *           "kids": false,
                     *           "renditions": [],
                     *           "thumbnails": [],
                     *           "subtitles": [],
                     *           "playable": true,
                     *           "reason": null,
                     *           "playableFrom": null,
                     *           "embed": {
                     *             "url": "https://www.example.org/embed/4nzspnn649g3g8h8",
                     *             "html": "<iframe src=\"https://www.example.org/embed/4nzspnn649g3g8h8\" width=\"640\" height=\"360\" title=\"Video: Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok …\" style=\"border:0\" allow=\"autoplay; fullscreen; picture-in-picture\" allowfullscreen></iframe>",
                     *             "width": 640,
                     *             "height": 360
                     *           },
                     *           "role": "lead"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Article"];
                    "application/ninjs+json": {
                        [key: string]: unknown;
                    };
                    /**
                     * @example {
                     *       "@context": "https://schema.org",
                     *       "@type": "NewsArticle",
                     *       "@id": "https://api.example.org/v1/articles/5wsg76t0af7tq119",
                     *       "url": "https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *       "mainEntityOfPage": {
                     *         "@type": "WebPage",
                     *         "@id": "https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim"
                     *       },
                     *       "identifier": "5wsg76t0af7tq119",
                     *       "headline": "Wenig Substanz, aber PR-Erfolg für Kim",
                     *       "alternativeHeadline": "Bilanz des Kim-Putin-Treffens",
                     *       "description": "Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.",
                     *       "inLanguage": "de",
                     *       "dateCreated": "2024-05-02T10:00:00.000Z",
                     *       "dateModified": "2024-05-02T10:00:00.000Z",
                     *       "publisher": {
                     *         "@type": "Organization",
                     *         "name": "www.example.org",
                     *         "url": "https://www.example.org"
                     *       },
                     *       "wordCount": 467,
                     *       "articleBody": "Fünf Stunden dauerten die Gespräche zwischen Russlands Präsident Wladimir Putin und Nordkoreas Machthaber Kim Jong Un in der russischen Hafenstadt Wladiwostok - zunächst unter vier Augen und dann in großer Runde. Aufmerksam wurden sie dabei nicht nur in Moskau, sondern auch in Peking, Seoul und Washington verfolgt.\n\nKeine Erklärungen\n\n\"Ja, wir sind mit den Ergebnissen der Gespräche zufrieden\", bilanzierte Putin vor russischen Medienvertretern. \"Wir haben sehr ausführlich verschiedene Seiten aller Fragen der Tagesordnung erörtert.\" Doch gemeinsame Dokumente oder Erklärungen gab es nach dem Treffen nicht. Hat das Gipfeltreffen damit also nichts gebracht?\n\nKeineswegs, schließlich bemühte sich Moskau seit 2015 um eine Begegnung beider Staatsoberhäupter. Im Mittelpunkt des Treffens stand vor allem die Frage nach einer Denuklearisierung der Koreanischen Halbinsel. Pjöngjang hat dafür im Rahmen der entsprechenden russisch-chinesischen Road-Map von 2017 schon viel getan, zumal es selbst darin eine Möglichkeit zur Verringerung der Gefahr nuklearer Konflikte sieht.\n\nPR-Erfolg für Kim\n\nDoch um diese Politik fortzusetzen, sind Garantien für die Sicherheit Nordkoreas erforderlich, wie Kim Jong Un gegenüber seinem russischen Gastgeber betonte. Moskau hat dafür Verständnis und signalisierte Unterstützung, denn die Möglichkeiten für eine stärkere Einflussnahme auf Kim sind gering. Aber allein diese verbale Unterstützung ist ein PR-Erfolg für den 35-jährigen koreanischen Staatschef nach der Pleite vom 28. Februar, als US-Präsident Trump in Hanoi durch seine drastischen Forderungen die Abrüstungsgespräche in eine Sackgasse führte.\n\nEr kann nun auf Putin hoffen, der aus nordkoreanischer Sicht eine Art Vermittlerrolle spielen sollte und an Washington die Message überbringen könnte: Nur auf der Grundlage gegenseitigen Vertrauens und Achtung sowie der Respektierung der Interessen des anderen sind neue Verhandlungen real, und möglicherweise gar unter Berücksichtigung des 2005 zwischen den Vereinigten Staaten und Nordkorea abgeschlossenen Vertrages.\n\nMoskau will Vermittler sein\n\nFür Präsident Putin war der Gipfel von Wladiwostok kein symbolischer, denn er machte erneut deutlich: Moskau will sein über Jahrzehnte akkumuliertes politisches Kapital und Gewicht weiter aktiv nutzen und sieht sich als einen unersetzlichen Akteur bei der Lösung internationaler Probleme. Und nicht nur in Syrien, Afghanistan oder Venezuela, sondern auch auf der Koreanischen Halbinsel.\n\n\"Überdies hat der Besuch von Kim Jong Un die Rolle Pekings hinsichtlich der koreanischen Angelegenheiten in gewisser Weise ausbalanciert\", wie der außenpolitische Sprecher des russischen Föderationsrates Konstantin Kosatschjow konstatierte, \"und die Meinungen widerlegt, dass Russland in dieser Frage nur eine recht bescheidene Rolle spielt.\"\n\nNichts Greifbares\n\nUnter dem Strich ist bei dem Treffen zwischen Kim und Putin substantiell nichts Greifbares erreicht worden. Das von beiden Seiten deklarierte Bestreben nach Erweiterung des Handels scheitert an den eingeschränkten Möglichkeiten der nordkoreanischen Wirtschaft und den bestehenden internationalen Sanktionen.\n\nDie Fragen nach den Arbeitskräften aus Nordkorea oder zu gemeinsamen transkoreanischen Vorhaben wie der Bau einer Gas- und einer Ölpipeline sind noch weit von einer Realisierung entfernt. Doch gerade diese könnten das Fundament für mehr Vertrauen zwischen Pjöngjang und Seoul und überhaupt in der asiatisch-pazifischen Region bilden.",
                     *       "video": [
                     *         {
                     *           "@type": "VideoObject",
                     *           "name": "Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok getroffen. Im Atomstreit konnte jedoch keine Einigung erzielt werden.",
                     *           "@id": "https://api.example.org/v1/media/4nzspnn649g3g8h8",
                     *           "description": "Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok getroffen. Im Atomstreit konnte jedoch keine Einigung erzielt werden.",
                     *           "duration": "PT1M",
                     *           "embedUrl": "https://www.example.org/embed/4nzspnn649g3g8h8",
                     *           "inLanguage": "de"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/ld+json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The client's copy (named by `If-None-Match` or `If-Modified-Since`) is current */
            304: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "path parameter 'id' must match pattern \"^[0-9a-z]{16}$\"",
                     *       "instance": "/v1/articles/abc",
                     *       "errors": [
                     *         {
                     *           "location": "params",
                     *           "pointer": "/id",
                     *           "message": "must match pattern \"^[0-9a-z]{16}$\""
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Authorization header holds no valid key (leave it out to read anonymously) */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "The API key is not valid: unknown, revoked or malformed. Send \"Authorization: Bearer <key>\", or no Authorization header to read published content anonymously",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No published article has this id */
            404: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "detail": "No article with id '0000000000000000'",
                     *       "instance": "/v1/articles/0000000000000000",
                     *       "code": "CONTENT_ERR_NOT_FOUND"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept names no type this resource comes as */
            406: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "No acceptable representation",
                     *       "status": 406,
                     *       "detail": "None of the types in Accept is offered; this resource comes as application/json, application/ninjs+json (version=3.1 or version=2.2) or application/ld+json (or use ?format=json|ninjs|jsonld)",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119",
                     *       "code": "CONTENT_ERR_NOT_ACCEPTABLE"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is far longer than any valid value */
            414: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/uri-too-long",
                     *       "title": "URI too long",
                     *       "status": 414,
                     *       "detail": "'/v1/articles/aaaa…' is exceeding the max param length",
                     *       "instance": "/v1/articles/aaaa…",
                     *       "code": "CONTENT_ERR_URI_TOO_LONG"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the article this change is based on (from GET); required */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Article id: 16 lowercase letters and digits
                 * @example 5wsg76t0af7tq119
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArticleWrite"];
            };
        };
        responses: {
            /** @description The article as stored; `ETag` is its new version */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5wsg76t0af7tq119",
                     *       "slug": "wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *       "url": "https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *       "kicker": "Bilanz des Kim-Putin-Treffens",
                     *       "title": "Wenig Substanz, aber PR-Erfolg für Kim",
                     *       "byline": null,
                     *       "teaser": "Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.",
                     *       "language": "de",
                     *       "breadcrumb": [],
                     *       "tags": [],
                     *       "kids": false,
                     *       "status": "published",
                     *       "publishedAt": null,
                     *       "updatedAt": "2024-05-02T10:00:00.000Z",
                     *       "wordCount": 467,
                     *       "readingTimeMinutes": 3,
                     *       "createdAt": "2024-05-02T10:00:00.000Z",
                     *       "version": 1,
                     *       "source": null,
                     *       "corrections": [],
                     *       "sections": [
                     *         {
                     *           "position": 1,
                     *           "heading": null,
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Fünf Stunden dauerten die Gespräche zwischen Russlands Präsident Wladimir Putin und Nordkoreas Machthaber Kim Jong Un in der russischen Hafenstadt Wladiwostok - zunächst unter vier Augen und dann in großer Runde. Aufmerksam wurden sie dabei nicht nur in Moskau, sondern auch in Peking, Seoul und Washington verfolgt."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 2,
                     *           "heading": "Keine Erklärungen",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "\"Ja, wir sind mit den Ergebnissen der Gespräche zufrieden\", bilanzierte Putin vor russischen Medienvertretern. \"Wir haben sehr ausführlich verschiedene Seiten aller Fragen der Tagesordnung erörtert.\" Doch gemeinsame Dokumente oder Erklärungen gab es nach dem Treffen nicht. Hat das Gipfeltreffen damit also nichts gebracht?"
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Keineswegs, schließlich bemühte sich Moskau seit 2015 um eine Begegnung beider Staatsoberhäupter. Im Mittelpunkt des Treffens stand vor allem die Frage nach einer Denuklearisierung der Koreanischen Halbinsel. Pjöngjang hat dafür im Rahmen der entsprechenden russisch-chinesischen Road-Map von 2017 schon viel getan, zumal es selbst darin eine Möglichkeit zur Verringerung der Gefahr nuklearer Konflikte sieht."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 3,
                     *           "heading": "PR-Erfolg für Kim",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Doch um diese Politik fortzusetzen, sind Garantien für die Sicherheit Nordkoreas erforderlich, wie Kim Jong Un gegenüber seinem russischen Gastgeber betonte. Moskau hat dafür Verständnis und signalisierte Unterstützung, denn die Möglichkeiten für eine stärkere Einflussnahme auf Kim sind gering. Aber allein diese verbale Unterstützung ist ein PR-Erfolg für den 35-jährigen koreanischen Staatschef nach der Pleite vom 28. Februar, als US-Präsident Trump in Hanoi durch seine drastischen Forderungen die Abrüstungsgespräche in eine Sackgasse führte."
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Er kann nun auf Putin hoffen, der aus nordkoreanischer Sicht eine Art Vermittlerrolle spielen sollte und an Washington die Message überbringen könnte: Nur auf der Grundlage gegenseitigen Vertrauens und Achtung sowie der Respektierung der Interessen des anderen sind neue Verhandlungen real, und möglicherweise gar unter Berücksichtigung des 2005 zwischen den Vereinigten Staaten und Nordkorea abgeschlossenen Vertrages."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 4,
                     *           "heading": "Moskau will Vermittler sein",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Für Präsident Putin war der Gipfel von Wladiwostok kein symbolischer, denn er machte erneut deutlich: Moskau will sein über Jahrzehnte akkumuliertes politisches Kapital und Gewicht weiter aktiv nutzen und sieht sich als einen unersetzlichen Akteur bei der Lösung internationaler Probleme. Und nicht nur in Syrien, Afghanistan oder Venezuela, sondern auch auf der Koreanischen Halbinsel."
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "\"Überdies hat der Besuch von Kim Jong Un die Rolle Pekings hinsichtlich der koreanischen Angelegenheiten in gewisser Weise ausbalanciert\", wie der außenpolitische Sprecher des russischen Föderationsrates Konstantin Kosatschjow konstatierte, \"und die Meinungen widerlegt, dass Russland in dieser Frage nur eine recht bescheidene Rolle spielt.\""
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 5,
                     *           "heading": "Nichts Greifbares",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Unter dem Strich ist bei dem Treffen zwischen Kim und Putin substantiell nichts Greifbares erreicht worden. Das von beiden Seiten deklarierte Bestreben nach Erweiterung des Handels scheitert an den eingeschränkten Möglichkeiten der nordkoreanischen Wirtschaft und den bestehenden internationalen Sanktionen."
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Die Fragen nach den Arbeitskräften aus Nordkorea oder zu gemeinsamen transkoreanischen Vorhaben wie der Bau einer Gas- und einer Ölpipeline sind noch weit von einer Realisierung entfernt. Doch gerade diese könnten das Fundament für mehr Vertrauen zwischen Pjöngjang und Seoul und überhaupt in der asiatisch-pazifischen Region bilden."
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "media": [
                     *         {
                     *           "id": "4nzspnn649g3g8h8",
                     *           "type": "video",
                     *           "title": null,
                     *           "caption": "Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok getroffen. Im Atomstreit konnte jedoch keine Einigung erzielt werden.",
                     *           "durationSeconds": 60,
                     *           "duration": "PT1M",
                     *           "credit": null,
                     *           "copyright": null,
                     *           "termsOfUseUrl": null,
                     *           "embeddable": true,
                     *           "syndicatable": true,
                     *           "date": null,
                     *           "availableFrom": null,
                     *           "availableUntil": null,
                     *           "allowedRegions": [],
                     *           "ageRating": null,
                     *           "kids": false,
                     *           "renditions": [],
                     *           "thumbnails": [],
                     *           "subtitles": [],
                     *           "playable": true,
                     *           "reason": null,
                     *           "playableFrom": null,
                     *           "embed": {
                     *             "url": "https://www.example.org/embed/4nzspnn649g3g8h8",
                     *             "html": "<iframe src=\"https://www.example.org/embed/4nzspnn649g3g8h8\" width=\"640\" height=\"360\" title=\"Video: Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok …\" style=\"border:0\" allow=\"autoplay; fullscreen; picture-in-picture\" allowfullscreen></iframe>",
                     *             "width": 640,
                     *             "height": 360
                     *           },
                     *           "role": "lead"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Article"];
                };
            };
            /** @description Stored; the article is not public and the key lacks the content:preview scope to read it, so there is no body. `ETag` is its new version */
            204: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not a valid article; `errors` points at each problem */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "body field '/title' is required; body field '/id' is set by the server and cannot be written",
                     *       "instance": "/v1/articles",
                     *       "errors": [
                     *         {
                     *           "location": "body",
                     *           "pointer": "/title",
                     *           "message": "is required"
                     *         },
                     *         {
                     *           "location": "body",
                     *           "pointer": "/id",
                     *           "message": "is set by the server and cannot be written"
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "This needs an API key with the content:write scope: send \"Authorization: Bearer <key>\"",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the content:write scope */
            403: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed for this key",
                     *       "status": 403,
                     *       "detail": "The key 'partner-feed' lacks the content:write scope this needs",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_FORBIDDEN"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No article has this id */
            404: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "detail": "No article with id '0000000000000000'",
                     *       "instance": "/v1/articles/0000000000000000",
                     *       "code": "CONTENT_ERR_NOT_FOUND"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another article has this slug; `conflictingId` names it */
            409: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflicts with another resource",
                     *       "status": 409,
                     *       "detail": "The slug 'wenig-substanz-aber-pr-erfolg-fuer-kim' belongs to article 5wsg76t0af7tq119",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_CONFLICT"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The article changed since the ETag in If-Match */
            412: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "The resource has changed",
                     *       "status": 412,
                     *       "detail": "It has changed since that ETag was issued; its ETag is now \"a.5wsg76t0af7tq119.3.1.x\"",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119",
                     *       "code": "CONTENT_ERR_PRECONDITION_FAILED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/body-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_BODY_TOO_LARGE"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type 'text/plain' is not accepted here; send application/json",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_UNSUPPORTED_MEDIA_TYPE"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match required",
                     *       "status": 428,
                     *       "detail": "Send If-Match with the ETag from GET /v1/articles/5wsg76t0af7tq119, so a concurrent change is not overwritten",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119",
                     *       "code": "CONTENT_ERR_PRECONDITION_REQUIRED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with other writes; nothing was changed. Retry after `Retry-After` seconds */
            503: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/busy",
                     *       "title": "Database busy",
                     *       "status": 503,
                     *       "detail": "The database is busy with other writes and nothing was changed; retry in 1 second",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119",
                     *       "code": "CONTENT_ERR_BUSY"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the article this change is based on (from GET); required */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Article id: 16 lowercase letters and digits
                 * @example 5wsg76t0af7tq119
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key, or one that is not valid */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "This needs an API key with the content:write scope: send \"Authorization: Bearer <key>\"",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the content:write scope */
            403: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed for this key",
                     *       "status": 403,
                     *       "detail": "The key 'partner-feed' lacks the content:write scope this needs",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_FORBIDDEN"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No article has this id */
            404: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "detail": "No article with id '0000000000000000'",
                     *       "instance": "/v1/articles/0000000000000000",
                     *       "code": "CONTENT_ERR_NOT_FOUND"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The article changed since the ETag in If-Match */
            412: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "The resource has changed",
                     *       "status": 412,
                     *       "detail": "It has changed since that ETag was issued; its ETag is now \"a.5wsg76t0af7tq119.3.1.x\"",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119",
                     *       "code": "CONTENT_ERR_PRECONDITION_FAILED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match required",
                     *       "status": 428,
                     *       "detail": "Send If-Match with the ETag from GET /v1/articles/5wsg76t0af7tq119, so a concurrent change is not overwritten",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119",
                     *       "code": "CONTENT_ERR_PRECONDITION_REQUIRED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with other writes; nothing was changed. Retry after `Retry-After` seconds */
            503: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/busy",
                     *       "title": "Database busy",
                     *       "status": 503,
                     *       "detail": "The database is busy with other writes and nothing was changed; retry in 1 second",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119",
                     *       "code": "CONTENT_ERR_BUSY"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchArticle: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the article this change is based on (from GET); required */
                "if-match"?: string;
            };
            path: {
                /**
                 * @description Article id: 16 lowercase letters and digits
                 * @example 5wsg76t0af7tq119
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["ArticleMergePatch"];
                "application/json": components["schemas"]["ArticleMergePatch"];
            };
        };
        responses: {
            /** @description The article as stored; `ETag` is its new version */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5wsg76t0af7tq119",
                     *       "slug": "wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *       "url": "https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *       "kicker": "Bilanz des Kim-Putin-Treffens",
                     *       "title": "Wenig Substanz, aber PR-Erfolg für Kim",
                     *       "byline": null,
                     *       "teaser": "Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.",
                     *       "language": "de",
                     *       "breadcrumb": [],
                     *       "tags": [],
                     *       "kids": false,
                     *       "status": "published",
                     *       "publishedAt": null,
                     *       "updatedAt": "2024-05-02T10:00:00.000Z",
                     *       "wordCount": 467,
                     *       "readingTimeMinutes": 3,
                     *       "createdAt": "2024-05-02T10:00:00.000Z",
                     *       "version": 1,
                     *       "source": null,
                     *       "corrections": [],
                     *       "sections": [
                     *         {
                     *           "position": 1,
                     *           "heading": null,
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Fünf Stunden dauerten die Gespräche zwischen Russlands Präsident Wladimir Putin und Nordkoreas Machthaber Kim Jong Un in der russischen Hafenstadt Wladiwostok - zunächst unter vier Augen und dann in großer Runde. Aufmerksam wurden sie dabei nicht nur in Moskau, sondern auch in Peking, Seoul und Washington verfolgt."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 2,
                     *           "heading": "Keine Erklärungen",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "\"Ja, wir sind mit den Ergebnissen der Gespräche zufrieden\", bilanzierte Putin vor russischen Medienvertretern. \"Wir haben sehr ausführlich verschiedene Seiten aller Fragen der Tagesordnung erörtert.\" Doch gemeinsame Dokumente oder Erklärungen gab es nach dem Treffen nicht. Hat das Gipfeltreffen damit also nichts gebracht?"
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Keineswegs, schließlich bemühte sich Moskau seit 2015 um eine Begegnung beider Staatsoberhäupter. Im Mittelpunkt des Treffens stand vor allem die Frage nach einer Denuklearisierung der Koreanischen Halbinsel. Pjöngjang hat dafür im Rahmen der entsprechenden russisch-chinesischen Road-Map von 2017 schon viel getan, zumal es selbst darin eine Möglichkeit zur Verringerung der Gefahr nuklearer Konflikte sieht."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 3,
                     *           "heading": "PR-Erfolg für Kim",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Doch um diese Politik fortzusetzen, sind Garantien für die Sicherheit Nordkoreas erforderlich, wie Kim Jong Un gegenüber seinem russischen Gastgeber betonte. Moskau hat dafür Verständnis und signalisierte Unterstützung, denn die Möglichkeiten für eine stärkere Einflussnahme auf Kim sind gering. Aber allein diese verbale Unterstützung ist ein PR-Erfolg für den 35-jährigen koreanischen Staatschef nach der Pleite vom 28. Februar, als US-Präsident Trump in Hanoi durch seine drastischen Forderungen die Abrüstungsgespräche in eine Sackgasse führte."
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Er kann nun auf Putin hoffen, der aus nordkoreanischer Sicht eine Art Vermittlerrolle spielen sollte und an Washington die Message überbringen könnte: Nur auf der Grundlage gegenseitigen Vertrauens und Achtung sowie der Respektierung der Interessen des anderen sind neue Verhandlungen real, und möglicherweise gar unter Berücksichtigung des 2005 zwischen den Vereinigten Staaten und Nordkorea abgeschlossenen Vertrages."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 4,
                     *           "heading": "Moskau will Vermittler sein",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Für Präsident Putin war der Gipfel von Wladiwostok kein symbolischer, denn er machte erneut deutlich: Moskau will sein über Jahrzehnte akkumuliertes politisches Kapital und Gewicht weiter aktiv nutzen und sieht sich als einen unersetzlichen Akteur bei der Lösung internationaler Probleme. Und nicht nur in Syrien, Afghanistan oder Venezuela, sondern auch auf der Koreanischen Halbinsel."
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "\"Überdies hat der Besuch von Kim Jong Un die Rolle Pekings hinsichtlich der koreanischen Angelegenheiten in gewisser Weise ausbalanciert\", wie der außenpolitische Sprecher des russischen Föderationsrates Konstantin Kosatschjow konstatierte, \"und die Meinungen widerlegt, dass Russland in dieser Frage nur eine recht bescheidene Rolle spielt.\""
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 5,
                     *           "heading": "Nichts Greifbares",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Unter dem Strich ist bei dem Treffen zwischen Kim und Putin substantiell nichts Greifbares erreicht worden. Das von beiden Seiten deklarierte Bestreben nach Erweiterung des Handels scheitert an den eingeschränkten Möglichkeiten der nordkoreanischen Wirtschaft und den bestehenden internationalen Sanktionen."
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Die Fragen nach den Arbeitskräften aus Nordkorea oder zu gemeinsamen transkoreanischen Vorhaben wie der Bau einer Gas- und einer Ölpipeline sind noch weit von einer Realisierung entfernt. Doch gerade diese könnten das Fundament für mehr Vertrauen zwischen Pjöngjang und Seoul und überhaupt in der asiatisch-pazifischen Region bilden."
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "media": [
                     *         {
                     *           "id": "4nzspnn649g3g8h8",
                     *           "type": "video",
                     *           "title": null,
                     *           "caption": "Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok getroffen. Im Atomstreit konnte jedoch keine Einigung erzielt werden.",
                     *           "durationSeconds": 60,
                     *           "duration": "PT1M",
                     *           "credit": null,
                     *           "copyright": null,
                     *           "termsOfUseUrl": null,
                     *           "embeddable": true,
                     *           "syndicatable": true,
                     *           "date": null,
                     *           "availableFrom": null,
                     *           "availableUntil": null,
                     *           "allowedRegions": [],
                     *           "ageRating": null,
                     *           "kids": false,
                     *           "renditions": [],
                     *           "thumbnails": [],
                     *           "subtitles": [],
                     *           "playable": true,
                     *           "reason": null,
                     *           "playableFrom": null,
                     *           "embed": {
                     *             "url": "https://www.example.org/embed/4nzspnn649g3g8h8",
                     *             "html": "<iframe src=\"https://www.example.org/embed/4nzspnn649g3g8h8\" width=\"640\" height=\"360\" title=\"Video: Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok …\" style=\"border:0\" allow=\"autoplay; fullscreen; picture-in-picture\" allowfullscreen></iframe>",
                     *             "width": 640,
                     *             "height": 360
                     *           },
                     *           "role": "lead"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Article"];
                };
            };
            /** @description Stored; the article is not public and the key lacks the content:preview scope to read it, so there is no body. `ETag` is its new version */
            204: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not a valid article; `errors` points at each problem */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "body field '/title' is required; body field '/id' is set by the server and cannot be written",
                     *       "instance": "/v1/articles",
                     *       "errors": [
                     *         {
                     *           "location": "body",
                     *           "pointer": "/title",
                     *           "message": "is required"
                     *         },
                     *         {
                     *           "location": "body",
                     *           "pointer": "/id",
                     *           "message": "is set by the server and cannot be written"
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "This needs an API key with the content:write scope: send \"Authorization: Bearer <key>\"",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the content:write scope */
            403: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed for this key",
                     *       "status": 403,
                     *       "detail": "The key 'partner-feed' lacks the content:write scope this needs",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_FORBIDDEN"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No article has this id */
            404: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "detail": "No article with id '0000000000000000'",
                     *       "instance": "/v1/articles/0000000000000000",
                     *       "code": "CONTENT_ERR_NOT_FOUND"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another article has this slug; `conflictingId` names it */
            409: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/conflict",
                     *       "title": "Conflicts with another resource",
                     *       "status": 409,
                     *       "detail": "The slug 'wenig-substanz-aber-pr-erfolg-fuer-kim' belongs to article 5wsg76t0af7tq119",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_CONFLICT"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The article changed since the ETag in If-Match */
            412: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "The resource has changed",
                     *       "status": 412,
                     *       "detail": "It has changed since that ETag was issued; its ETag is now \"a.5wsg76t0af7tq119.3.1.x\"",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119",
                     *       "code": "CONTENT_ERR_PRECONDITION_FAILED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/body-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/v1/articles",
                     *       "code": "CONTENT_ERR_BODY_TOO_LARGE"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not a merge patch or JSON */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type 'text/plain' is not accepted here; send application/merge-patch+json or application/json",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119",
                     *       "code": "CONTENT_ERR_UNSUPPORTED_MEDIA_TYPE"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match required",
                     *       "status": 428,
                     *       "detail": "Send If-Match with the ETag from GET /v1/articles/5wsg76t0af7tq119, so a concurrent change is not overwritten",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119",
                     *       "code": "CONTENT_ERR_PRECONDITION_REQUIRED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with other writes; nothing was changed. Retry after `Retry-After` seconds */
            503: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/busy",
                     *       "title": "Database busy",
                     *       "status": 503,
                     *       "detail": "The database is busy with other writes and nothing was changed; retry in 1 second",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119",
                     *       "code": "CONTENT_ERR_BUSY"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticleBySlug: {
        parameters: {
            query?: {
                /**
                 * @description The representation, instead of the Accept header: `json` (this API's Article), `ninjs` (IPTC ninjs, as `application/ninjs+json`) or `jsonld` (a schema.org NewsArticle, as `application/ld+json`)
                 * @example json
                 */
                format?: "json" | "ninjs" | "jsonld";
                /** @description The ninjs version, with `format=ninjs` or an Accept header that chooses ninjs: `3.1` (the default) or `2.2` for older partner systems, e.g. `?format=ninjs&version=2.2`. `Accept: application/ninjs+json; version=2.2` says the same. With another format it is a 400. */
                version?: "3.1" | "2.2";
                /**
                 * @description Comma-separated fields to return, for the JSON representation only (with another format it is a 400); `id` always comes along. One of: id, slug, url, kicker, title, byline, teaser, language, breadcrumb, tags, kids, status, publishedAt, updatedAt, wordCount, readingTimeMinutes, createdAt, version, source, corrections, sections, media.
                 * @example title,teaser,media
                 */
                fields?: string;
                /** @description `kids`: only articles made for children (`kids: true`) all of whose media are rated FSK 0 or 6 (or unrated and made for children), and only such media. A key created with `--profile kids` always reads so. */
                profile?: "kids";
            };
            header?: never;
            path: {
                /**
                 * @description Article slug: lowercase letters, digits and single dashes, at most 100 characters
                 * @example wenig-substanz-aber-pr-erfolg-fuer-kim
                 */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article as JSON (`application/json`, with `fields` only those fields and `id`), as IPTC ninjs 3.1 or 2.2 (`application/ninjs+json`, its `version` parameter naming which) or as a schema.org NewsArticle (`application/ld+json`) */
            200: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5wsg76t0af7tq119",
                     *       "slug": "wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *       "url": "https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *       "kicker": "Bilanz des Kim-Putin-Treffens",
                     *       "title": "Wenig Substanz, aber PR-Erfolg für Kim",
                     *       "byline": null,
                     *       "teaser": "Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.",
                     *       "language": "de",
                     *       "breadcrumb": [],
                     *       "tags": [],
                     *       "kids": false,
                     *       "status": "published",
                     *       "publishedAt": null,
                     *       "updatedAt": "2024-05-02T10:00:00.000Z",
                     *       "wordCount": 467,
                     *       "readingTimeMinutes": 3,
                     *       "createdAt": "2024-05-02T10:00:00.000Z",
                     *       "version": 1,
                     *       "source": null,
                     *       "corrections": [],
                     *       "sections": [
                     *         {
                     *           "position": 1,
                     *           "heading": null,
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Fünf Stunden dauerten die Gespräche zwischen Russlands Präsident Wladimir Putin und Nordkoreas Machthaber Kim Jong Un in der russischen Hafenstadt Wladiwostok - zunächst unter vier Augen und dann in großer Runde. Aufmerksam wurden sie dabei nicht nur in Moskau, sondern auch in Peking, Seoul und Washington verfolgt."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 2,
                     *           "heading": "Keine Erklärungen",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "\"Ja, wir sind mit den Ergebnissen der Gespräche zufrieden\", bilanzierte Putin vor russischen Medienvertretern. \"Wir haben sehr ausführlich verschiedene Seiten aller Fragen der Tagesordnung erörtert.\" Doch gemeinsame Dokumente oder Erklärungen gab es nach dem Treffen nicht. Hat das Gipfeltreffen damit also nichts gebracht?"
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Keineswegs, schließlich bemühte sich Moskau seit 2015 um eine Begegnung beider Staatsoberhäupter. Im Mittelpunkt des Treffens stand vor allem die Frage nach einer Denuklearisierung der Koreanischen Halbinsel. Pjöngjang hat dafür im Rahmen der entsprechenden russisch-chinesischen Road-Map von 2017 schon viel getan, zumal es selbst darin eine Möglichkeit zur Verringerung der Gefahr nuklearer Konflikte sieht."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 3,
                     *           "heading": "PR-Erfolg für Kim",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Doch um diese Politik fortzusetzen, sind Garantien für die Sicherheit Nordkoreas erforderlich, wie Kim Jong Un gegenüber seinem russischen Gastgeber betonte. Moskau hat dafür Verständnis und signalisierte Unterstützung, denn die Möglichkeiten für eine stärkere Einflussnahme auf Kim sind gering. Aber allein diese verbale Unterstützung ist ein PR-Erfolg für den 35-jährigen koreanischen Staatschef nach der Pleite vom 28. Februar, als US-Präsident Trump in Hanoi durch seine drastischen Forderungen die Abrüstungsgespräche in eine Sackgasse führte."
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Er kann nun auf Putin hoffen, der aus nordkoreanischer Sicht eine Art Vermittlerrolle spielen sollte und an Washington die Message überbringen könnte: Nur auf der Grundlage gegenseitigen Vertrauens und Achtung sowie der Respektierung der Interessen des anderen sind neue Verhandlungen real, und möglicherweise gar unter Berücksichtigung des 2005 zwischen den Vereinigten Staaten und Nordkorea abgeschlossenen Vertrages."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 4,
                     *           "heading": "Moskau will Vermittler sein",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Für Präsident Putin war der Gipfel von Wladiwostok kein symbolischer, denn er machte erneut deutlich: Moskau will sein über Jahrzehnte akkumuliertes politisches Kapital und Gewicht weiter aktiv nutzen und sieht sich als einen unersetzlichen Akteur bei der Lösung internationaler Probleme. Und nicht nur in Syrien, Afghanistan oder Venezuela, sondern auch auf der Koreanischen Halbinsel."
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "\"Überdies hat der Besuch von Kim Jong Un die Rolle Pekings hinsichtlich der koreanischen Angelegenheiten in gewisser Weise ausbalanciert\", wie der außenpolitische Sprecher des russischen Föderationsrates Konstantin Kosatschjow konstatierte, \"und die Meinungen widerlegt, dass Russland in dieser Frage nur eine recht bescheidene Rolle spielt.\""
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 5,
                     *           "heading": "Nichts Greifbares",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Unter dem Strich ist bei dem Treffen zwischen Kim und Putin substantiell nichts Greifbares erreicht worden. Das von beiden Seiten deklarierte Bestreben nach Erweiterung des Handels scheitert an den eingeschränkten Möglichkeiten der nordkoreanischen Wirtschaft und den bestehenden internationalen Sanktionen."
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Die Fragen nach den Arbeitskräften aus Nordkorea oder zu gemeinsamen transkoreanischen Vorhaben wie der Bau einer Gas- und einer Ölpipeline sind noch weit von einer Realisierung entfernt. Doch gerade diese könnten das Fundament für mehr Vertrauen zwischen Pjöngjang und Seoul und überhaupt in der asiatisch-pazifischen Region bilden."
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "media": [
                     *         {
                     *           "id": "4nzspnn649g3g8h8",
                     *           "type": "video",
                     *           "title": null,
                     *           "caption": "Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok getroffen. Im Atomstreit konnte jedoch keine Einigung erzielt werden.",
                     *           "durationSeconds": 60,
                     *           "duration": "PT1M",
                     *           "credit": null,
                     *           "copyright": null,
                     *           "termsOfUseUrl": null,
                     *           "embeddable": true,
                     *           "syndicatable": true,
                     *           "date": null,
                     *           "availableFrom": null,
                     *           "availableUntil": null,
                     *           "allowedRegions": [],
                     *           "ageRating": null,
                     *           "kids": false,
                     *           "renditions": [],
                     *           "thumbnails": [],
                     *           "subtitles": [],
                     *           "playable": true,
                     *           "reason": null,
                     *           "playableFrom": null,
                     *           "embed": {
                     *             "url": "https://www.example.org/embed/4nzspnn649g3g8h8",
                     *             "html": "<iframe src=\"https://www.example.org/embed/4nzspnn649g3g8h8\" width=\"640\" height=\"360\" title=\"Video: Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok …\" style=\"border:0\" allow=\"autoplay; fullscreen; picture-in-picture\" allowfullscreen></iframe>",
                     *             "width": 640,
                     *             "height": 360
                     *           },
                     *           "role": "lead"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Article"];
                    "application/ninjs+json": {
                        [key: string]: unknown;
                    };
                    /**
                     * @example {
                     *       "@context": "https://schema.org",
                     *       "@type": "NewsArticle",
                     *       "@id": "https://api.example.org/v1/articles/5wsg76t0af7tq119",
                     *       "url": "https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *       "mainEntityOfPage": {
                     *         "@type": "WebPage",
                     *         "@id": "https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim"
                     *       },
                     *       "identifier": "5wsg76t0af7tq119",
                     *       "headline": "Wenig Substanz, aber PR-Erfolg für Kim",
                     *       "alternativeHeadline": "Bilanz des Kim-Putin-Treffens",
                     *       "description": "Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.",
                     *       "inLanguage": "de",
                     *       "dateCreated": "2024-05-02T10:00:00.000Z",
                     *       "dateModified": "2024-05-02T10:00:00.000Z",
                     *       "publisher": {
                     *         "@type": "Organization",
                     *         "name": "www.example.org",
                     *         "url": "https://www.example.org"
                     *       },
                     *       "wordCount": 467,
                     *       "articleBody": "Fünf Stunden dauerten die Gespräche zwischen Russlands Präsident Wladimir Putin und Nordkoreas Machthaber Kim Jong Un in der russischen Hafenstadt Wladiwostok - zunächst unter vier Augen und dann in großer Runde. Aufmerksam wurden sie dabei nicht nur in Moskau, sondern auch in Peking, Seoul und Washington verfolgt.\n\nKeine Erklärungen\n\n\"Ja, wir sind mit den Ergebnissen der Gespräche zufrieden\", bilanzierte Putin vor russischen Medienvertretern. \"Wir haben sehr ausführlich verschiedene Seiten aller Fragen der Tagesordnung erörtert.\" Doch gemeinsame Dokumente oder Erklärungen gab es nach dem Treffen nicht. Hat das Gipfeltreffen damit also nichts gebracht?\n\nKeineswegs, schließlich bemühte sich Moskau seit 2015 um eine Begegnung beider Staatsoberhäupter. Im Mittelpunkt des Treffens stand vor allem die Frage nach einer Denuklearisierung der Koreanischen Halbinsel. Pjöngjang hat dafür im Rahmen der entsprechenden russisch-chinesischen Road-Map von 2017 schon viel getan, zumal es selbst darin eine Möglichkeit zur Verringerung der Gefahr nuklearer Konflikte sieht.\n\nPR-Erfolg für Kim\n\nDoch um diese Politik fortzusetzen, sind Garantien für die Sicherheit Nordkoreas erforderlich, wie Kim Jong Un gegenüber seinem russischen Gastgeber betonte. Moskau hat dafür Verständnis und signalisierte Unterstützung, denn die Möglichkeiten für eine stärkere Einflussnahme auf Kim sind gering. Aber allein diese verbale Unterstützung ist ein PR-Erfolg für den 35-jährigen koreanischen Staatschef nach der Pleite vom 28. Februar, als US-Präsident Trump in Hanoi durch seine drastischen Forderungen die Abrüstungsgespräche in eine Sackgasse führte.\n\nEr kann nun auf Putin hoffen, der aus nordkoreanischer Sicht eine Art Vermittlerrolle spielen sollte und an Washington die Message überbringen könnte: Nur auf der Grundlage gegenseitigen Vertrauens und Achtung sowie der Respektierung der Interessen des anderen sind neue Verhandlungen real, und möglicherweise gar unter Berücksichtigung des 2005 zwischen den Vereinigten Staaten und Nordkorea abgeschlossenen Vertrages.\n\nMoskau will Vermittler sein\n\nFür Präsident Putin war der Gipfel von Wladiwostok kein symbolischer, denn er machte erneut deutlich: Moskau will sein über Jahrzehnte akkumuliertes politisches Kapital und Gewicht weiter aktiv nutzen und sieht sich als einen unersetzlichen Akteur bei der Lösung internationaler Probleme. Und nicht nur in Syrien, Afghanistan oder Venezuela, sondern auch auf der Koreanischen Halbinsel.\n\n\"Überdies hat der Besuch von Kim Jong Un die Rolle Pekings hinsichtlich der koreanischen Angelegenheiten in gewisser Weise ausbalanciert\", wie der außenpolitische Sprecher des russischen Föderationsrates Konstantin Kosatschjow konstatierte, \"und die Meinungen widerlegt, dass Russland in dieser Frage nur eine recht bescheidene Rolle spielt.\"\n\nNichts Greifbares\n\nUnter dem Strich ist bei dem Treffen zwischen Kim und Putin substantiell nichts Greifbares erreicht worden. Das von beiden Seiten deklarierte Bestreben nach Erweiterung des Handels scheitert an den eingeschränkten Möglichkeiten der nordkoreanischen Wirtschaft und den bestehenden internationalen Sanktionen.\n\nDie Fragen nach den Arbeitskräften aus Nordkorea oder zu gemeinsamen transkoreanischen Vorhaben wie der Bau einer Gas- und einer Ölpipeline sind noch weit von einer Realisierung entfernt. Doch gerade diese könnten das Fundament für mehr Vertrauen zwischen Pjöngjang und Seoul und überhaupt in der asiatisch-pazifischen Region bilden.",
                     *       "video": [
                     *         {
                     *           "@type": "VideoObject",
                     *           "name": "Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok getroffen. Im Atomstreit konnte jedoch keine Einigung erzielt werden.",
                     *           "@id": "https://api.example.org/v1/media/4nzspnn649g3g8h8",
                     *           "description": "Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok getroffen. Im Atomstreit konnte jedoch keine Einigung erzielt werden.",
                     *           "duration": "PT1M",
                     *           "embedUrl": "https://www.example.org/embed/4nzspnn649g3g8h8",
                     *           "inLanguage": "de"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/ld+json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An old slug of an article: `Location` is its current slug's URL (with the same query) */
            301: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The client's copy is current */
            304: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "path parameter 'slug' must match pattern \"^[a-z0-9]+(?:-[a-z0-9]+)*$\"",
                     *       "instance": "/v1/articles/slug/Gro%C3%9F",
                     *       "errors": [
                     *         {
                     *           "location": "params",
                     *           "pointer": "/slug",
                     *           "message": "must match pattern \"^[a-z0-9]+(?:-[a-z0-9]+)*$\""
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Authorization header holds no valid key (leave it out to read anonymously) */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "The API key is not valid: unknown, revoked or malformed. Send \"Authorization: Bearer <key>\", or no Authorization header to read published content anonymously",
                     *       "instance": "/v1/articles/slug/wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No published article has this slug */
            404: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "detail": "No article with slug 'kein-artikel'",
                     *       "instance": "/v1/articles/slug/kein-artikel",
                     *       "code": "CONTENT_ERR_NOT_FOUND"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accept names no type this resource comes as */
            406: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-acceptable",
                     *       "title": "No acceptable representation",
                     *       "status": 406,
                     *       "detail": "None of the types in Accept is offered; this resource comes as application/json, application/ninjs+json (version=3.1 or version=2.2) or application/ld+json (or use ?format=json|ninjs|jsonld)",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119",
                     *       "code": "CONTENT_ERR_NOT_ACCEPTABLE"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is far longer than any valid value */
            414: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/uri-too-long",
                     *       "title": "URI too long",
                     *       "status": 414,
                     *       "detail": "'/v1/articles/slug/aaaa…' is exceeding the max param length",
                     *       "instance": "/v1/articles/slug/aaaa…",
                     *       "code": "CONTENT_ERR_URI_TOO_LONG"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/articles/slug/wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRssFeed: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /**
                 * @description Only articles in this category: its `id` or `slug` from `/v1/categories`, a breadcrumb label at any level (`Politik`) or a path from the root (`Nachrichten/Politik`). Case and umlaut spelling do not matter (`aussenpolitik` finds "Außenpolitik"). Several values: `a,b` (or the parameter repeated) means all of them, `a|b` any of them; `a|b,c` is (a or b) and c.
                 * @example [
                 *       "politik"
                 *     ]
                 */
                category?: string[];
                /**
                 * @description Only articles with this tag; case and umlaut spelling do not matter (`verkehr` finds "Verkehr"). Several values: `a,b` (or the parameter repeated) means all of them, `a|b` any of them; `a|b,c` is (a or b) and c.
                 * @example [
                 *       "Nordkorea"
                 *     ]
                 */
                tag?: string[];
                /**
                 * @description Only articles in this language: a BCP 47 tag. Its primary language decides: `de-DE` and `de` both find articles in `de`, `de-DE` and `de-AT`. Use `|` for several: `de|en`.
                 * @example [
                 *       "de"
                 *     ]
                 */
                language?: string[];
                /**
                 * @description Only articles that have a media item of this type
                 * @example video
                 */
                mediaType?: "video" | "image" | "audio";
                /** @description `kids`: only articles made for children (`kids: true`) all of whose media are rated FSK 0 or 6 (or unrated and made for children), and only such media. A key created with `--profile kids` always reads so. */
                profile?: "kids";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed (`application/rss+xml`) */
            200: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example <?xml version="1.0" encoding="UTF-8"?>
                     *     <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
                     *       <channel>
                     *         <title>www.example.org</title>
                     *         <link>https://www.example.org</link>
                     *         <description>The newest published articles of www.example.org</description>
                     *         <lastBuildDate>Thu, 02 May 2024 10:00:00 GMT</lastBuildDate>
                     *         <docs>https://www.rssboard.org/rss-specification</docs>
                     *         <atom:link href="https://api.example.org/v1/feeds/rss" rel="self" type="application/rss+xml"/>
                     *         <atom:link href="https://api.example.org/v1/feeds/atom" rel="alternate" type="application/atom+xml"/>
                     *         <atom:link href="https://api.example.org/v1/feeds/json" rel="alternate" type="application/feed+json"/>
                     *         <item>
                     *           <title>Wenig Substanz, aber PR-Erfolg für Kim</title>
                     *           <link>https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim</link>
                     *           <guid isPermaLink="false">https://api.example.org/v1/articles/5wsg76t0af7tq119</guid>
                     *           <description>Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.</description>
                     *           <content:encoded>&lt;p&gt;Fünf Stunden dauerten die Gespräche zwischen Russlands Präsident Wladimir Putin und Nordkoreas Machthaber Kim Jong Un in der russischen Hafenstadt Wladiwostok - zunächst unter vier Augen und dann in großer Runde. Aufmerksam wurden sie dabei nicht nur in Moskau, sondern auch in Peking, Seoul und Washington verfolgt.&lt;/p&gt;&lt;h2&gt;Keine Erklärungen&lt;/h2&gt;&lt;p&gt;&amp;quot;Ja, wir sind mit den Ergebnissen der Gespräche zufrieden&amp;quot;, bilanzierte Putin vor russischen Medienvertretern. &amp;quot;Wir haben sehr ausführlich verschiedene Seiten aller Fragen der Tagesordnung erörtert.&amp;quot; Doch gemeinsame Dokumente oder Erklärungen gab es nach dem Treffen nicht. Hat das Gipfeltreffen damit also nichts gebracht?&lt;/p&gt;&lt;p&gt;Keineswegs, schließlich bemühte sich Moskau seit 2015 um eine Begegnung beider Staatsoberhäupter. Im Mittelpunkt des Treffens stand vor allem die Frage nach einer Denuklearisierung der Koreanischen Halbinsel. Pjöngjang hat dafür im Rahmen der entsprechenden russisch-chinesischen Road-Map von 2017 schon viel getan, zumal es selbst darin eine Möglichkeit zur Verringerung der Gefahr nuklearer Konflikte sieht.&lt;/p&gt;&lt;h2&gt;PR-Erfolg für Kim&lt;/h2&gt;&lt;p&gt;Doch um diese Politik fortzusetzen, sind Garantien für die Sicherheit Nordkoreas erforderlich, wie Kim Jong Un gegenüber seinem russischen Gastgeber betonte. Moskau hat dafür Verständnis und signalisierte Unterstützung, denn die Möglichkeiten für eine stärkere Einflussnahme auf Kim sind gering. Aber allein diese verbale Unterstützung ist ein PR-Erfolg für den 35-jährigen koreanischen Staatschef nach der Pleite vom 28. Februar, als US-Präsident Trump in Hanoi durch seine drastischen Forderungen die Abrüstungsgespräche in eine Sackgasse führte.&lt;/p&gt;&lt;p&gt;Er kann nun auf Putin hoffen, der aus nordkoreanischer Sicht eine Art Vermittlerrolle spielen sollte und an Washington die Message überbringen könnte: Nur auf der Grundlage gegenseitigen Vertrauens und Achtung sowie der Respektierung der Interessen des anderen sind neue Verhandlungen real, und möglicherweise gar unter Berücksichtigung des 2005 zwischen den Vereinigten Staaten und Nordkorea abgeschlossenen Vertrages.&lt;/p&gt;&lt;h2&gt;Moskau will Vermittler sein&lt;/h2&gt;&lt;p&gt;Für Präsident Putin war der Gipfel von Wladiwostok kein symbolischer, denn er machte erneut deutlich: Moskau will sein über Jahrzehnte akkumuliertes politisches Kapital und Gewicht weiter aktiv nutzen und sieht sich als einen unersetzlichen Akteur bei der Lösung internationaler Probleme. Und nicht nur in Syrien, Afghanistan oder Venezuela, sondern auch auf der Koreanischen Halbinsel.&lt;/p&gt;&lt;p&gt;&amp;quot;Überdies hat der Besuch von Kim Jong Un die Rolle Pekings hinsichtlich der koreanischen Angelegenheiten in gewisser Weise ausbalanciert&amp;quot;, wie der außenpolitische Sprecher des russischen Föderationsrates Konstantin Kosatschjow konstatierte, &amp;quot;und die Meinungen widerlegt, dass Russland in dieser Frage nur eine recht bescheidene Rolle spielt.&amp;quot;&lt;/p&gt;&lt;h2&gt;Nichts Greifbares&lt;/h2&gt;&lt;p&gt;Unter dem Strich ist bei dem Treffen zwischen Kim und Putin substantiell nichts Greifbares erreicht worden. Das von beiden Seiten deklarierte Bestreben nach Erweiterung des Handels scheitert an den eingeschränkten Möglichkeiten der nordkoreanischen Wirtschaft und den bestehenden internationalen Sanktionen.&lt;/p&gt;&lt;p&gt;Die Fragen nach den Arbeitskräften aus Nordkorea oder zu gemeinsamen transkoreanischen Vorhaben wie der Bau einer Gas- und einer Ölpipeline sind noch weit von einer Realisierung entfernt. Doch gerade diese könnten das Fundament für mehr Vertrauen zwischen Pjöngjang und Seoul und überhaupt in der asiatisch-pazifischen Region bilden.&lt;/p&gt;</content:encoded>
                     *         </item>
                     *       </channel>
                     *     </rss>
                     */
                    "application/rss+xml": string;
                };
            };
            /** @description The client's copy (named by `If-None-Match` or `If-Modified-Since`) is current */
            304: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "query parameter 'limit' must be <= 100",
                     *       "instance": "/v1/feeds/rss?limit=101",
                     *       "errors": [
                     *         {
                     *           "location": "querystring",
                     *           "pointer": "/limit",
                     *           "message": "must be <= 100"
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Authorization header holds no valid key (leave it out to read anonymously) */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "The API key is not valid: unknown, revoked or malformed. Send \"Authorization: Bearer <key>\", or no Authorization header to read published content anonymously",
                     *       "instance": "/v1/feeds/rss",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/feeds/rss",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAtomFeed: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /**
                 * @description Only articles in this category: its `id` or `slug` from `/v1/categories`, a breadcrumb label at any level (`Politik`) or a path from the root (`Nachrichten/Politik`). Case and umlaut spelling do not matter (`aussenpolitik` finds "Außenpolitik"). Several values: `a,b` (or the parameter repeated) means all of them, `a|b` any of them; `a|b,c` is (a or b) and c.
                 * @example [
                 *       "politik"
                 *     ]
                 */
                category?: string[];
                /**
                 * @description Only articles with this tag; case and umlaut spelling do not matter (`verkehr` finds "Verkehr"). Several values: `a,b` (or the parameter repeated) means all of them, `a|b` any of them; `a|b,c` is (a or b) and c.
                 * @example [
                 *       "Nordkorea"
                 *     ]
                 */
                tag?: string[];
                /**
                 * @description Only articles in this language: a BCP 47 tag. Its primary language decides: `de-DE` and `de` both find articles in `de`, `de-DE` and `de-AT`. Use `|` for several: `de|en`.
                 * @example [
                 *       "de"
                 *     ]
                 */
                language?: string[];
                /**
                 * @description Only articles that have a media item of this type
                 * @example video
                 */
                mediaType?: "video" | "image" | "audio";
                /** @description `kids`: only articles made for children (`kids: true`) all of whose media are rated FSK 0 or 6 (or unrated and made for children), and only such media. A key created with `--profile kids` always reads so. */
                profile?: "kids";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed (`application/atom+xml`) */
            200: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example <?xml version="1.0" encoding="UTF-8"?>
                     *     <feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
                     *       <id>https://api.example.org/v1/feeds/atom</id>
                     *       <title type="text">www.example.org</title>
                     *       <subtitle type="text">The newest published articles of www.example.org</subtitle>
                     *       <updated>2024-05-02T10:00:00.000Z</updated>
                     *       <link rel="self" type="application/atom+xml" href="https://api.example.org/v1/feeds/atom"/>
                     *       <link rel="alternate" type="text/html" href="https://www.example.org"/>
                     *       <link rel="alternate" type="application/rss+xml" href="https://api.example.org/v1/feeds/rss"/>
                     *       <link rel="alternate" type="application/feed+json" href="https://api.example.org/v1/feeds/json"/>
                     *       <author>
                     *         <name>www.example.org</name>
                     *       </author>
                     *       <entry xml:lang="de">
                     *         <id>https://api.example.org/v1/articles/5wsg76t0af7tq119</id>
                     *         <title type="text">Wenig Substanz, aber PR-Erfolg für Kim</title>
                     *         <link rel="alternate" type="text/html" href="https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim"/>
                     *         <updated>2024-05-02T10:00:00.000Z</updated>
                     *         <summary type="text">Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.</summary>
                     *         <content type="html">&lt;p&gt;Fünf Stunden dauerten die Gespräche zwischen Russlands Präsident Wladimir Putin und Nordkoreas Machthaber Kim Jong Un in der russischen Hafenstadt Wladiwostok - zunächst unter vier Augen und dann in großer Runde. Aufmerksam wurden sie dabei nicht nur in Moskau, sondern auch in Peking, Seoul und Washington verfolgt.&lt;/p&gt;&lt;h2&gt;Keine Erklärungen&lt;/h2&gt;&lt;p&gt;&amp;quot;Ja, wir sind mit den Ergebnissen der Gespräche zufrieden&amp;quot;, bilanzierte Putin vor russischen Medienvertretern. &amp;quot;Wir haben sehr ausführlich verschiedene Seiten aller Fragen der Tagesordnung erörtert.&amp;quot; Doch gemeinsame Dokumente oder Erklärungen gab es nach dem Treffen nicht. Hat das Gipfeltreffen damit also nichts gebracht?&lt;/p&gt;&lt;p&gt;Keineswegs, schließlich bemühte sich Moskau seit 2015 um eine Begegnung beider Staatsoberhäupter. Im Mittelpunkt des Treffens stand vor allem die Frage nach einer Denuklearisierung der Koreanischen Halbinsel. Pjöngjang hat dafür im Rahmen der entsprechenden russisch-chinesischen Road-Map von 2017 schon viel getan, zumal es selbst darin eine Möglichkeit zur Verringerung der Gefahr nuklearer Konflikte sieht.&lt;/p&gt;&lt;h2&gt;PR-Erfolg für Kim&lt;/h2&gt;&lt;p&gt;Doch um diese Politik fortzusetzen, sind Garantien für die Sicherheit Nordkoreas erforderlich, wie Kim Jong Un gegenüber seinem russischen Gastgeber betonte. Moskau hat dafür Verständnis und signalisierte Unterstützung, denn die Möglichkeiten für eine stärkere Einflussnahme auf Kim sind gering. Aber allein diese verbale Unterstützung ist ein PR-Erfolg für den 35-jährigen koreanischen Staatschef nach der Pleite vom 28. Februar, als US-Präsident Trump in Hanoi durch seine drastischen Forderungen die Abrüstungsgespräche in eine Sackgasse führte.&lt;/p&gt;&lt;p&gt;Er kann nun auf Putin hoffen, der aus nordkoreanischer Sicht eine Art Vermittlerrolle spielen sollte und an Washington die Message überbringen könnte: Nur auf der Grundlage gegenseitigen Vertrauens und Achtung sowie der Respektierung der Interessen des anderen sind neue Verhandlungen real, und möglicherweise gar unter Berücksichtigung des 2005 zwischen den Vereinigten Staaten und Nordkorea abgeschlossenen Vertrages.&lt;/p&gt;&lt;h2&gt;Moskau will Vermittler sein&lt;/h2&gt;&lt;p&gt;Für Präsident Putin war der Gipfel von Wladiwostok kein symbolischer, denn er machte erneut deutlich: Moskau will sein über Jahrzehnte akkumuliertes politisches Kapital und Gewicht weiter aktiv nutzen und sieht sich als einen unersetzlichen Akteur bei der Lösung internationaler Probleme. Und nicht nur in Syrien, Afghanistan oder Venezuela, sondern auch auf der Koreanischen Halbinsel.&lt;/p&gt;&lt;p&gt;&amp;quot;Überdies hat der Besuch von Kim Jong Un die Rolle Pekings hinsichtlich der koreanischen Angelegenheiten in gewisser Weise ausbalanciert&amp;quot;, wie der außenpolitische Sprecher des russischen Föderationsrates Konstantin Kosatschjow konstatierte, &amp;quot;und die Meinungen widerlegt, dass Russland in dieser Frage nur eine recht bescheidene Rolle spielt.&amp;quot;&lt;/p&gt;&lt;h2&gt;Nichts Greifbares&lt;/h2&gt;&lt;p&gt;Unter dem Strich ist bei dem Treffen zwischen Kim und Putin substantiell nichts Greifbares erreicht worden. Das von beiden Seiten deklarierte Bestreben nach Erweiterung des Handels scheitert an den eingeschränkten Möglichkeiten der nordkoreanischen Wirtschaft und den bestehenden internationalen Sanktionen.&lt;/p&gt;&lt;p&gt;Die Fragen nach den Arbeitskräften aus Nordkorea oder zu gemeinsamen transkoreanischen Vorhaben wie der Bau einer Gas- und einer Ölpipeline sind noch weit von einer Realisierung entfernt. Doch gerade diese könnten das Fundament für mehr Vertrauen zwischen Pjöngjang und Seoul und überhaupt in der asiatisch-pazifischen Region bilden.&lt;/p&gt;</content>
                     *       </entry>
                     *     </feed>
                     */
                    "application/atom+xml": string;
                };
            };
            /** @description The client's copy (named by `If-None-Match` or `If-Modified-Since`) is current */
            304: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "query parameter 'limit' must be <= 100",
                     *       "instance": "/v1/feeds/atom?limit=101",
                     *       "errors": [
                     *         {
                     *           "location": "querystring",
                     *           "pointer": "/limit",
                     *           "message": "must be <= 100"
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Authorization header holds no valid key (leave it out to read anonymously) */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "The API key is not valid: unknown, revoked or malformed. Send \"Authorization: Bearer <key>\", or no Authorization header to read published content anonymously",
                     *       "instance": "/v1/feeds/atom",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/feeds/atom",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJsonFeed: {
        parameters: {
            query?: {
                /** @description Items per page */
                limit?: number;
                /**
                 * @description Only articles in this category: its `id` or `slug` from `/v1/categories`, a breadcrumb label at any level (`Politik`) or a path from the root (`Nachrichten/Politik`). Case and umlaut spelling do not matter (`aussenpolitik` finds "Außenpolitik"). Several values: `a,b` (or the parameter repeated) means all of them, `a|b` any of them; `a|b,c` is (a or b) and c.
                 * @example [
                 *       "politik"
                 *     ]
                 */
                category?: string[];
                /**
                 * @description Only articles with this tag; case and umlaut spelling do not matter (`verkehr` finds "Verkehr"). Several values: `a,b` (or the parameter repeated) means all of them, `a|b` any of them; `a|b,c` is (a or b) and c.
                 * @example [
                 *       "Nordkorea"
                 *     ]
                 */
                tag?: string[];
                /**
                 * @description Only articles in this language: a BCP 47 tag. Its primary language decides: `de-DE` and `de` both find articles in `de`, `de-DE` and `de-AT`. Use `|` for several: `de|en`.
                 * @example [
                 *       "de"
                 *     ]
                 */
                language?: string[];
                /**
                 * @description Only articles that have a media item of this type
                 * @example video
                 */
                mediaType?: "video" | "image" | "audio";
                /** @description `kids`: only articles made for children (`kids: true`) all of whose media are rated FSK 0 or 6 (or unrated and made for children), and only such media. A key created with `--profile kids` always reads so. */
                profile?: "kids";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed (`application/feed+json`) */
            200: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": "https://jsonfeed.org/version/1.1",
                     *       "title": "www.example.org",
                     *       "home_page_url": "https://www.example.org",
                     *       "feed_url": "https://api.example.org/v1/feeds/json",
                     *       "description": "The newest published articles of www.example.org",
                     *       "authors": [
                     *         {
                     *           "name": "www.example.org"
                     *         }
                     *       ],
                     *       "items": [
                     *         {
                     *           "id": "https://api.example.org/v1/articles/5wsg76t0af7tq119",
                     *           "url": "https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *           "title": "Wenig Substanz, aber PR-Erfolg für Kim",
                     *           "content_html": "<p>Fünf Stunden dauerten die Gespräche zwischen Russlands Präsident Wladimir Putin und Nordkoreas Machthaber Kim Jong Un in der russischen Hafenstadt Wladiwostok - zunächst unter vier Augen und dann in großer Runde. Aufmerksam wurden sie dabei nicht nur in Moskau, sondern auch in Peking, Seoul und Washington verfolgt.</p><h2>Keine Erklärungen</h2><p>&quot;Ja, wir sind mit den Ergebnissen der Gespräche zufrieden&quot;, bilanzierte Putin vor russischen Medienvertretern. &quot;Wir haben sehr ausführlich verschiedene Seiten aller Fragen der Tagesordnung erörtert.&quot; Doch gemeinsame Dokumente oder Erklärungen gab es nach dem Treffen nicht. Hat das Gipfeltreffen damit also nichts gebracht?</p><p>Keineswegs, schließlich bemühte sich Moskau seit 2015 um eine Begegnung beider Staatsoberhäupter. Im Mittelpunkt des Treffens stand vor allem die Frage nach einer Denuklearisierung der Koreanischen Halbinsel. Pjöngjang hat dafür im Rahmen der entsprechenden russisch-chinesischen Road-Map von 2017 schon viel getan, zumal es selbst darin eine Möglichkeit zur Verringerung der Gefahr nuklearer Konflikte sieht.</p><h2>PR-Erfolg für Kim</h2><p>Doch um diese Politik fortzusetzen, sind Garantien für die Sicherheit Nordkoreas erforderlich, wie Kim Jong Un gegenüber seinem russischen Gastgeber betonte. Moskau hat dafür Verständnis und signalisierte Unterstützung, denn die Möglichkeiten für eine stärkere Einflussnahme auf Kim sind gering. Aber allein diese verbale Unterstützung ist ein PR-Erfolg für den 35-jährigen koreanischen Staatschef nach der Pleite vom 28. Februar, als US-Präsident Trump in Hanoi durch seine drastischen Forderungen die Abrüstungsgespräche in eine Sackgasse führte.</p><p>Er kann nun auf Putin hoffen, der aus nordkoreanischer Sicht eine Art Vermittlerrolle spielen sollte und an Washington die Message überbringen könnte: Nur auf der Grundlage gegenseitigen Vertrauens und Achtung sowie der Respektierung der Interessen des anderen sind neue Verhandlungen real, und möglicherweise gar unter Berücksichtigung des 2005 zwischen den Vereinigten Staaten und Nordkorea abgeschlossenen Vertrages.</p><h2>Moskau will Vermittler sein</h2><p>Für Präsident Putin war der Gipfel von Wladiwostok kein symbolischer, denn er machte erneut deutlich: Moskau will sein über Jahrzehnte akkumuliertes politisches Kapital und Gewicht weiter aktiv nutzen und sieht sich als einen unersetzlichen Akteur bei der Lösung internationaler Probleme. Und nicht nur in Syrien, Afghanistan oder Venezuela, sondern auch auf der Koreanischen Halbinsel.</p><p>&quot;Überdies hat der Besuch von Kim Jong Un die Rolle Pekings hinsichtlich der koreanischen Angelegenheiten in gewisser Weise ausbalanciert&quot;, wie der außenpolitische Sprecher des russischen Föderationsrates Konstantin Kosatschjow konstatierte, &quot;und die Meinungen widerlegt, dass Russland in dieser Frage nur eine recht bescheidene Rolle spielt.&quot;</p><h2>Nichts Greifbares</h2><p>Unter dem Strich ist bei dem Treffen zwischen Kim und Putin substantiell nichts Greifbares erreicht worden. Das von beiden Seiten deklarierte Bestreben nach Erweiterung des Handels scheitert an den eingeschränkten Möglichkeiten der nordkoreanischen Wirtschaft und den bestehenden internationalen Sanktionen.</p><p>Die Fragen nach den Arbeitskräften aus Nordkorea oder zu gemeinsamen transkoreanischen Vorhaben wie der Bau einer Gas- und einer Ölpipeline sind noch weit von einer Realisierung entfernt. Doch gerade diese könnten das Fundament für mehr Vertrauen zwischen Pjöngjang und Seoul und überhaupt in der asiatisch-pazifischen Region bilden.</p>",
                     *           "summary": "Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.",
                     *           "date_modified": "2024-05-02T10:00:00.000Z",
                     *           "language": "de"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/feed+json": components["schemas"]["JsonFeed"];
                };
            };
            /** @description The client's copy (named by `If-None-Match` or `If-Modified-Since`) is current */
            304: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "query parameter 'limit' must be <= 100",
                     *       "instance": "/v1/feeds/json?limit=101",
                     *       "errors": [
                     *         {
                     *           "location": "querystring",
                     *           "pointer": "/limit",
                     *           "message": "must be <= 100"
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Authorization header holds no valid key (leave it out to read anonymously) */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "The API key is not valid: unknown, revoked or malformed. Send \"Authorization: Bearer <key>\", or no Authorization header to read published content anonymously",
                     *       "instance": "/v1/feeds/json",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/feeds/json",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCategories: {
        parameters: {
            query?: {
                /** @description `kids`: only articles made for children (`kids: true`) all of whose media are rated FSK 0 or 6 (or unrated and made for children), and only such media. A key created with `--profile kids` always reads so. */
                profile?: "kids";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The categories */
            200: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "ffsrbaq2kxv6wsan",
                     *           "slug": "nachrichten",
                     *           "name": "Nachrichten",
                     *           "path": "Nachrichten",
                     *           "articleCount": 3,
                     *           "children": [
                     *             {
                     *               "id": "bg22kkzsrz1rqpb0",
                     *               "slug": "nachrichten/politik",
                     *               "name": "Politik",
                     *               "path": "Nachrichten/Politik",
                     *               "articleCount": 2,
                     *               "children": []
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CategoryTree"];
                };
            };
            /** @description The client's copy (named by `If-None-Match` or `If-Modified-Since`) is current */
            304: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "query parameter 'profile' must be equal to one of the allowed values",
                     *       "instance": "/v1/categories",
                     *       "errors": [
                     *         {
                     *           "location": "querystring",
                     *           "pointer": "/profile",
                     *           "message": "must be equal to one of the allowed values"
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Authorization header holds no valid key (leave it out to read anonymously) */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "The API key is not valid: unknown, revoked or malformed. Send \"Authorization: Bearer <key>\", or no Authorization header to read published content anonymously",
                     *       "instance": "/v1/categories",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/categories",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchArticles: {
        parameters: {
            query: {
                /**
                 * @description Words to find (all of them), `"a phrase"`, a prefix such as `Wladi*`, `OR`, `NOT` (as in `Kim NOT Putin`) and parentheses. Case, umlauts and ß need not match (`gespraeche` and `gesprache` find "Gespräche"), nor inflection (`Gespräch` finds "Gesprächen", `tempolimits` "Tempolimit"); a word also finds the compounds it is part of (`Ausschuss` finds "Haushaltsausschuss", `Bahn` "Straßenbahn"), ranked below whole-word matches. Titles, kickers, teasers, sections, captions, tags (`ÖPNV`), categories and bylines are searched.
                 * @example Gespräche Wladiwostok
                 */
                q: string;
                /**
                 * @description `relevance` (default): best matches first, the title weighing most and newer articles a little more (news decays); `newest` or `oldest`: by publication date
                 * @example newest
                 */
                sort?: "relevance" | "newest" | "oldest";
                /**
                 * @description true adds `total`: how many articles match, exact up to 10,000 (`exact: true`), an estimate above
                 * @example true
                 */
                count?: boolean;
                /**
                 * @description Comma-separated facets to count over the matching articles: category, tag, language, mediaType, month. For example `facets=category,tag` or `facets=month`; every facet gives at most 20 values, counted over the newest 1,000 matches.
                 * @example category,tag,month
                 */
                facets?: string;
                /** @description Items per page */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
                /**
                 * @description Only articles in this category: its `id` or `slug` from `/v1/categories`, a breadcrumb label at any level (`Politik`) or a path from the root (`Nachrichten/Politik`). Case and umlaut spelling do not matter (`aussenpolitik` finds "Außenpolitik"). Several values: `a,b` (or the parameter repeated) means all of them, `a|b` any of them; `a|b,c` is (a or b) and c.
                 * @example [
                 *       "politik"
                 *     ]
                 */
                category?: string[];
                /**
                 * @description Only articles with this tag; case and umlaut spelling do not matter (`verkehr` finds "Verkehr"). Several values: `a,b` (or the parameter repeated) means all of them, `a|b` any of them; `a|b,c` is (a or b) and c.
                 * @example [
                 *       "Nordkorea"
                 *     ]
                 */
                tag?: string[];
                /**
                 * @description Only articles in this language: a BCP 47 tag. Its primary language decides: `de-DE` and `de` both find articles in `de`, `de-DE` and `de-AT`. Use `|` for several: `de|en`.
                 * @example [
                 *       "de"
                 *     ]
                 */
                language?: string[];
                /**
                 * @description Only articles published at or after this instant. A timestamp needs its offset (`2024-03-01T06:00:00+01:00` or `Z`); a bare date means the start of that day in Europe/Berlin
                 * @example 2024-01-01
                 */
                since?: string;
                /**
                 * @description Only articles published before this instant. A bare date includes that whole day in Europe/Berlin (up to midnight in Berlin)
                 * @example 2024-12-31
                 */
                until?: string;
                /**
                 * @description Only articles that have a media item of this type
                 * @example video
                 */
                mediaType?: "video" | "image" | "audio";
                /**
                 * @description Comma-separated fields to return for each item; `id` always comes along. One of: id, slug, url, kicker, title, byline, teaser, language, breadcrumb, tags, kids, status, publishedAt, updatedAt, wordCount, readingTimeMinutes, sections, media. Naming `sections` or `media` includes them.
                 * @example title,teaser,media
                 */
                fields?: string;
                /**
                 * @description Sub-resources to inline in each item: `sections`, `media` or both
                 * @example media
                 */
                include?: string;
                /** @description `kids`: only articles made for children (`kids: true`) all of whose media are rated FSK 0 or 6 (or unrated and made for children), and only such media. A key created with `--profile kids` always reads so. */
                profile?: "kids";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of matching articles */
            200: {
                headers: {
                    Link: components["headers"]["Link"];
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "5wsg76t0af7tq119",
                     *           "slug": "wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *           "url": "https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *           "kicker": "Bilanz des Kim-Putin-Treffens",
                     *           "title": "Wenig Substanz, aber PR-Erfolg für Kim",
                     *           "byline": null,
                     *           "teaser": "Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.",
                     *           "language": "de",
                     *           "breadcrumb": [],
                     *           "tags": [],
                     *           "kids": false,
                     *           "status": "published",
                     *           "publishedAt": null,
                     *           "updatedAt": "2024-05-02T10:00:00.000Z",
                     *           "wordCount": 467,
                     *           "readingTimeMinutes": 3,
                     *           "snippet": "Fünf Stunden dauerten die <mark>Gespräche</mark> zwischen Russlands Präsident Wladimir Putin und Nordkoreas Machthaber Kim Jong Un in der russischen …",
                     *           "sectionPosition": 1
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["SearchResults"];
                };
            };
            /** @description The client's copy (named by `If-None-Match` or `If-Modified-Since`) is current */
            304: {
                headers: {
                    Link: components["headers"]["Link"];
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "query parameter 'q' must NOT have fewer than 1 characters",
                     *       "instance": "/v1/search",
                     *       "errors": [
                     *         {
                     *           "location": "querystring",
                     *           "pointer": "/q",
                     *           "message": "must NOT have fewer than 1 characters"
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Authorization header holds no valid key (leave it out to read anonymously) */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "The API key is not valid: unknown, revoked or malformed. Send \"Authorization: Bearer <key>\", or no Authorization header to read published content anonymously",
                     *       "instance": "/v1/search",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/search",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticleSections: {
        parameters: {
            query?: {
                /** @description `kids`: only articles made for children (`kids: true`) all of whose media are rated FSK 0 or 6 (or unrated and made for children), and only such media. A key created with `--profile kids` always reads so. */
                profile?: "kids";
            };
            header?: never;
            path: {
                /**
                 * @description Article id: 16 lowercase letters and digits
                 * @example 5wsg76t0af7tq119
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sections */
            200: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "position": 1,
                     *           "heading": null,
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Fünf Stunden dauerten die Gespräche zwischen Russlands Präsident Wladimir Putin und Nordkoreas Machthaber Kim Jong Un in der russischen Hafenstadt Wladiwostok - zunächst unter vier Augen und dann in großer Runde. Aufmerksam wurden sie dabei nicht nur in Moskau, sondern auch in Peking, Seoul und Washington verfolgt."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 2,
                     *           "heading": "Keine Erklärungen",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "\"Ja, wir sind mit den Ergebnissen der Gespräche zufrieden\", bilanzierte Putin vor russischen Medienvertretern. \"Wir haben sehr ausführlich verschiedene Seiten aller Fragen der Tagesordnung erörtert.\" Doch gemeinsame Dokumente oder Erklärungen gab es nach dem Treffen nicht. Hat das Gipfeltreffen damit also nichts gebracht?"
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Keineswegs, schließlich bemühte sich Moskau seit 2015 um eine Begegnung beider Staatsoberhäupter. Im Mittelpunkt des Treffens stand vor allem die Frage nach einer Denuklearisierung der Koreanischen Halbinsel. Pjöngjang hat dafür im Rahmen der entsprechenden russisch-chinesischen Road-Map von 2017 schon viel getan, zumal es selbst darin eine Möglichkeit zur Verringerung der Gefahr nuklearer Konflikte sieht."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 3,
                     *           "heading": "PR-Erfolg für Kim",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Doch um diese Politik fortzusetzen, sind Garantien für die Sicherheit Nordkoreas erforderlich, wie Kim Jong Un gegenüber seinem russischen Gastgeber betonte. Moskau hat dafür Verständnis und signalisierte Unterstützung, denn die Möglichkeiten für eine stärkere Einflussnahme auf Kim sind gering. Aber allein diese verbale Unterstützung ist ein PR-Erfolg für den 35-jährigen koreanischen Staatschef nach der Pleite vom 28. Februar, als US-Präsident Trump in Hanoi durch seine drastischen Forderungen die Abrüstungsgespräche in eine Sackgasse führte."
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Er kann nun auf Putin hoffen, der aus nordkoreanischer Sicht eine Art Vermittlerrolle spielen sollte und an Washington die Message überbringen könnte: Nur auf der Grundlage gegenseitigen Vertrauens und Achtung sowie der Respektierung der Interessen des anderen sind neue Verhandlungen real, und möglicherweise gar unter Berücksichtigung des 2005 zwischen den Vereinigten Staaten und Nordkorea abgeschlossenen Vertrages."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 4,
                     *           "heading": "Moskau will Vermittler sein",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Für Präsident Putin war der Gipfel von Wladiwostok kein symbolischer, denn er machte erneut deutlich: Moskau will sein über Jahrzehnte akkumuliertes politisches Kapital und Gewicht weiter aktiv nutzen und sieht sich als einen unersetzlichen Akteur bei der Lösung internationaler Probleme. Und nicht nur in Syrien, Afghanistan oder Venezuela, sondern auch auf der Koreanischen Halbinsel."
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "\"Überdies hat der Besuch von Kim Jong Un die Rolle Pekings hinsichtlich der koreanischen Angelegenheiten in gewisser Weise ausbalanciert\", wie der außenpolitische Sprecher des russischen Föderationsrates Konstantin Kosatschjow konstatierte, \"und die Meinungen widerlegt, dass Russland in dieser Frage nur eine recht bescheidene Rolle spielt.\""
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 5,
                     *           "heading": "Nichts Greifbares",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Unter dem Strich ist bei dem Treffen zwischen Kim und Putin substantiell nichts Greifbares erreicht worden. Das von beiden Seiten deklarierte Bestreben nach Erweiterung des Handels scheitert an den eingeschränkten Möglichkeiten der nordkoreanischen Wirtschaft und den bestehenden internationalen Sanktionen."
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Die Fragen nach den Arbeitskräften aus Nordkorea oder zu gemeinsamen transkoreanischen Vorhaben wie der Bau einer Gas- und einer Ölpipeline sind noch weit von einer Realisierung entfernt. Doch gerade diese könnten das Fundament für mehr Vertrauen zwischen Pjöngjang und Seoul und überhaupt in der asiatisch-pazifischen Region bilden."
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SectionList"];
                };
            };
            /** @description The client's copy (named by `If-None-Match` or `If-Modified-Since`) is current */
            304: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "path parameter 'id' must match pattern \"^[0-9a-z]{16}$\"",
                     *       "instance": "/v1/articles/abc/sections",
                     *       "errors": [
                     *         {
                     *           "location": "params",
                     *           "pointer": "/id",
                     *           "message": "must match pattern \"^[0-9a-z]{16}$\""
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Authorization header holds no valid key (leave it out to read anonymously) */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "The API key is not valid: unknown, revoked or malformed. Send \"Authorization: Bearer <key>\", or no Authorization header to read published content anonymously",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/sections",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No published article has this id */
            404: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "detail": "No article with id '0000000000000000'",
                     *       "instance": "/v1/articles/0000000000000000/sections",
                     *       "code": "CONTENT_ERR_NOT_FOUND"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is far longer than any valid value */
            414: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/uri-too-long",
                     *       "title": "URI too long",
                     *       "status": 414,
                     *       "detail": "'/v1/articles/aaaa…/sections' is exceeding the max param length",
                     *       "instance": "/v1/articles/aaaa…/sections",
                     *       "code": "CONTENT_ERR_URI_TOO_LONG"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/sections",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticleSection: {
        parameters: {
            query?: {
                /** @description `kids`: only articles made for children (`kids: true`) all of whose media are rated FSK 0 or 6 (or unrated and made for children), and only such media. A key created with `--profile kids` always reads so. */
                profile?: "kids";
            };
            header?: never;
            path: {
                /**
                 * @description Article id: 16 lowercase letters and digits
                 * @example 5wsg76t0af7tq119
                 */
                id: string;
                /**
                 * @description 1-based position of the section
                 * @example 2
                 */
                position: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The section */
            200: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "position": 2,
                     *       "heading": "Keine Erklärungen",
                     *       "blocks": [
                     *         {
                     *           "type": "paragraph",
                     *           "text": "\"Ja, wir sind mit den Ergebnissen der Gespräche zufrieden\", bilanzierte Putin vor russischen Medienvertretern. \"Wir haben sehr ausführlich verschiedene Seiten aller Fragen der Tagesordnung erörtert.\" Doch gemeinsame Dokumente oder Erklärungen gab es nach dem Treffen nicht. Hat das Gipfeltreffen damit also nichts gebracht?"
                     *         },
                     *         {
                     *           "type": "paragraph",
                     *           "text": "Keineswegs, schließlich bemühte sich Moskau seit 2015 um eine Begegnung beider Staatsoberhäupter. Im Mittelpunkt des Treffens stand vor allem die Frage nach einer Denuklearisierung der Koreanischen Halbinsel. Pjöngjang hat dafür im Rahmen der entsprechenden russisch-chinesischen Road-Map von 2017 schon viel getan, zumal es selbst darin eine Möglichkeit zur Verringerung der Gefahr nuklearer Konflikte sieht."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Section"];
                };
            };
            /** @description The client's copy (named by `If-None-Match` or `If-Modified-Since`) is current */
            304: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "path parameter 'position' must be >= 1",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/sections/0",
                     *       "errors": [
                     *         {
                     *           "location": "params",
                     *           "pointer": "/position",
                     *           "message": "must be >= 1"
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Authorization header holds no valid key (leave it out to read anonymously) */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "The API key is not valid: unknown, revoked or malformed. Send \"Authorization: Bearer <key>\", or no Authorization header to read published content anonymously",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/sections/2",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No published article has this id, or it has no section at this position */
            404: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "detail": "Article '5wsg76t0af7tq119' has no section 9",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/sections/9",
                     *       "code": "CONTENT_ERR_NOT_FOUND"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is far longer than any valid value */
            414: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/uri-too-long",
                     *       "title": "URI too long",
                     *       "status": 414,
                     *       "detail": "'/v1/articles/aaaa…/sections/1' is exceeding the max param length",
                     *       "instance": "/v1/articles/aaaa…/sections/1",
                     *       "code": "CONTENT_ERR_URI_TOO_LONG"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/sections/2",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticleMedia: {
        parameters: {
            query?: {
                /** @description `kids`: only articles made for children (`kids: true`) all of whose media are rated FSK 0 or 6 (or unrated and made for children), and only such media. A key created with `--profile kids` always reads so. */
                profile?: "kids";
            };
            header?: never;
            path: {
                /**
                 * @description Article id: 16 lowercase letters and digits
                 * @example 5wsg76t0af7tq119
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The media */
            200: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "4nzspnn649g3g8h8",
                     *           "type": "video",
                     *           "title": null,
                     *           "caption": "Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok getroffen. Im Atomstreit konnte jedoch keine Einigung erzielt werden.",
                     *           "durationSeconds": 60,
                     *           "duration": "PT1M",
                     *           "credit": null,
                     *           "copyright": null,
                     *           "termsOfUseUrl": null,
                     *           "embeddable": true,
                     *           "syndicatable": true,
                     *           "date": null,
                     *           "availableFrom": null,
                     *           "availableUntil": null,
                     *           "allowedRegions": [],
                     *           "ageRating": null,
                     *           "kids": false,
                     *           "renditions": [],
                     *           "thumbnails": [],
                     *           "subtitles": [],
                     *           "playable": true,
                     *           "reason": null,
                     *           "playableFrom": null,
                     *           "embed": {
                     *             "url": "https://www.example.org/embed/4nzspnn649g3g8h8",
                     *             "html": "<iframe src=\"https://www.example.org/embed/4nzspnn649g3g8h8\" width=\"640\" height=\"360\" title=\"Video: Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok …\" style=\"border:0\" allow=\"autoplay; fullscreen; picture-in-picture\" allowfullscreen></iframe>",
                     *             "width": 640,
                     *             "height": 360
                     *           },
                     *           "role": "lead"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ArticleMediaList"];
                };
            };
            /** @description The client's copy (named by `If-None-Match` or `If-Modified-Since`) is current */
            304: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "path parameter 'id' must match pattern \"^[0-9a-z]{16}$\"",
                     *       "instance": "/v1/articles/abc/media",
                     *       "errors": [
                     *         {
                     *           "location": "params",
                     *           "pointer": "/id",
                     *           "message": "must match pattern \"^[0-9a-z]{16}$\""
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Authorization header holds no valid key (leave it out to read anonymously) */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "The API key is not valid: unknown, revoked or malformed. Send \"Authorization: Bearer <key>\", or no Authorization header to read published content anonymously",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/media",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No published article has this id */
            404: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "detail": "No article with id '0000000000000000'",
                     *       "instance": "/v1/articles/0000000000000000/media",
                     *       "code": "CONTENT_ERR_NOT_FOUND"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is far longer than any valid value */
            414: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/uri-too-long",
                     *       "title": "URI too long",
                     *       "status": 414,
                     *       "detail": "'/v1/articles/aaaa…/media' is exceeding the max param length",
                     *       "instance": "/v1/articles/aaaa…/media",
                     *       "code": "CONTENT_ERR_URI_TOO_LONG"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/media",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMedia: {
        parameters: {
            query?: {
                /** @description `kids`: only articles made for children (`kids: true`) all of whose media are rated FSK 0 or 6 (or unrated and made for children), and only such media. A key created with `--profile kids` always reads so. */
                profile?: "kids";
            };
            header?: never;
            path: {
                /**
                 * @description Media id: 16 lowercase letters and digits
                 * @example 4nzspnn649g3g8h8
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The media item */
            200: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "4nzspnn649g3g8h8",
                     *       "type": "video",
                     *       "title": null,
                     *       "caption": "Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok getroffen. Im Atomstreit konnte jedoch keine Einigung erzielt werden.",
                     *       "durationSeconds": 60,
                     *       "duration": "PT1M",
                     *       "credit": null,
                     *       "copyright": null,
                     *       "termsOfUseUrl": null,
                     *       "embeddable": true,
                     *       "syndicatable": true,
                     *       "date": null,
                     *       "availableFrom": null,
                     *       "availableUntil": null,
                     *       "allowedRegions": [],
                     *       "ageRating": null,
                     *       "kids": false,
                     *       "renditions": [],
                     *       "thumbnails": [],
                     *       "subtitles": [],
                     *       "playable": true,
                     *       "reason": null,
                     *       "playableFrom": null,
                     *       "embed": {
                     *         "url": "https://www.example.org/embed/4nzspnn649g3g8h8",
                     *         "html": "<iframe src=\"https://www.example.org/embed/4nzspnn649g3g8h8\" width=\"640\" height=\"360\" title=\"Video: Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok …\" style=\"border:0\" allow=\"autoplay; fullscreen; picture-in-picture\" allowfullscreen></iframe>",
                     *         "width": 640,
                     *         "height": 360
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Media"];
                };
            };
            /** @description The client's copy is current */
            304: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "path parameter 'id' must match pattern \"^[0-9a-z]{16}$\"",
                     *       "instance": "/v1/media/abc",
                     *       "errors": [
                     *         {
                     *           "location": "params",
                     *           "pointer": "/id",
                     *           "message": "must match pattern \"^[0-9a-z]{16}$\""
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Authorization header holds no valid key (leave it out to read anonymously) */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "The API key is not valid: unknown, revoked or malformed. Send \"Authorization: Bearer <key>\", or no Authorization header to read published content anonymously",
                     *       "instance": "/v1/media/4nzspnn649g3g8h8",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No media item with this id is shown by a published article */
            404: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "detail": "No media with id '0000000000000000'",
                     *       "instance": "/v1/media/0000000000000000",
                     *       "code": "CONTENT_ERR_NOT_FOUND"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is far longer than any valid value */
            414: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/uri-too-long",
                     *       "title": "URI too long",
                     *       "status": 414,
                     *       "detail": "'/v1/media/aaaa…' is exceeding the max param length",
                     *       "instance": "/v1/media/aaaa…",
                     *       "code": "CONTENT_ERR_URI_TOO_LONG"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/media/4nzspnn649g3g8h8",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Media id: 16 lowercase letters and digits
                 * @example 4nzspnn649g3g8h8
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediaUpsert"];
            };
        };
        responses: {
            /** @description The media item as stored; `ETag` is its new version */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "4nzspnn649g3g8h8",
                     *       "type": "image",
                     *       "title": "Rheinufer",
                     *       "caption": "Das Rheinufer in Köln",
                     *       "durationSeconds": null,
                     *       "duration": null,
                     *       "credit": "Foto: Redaktion",
                     *       "copyright": null,
                     *       "termsOfUseUrl": null,
                     *       "embeddable": true,
                     *       "syndicatable": true,
                     *       "date": null,
                     *       "availableFrom": null,
                     *       "availableUntil": null,
                     *       "allowedRegions": [],
                     *       "ageRating": null,
                     *       "kids": false,
                     *       "renditions": [
                     *         {
                     *           "url": "https://media.example.org/rhein.jpg",
                     *           "mimeType": "image/jpeg",
                     *           "width": 1600,
                     *           "height": 900,
                     *           "bitrate": null,
                     *           "codec": null,
                     *           "language": null
                     *         }
                     *       ],
                     *       "thumbnails": [],
                     *       "subtitles": [],
                     *       "playable": true,
                     *       "reason": null,
                     *       "playableFrom": null,
                     *       "embed": null
                     *     }
                     */
                    "application/json": components["schemas"]["Media"];
                };
            };
            /** @description The body is not a valid media item */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "body field '/type' is required",
                     *       "instance": "/v1/media",
                     *       "errors": [
                     *         {
                     *           "location": "body",
                     *           "pointer": "/type",
                     *           "message": "is required"
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "This needs an API key with the content:write scope: send \"Authorization: Bearer <key>\"",
                     *       "instance": "/v1/media",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the content:write scope */
            403: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed for this key",
                     *       "status": 403,
                     *       "detail": "The key 'partner-feed' lacks the content:write scope this needs",
                     *       "instance": "/v1/media",
                     *       "code": "CONTENT_ERR_FORBIDDEN"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No media item has this id */
            404: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "detail": "No media with id '0000000000000000'",
                     *       "instance": "/v1/media/0000000000000000",
                     *       "code": "CONTENT_ERR_NOT_FOUND"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The media item changed since the ETag in If-Match */
            412: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "The resource has changed",
                     *       "status": 412,
                     *       "detail": "It has changed since that ETag was issued",
                     *       "instance": "/v1/media/4nzspnn649g3g8h8",
                     *       "code": "CONTENT_ERR_PRECONDITION_FAILED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/body-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/v1/media",
                     *       "code": "CONTENT_ERR_BODY_TOO_LARGE"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type 'text/plain' is not accepted here; send application/json",
                     *       "instance": "/v1/media",
                     *       "code": "CONTENT_ERR_UNSUPPORTED_MEDIA_TYPE"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match required",
                     *       "status": 428,
                     *       "detail": "Send If-Match with the ETag from GET /v1/media/4nzspnn649g3g8h8",
                     *       "instance": "/v1/media/4nzspnn649g3g8h8",
                     *       "code": "CONTENT_ERR_PRECONDITION_REQUIRED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/media/4nzspnn649g3g8h8",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with other writes; nothing was changed. Retry after `Retry-After` seconds */
            503: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/busy",
                     *       "title": "Database busy",
                     *       "status": 503,
                     *       "detail": "The database is busy with other writes and nothing was changed; retry in 1 second",
                     *       "instance": "/v1/media",
                     *       "code": "CONTENT_ERR_BUSY"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOEmbed: {
        parameters: {
            query: {
                /**
                 * @description An article's public URL (`PUBLIC_BASE_URL/articles/{slug}`: its lead video, else its first video), a media item's URL (`PUBLIC_API_URL/v1/media/{id}`) or a player URL (`PLAYER_BASE_URL/{id}`). Query string and fragment are ignored; http and https are the same.
                 * @example https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim
                 */
                url: string;
                /**
                 * @description Largest width the consumer can show; the player is scaled down keeping its aspect ratio
                 * @example 480
                 */
                maxwidth?: number;
                /**
                 * @description Largest height the consumer can show
                 * @example 270
                 */
                maxheight?: number;
                /**
                 * @description Only `json` is offered; anything else (`xml`) is a 501
                 * @example json
                 */
                format?: string;
                /** @description `kids`: only articles made for children (`kids: true`) all of whose media are rated FSK 0 or 6 (or unrated and made for children), and only such media. A key created with `--profile kids` always reads so. */
                profile?: "kids";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The oEmbed response */
            200: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "video",
                     *       "version": "1.0",
                     *       "title": "Wenig Substanz, aber PR-Erfolg für Kim",
                     *       "provider_name": "beitrag",
                     *       "provider_url": "https://www.example.org/",
                     *       "cache_age": 60,
                     *       "html": "<iframe src=\"https://www.example.org/embed/4nzspnn649g3g8h8\" width=\"480\" height=\"270\" title=\"Video: Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok getroffen. Im …\" style=\"border:0\" allow=\"autoplay; fullscreen; picture-in-picture\" allowfullscreen></iframe>",
                     *       "width": 480,
                     *       "height": 270
                     *     }
                     */
                    "application/json": components["schemas"]["OEmbed"];
                };
            };
            /** @description The client's copy (named by `If-None-Match` or `If-Modified-Since`) is current */
            304: {
                headers: {
                    "Surrogate-Key": components["headers"]["Surrogate-Key"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "query parameter 'url' must have required property 'url'",
                     *       "instance": "/v1/oembed",
                     *       "errors": [
                     *         {
                     *           "location": "querystring",
                     *           "pointer": "/url",
                     *           "message": "must have required property 'url'"
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Authorization header holds no valid key (leave it out to read anonymously) */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "The API key is not valid: unknown, revoked or malformed. Send \"Authorization: Bearer <key>\", or no Authorization header to read published content anonymously",
                     *       "instance": "/v1/oembed",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL names nothing this API publishes: another site, an unknown or unpublished article, an unknown media item */
            404: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "detail": "No published article or media item has the URL 'https://www.example.org/articles/kein-artikel'",
                     *       "instance": "/v1/oembed",
                     *       "code": "CONTENT_ERR_NOT_FOUND"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/oembed",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A format other than json was asked for */
            501: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-implemented",
                     *       "title": "Format not implemented",
                     *       "status": 501,
                     *       "detail": "format 'xml' is not offered; oEmbed answers come as json",
                     *       "instance": "/v1/oembed",
                     *       "code": "CONTENT_ERR_NOT_IMPLEMENTED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticleRevisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Article id: 16 lowercase letters and digits
                 * @example 5wsg76t0af7tq119
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revisions */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "version": 2,
                     *           "status": "published",
                     *           "createdAt": "2024-05-03T08:00:00.000Z",
                     *           "by": {
                     *             "keyId": "k3y1d0000000abcd",
                     *             "keyName": "cms-redaktion"
                     *           }
                     *         },
                     *         {
                     *           "version": 1,
                     *           "status": "published",
                     *           "createdAt": "2024-05-02T10:00:00.000Z",
                     *           "by": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RevisionList"];
                };
            };
            /** @description The client's copy (named by `If-None-Match` or `If-Modified-Since`) is current */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "path parameter 'id' must match pattern \"^[0-9a-z]{16}$\"",
                     *       "instance": "/v1/articles/abc/revisions",
                     *       "errors": [
                     *         {
                     *           "location": "params",
                     *           "pointer": "/id",
                     *           "message": "must match pattern \"^[0-9a-z]{16}$\""
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "This needs an API key with the content:preview scope: send \"Authorization: Bearer <key>\"",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/revisions",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the content:preview scope */
            403: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed for this key",
                     *       "status": 403,
                     *       "detail": "The key 'partner-feed' lacks the content:preview scope this needs",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/revisions",
                     *       "code": "CONTENT_ERR_FORBIDDEN"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such article or revision */
            404: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "detail": "No article with id '0000000000000000'",
                     *       "instance": "/v1/articles/0000000000000000/revisions",
                     *       "code": "CONTENT_ERR_NOT_FOUND"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/revisions",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArticleRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Article id
                 * @example 5wsg76t0af7tq119
                 */
                id: string;
                /**
                 * @description Revision (article version) number
                 * @example 1
                 */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revision */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": 1,
                     *       "status": "published",
                     *       "createdAt": "2024-05-02T10:00:00.000Z",
                     *       "by": null,
                     *       "article": {
                     *         "slug": "wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *         "kicker": "Bilanz des Kim-Putin-Treffens",
                     *         "title": "Wenig Substanz, aber PR-Erfolg für Kim",
                     *         "teaser": "Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.",
                     *         "language": "de",
                     *         "breadcrumb": [],
                     *         "tags": [],
                     *         "status": "published",
                     *         "publishedAt": null,
                     *         "sections": [
                     *           {
                     *             "heading": null,
                     *             "blocks": [
                     *               {
                     *                 "type": "paragraph",
                     *                 "text": "Fünf Stunden dauerten die Gespräche zwischen Russlands Präsident Wladimir Putin und Nordkoreas Machthaber Kim Jong Un in der russischen Hafenstadt Wladiwostok - zunächst unter vier Augen und dann in großer Runde. Aufmerksam wurden sie dabei nicht nur in Moskau, sondern auch in Peking, Seoul und Washington verfolgt."
                     *               }
                     *             ]
                     *           },
                     *           {
                     *             "heading": "Keine Erklärungen",
                     *             "blocks": [
                     *               {
                     *                 "type": "paragraph",
                     *                 "text": "\"Ja, wir sind mit den Ergebnissen der Gespräche zufrieden\", bilanzierte Putin vor russischen Medienvertretern. \"Wir haben sehr ausführlich verschiedene Seiten aller Fragen der Tagesordnung erörtert.\" Doch gemeinsame Dokumente oder Erklärungen gab es nach dem Treffen nicht. Hat das Gipfeltreffen damit also nichts gebracht?"
                     *               },
                     *               {
                     *                 "type": "paragraph",
                     *                 "text": "Keineswegs, schließlich bemühte sich Moskau seit 2015 um eine Begegnung beider Staatsoberhäupter. Im Mittelpunkt des Treffens stand vor allem die Frage nach einer Denuklearisierung der Koreanischen Halbinsel. Pjöngjang hat dafür im Rahmen der entsprechenden russisch-chinesischen Road-Map von 2017 schon viel getan, zumal es selbst darin eine Möglichkeit zur Verringerung der Gefahr nuklearer Konflikte sieht."
                     *               }
                     *             ]
                     *           },
                     *           {
                     *             "heading": "PR-Erfolg für Kim",
                     *             "blocks": [
                     *               {
                     *                 "type": "paragraph",
                     *                 "text": "Doch um diese Politik fortzusetzen, sind Garantien für die Sicherheit Nordkoreas erforderlich, wie Kim Jong Un gegenüber seinem russischen Gastgeber betonte. Moskau hat dafür Verständnis und signalisierte Unterstützung, denn die Möglichkeiten für eine stärkere Einflussnahme auf Kim sind gering. Aber allein diese verbale Unterstützung ist ein PR-Erfolg für den 35-jährigen koreanischen Staatschef nach der Pleite vom 28. Februar, als US-Präsident Trump in Hanoi durch seine drastischen Forderungen die Abrüstungsgespräche in eine Sackgasse führte."
                     *               },
                     *               {
                     *                 "type": "paragraph",
                     *                 "text": "Er kann nun auf Putin hoffen, der aus nordkoreanischer Sicht eine Art Vermittlerrolle spielen sollte und an Washington die Message überbringen könnte: Nur auf der Grundlage gegenseitigen Vertrauens und Achtung sowie der Respektierung der Interessen des anderen sind neue Verhandlungen real, und möglicherweise gar unter Berücksichtigung des 2005 zwischen den Vereinigten Staaten und Nordkorea abgeschlossenen Vertrages."
                     *               }
                     *             ]
                     *           },
                     *           {
                     *             "heading": "Moskau will Vermittler sein",
                     *             "blocks": [
                     *               {
                     *                 "type": "paragraph",
                     *                 "text": "Für Präsident Putin war der Gipfel von Wladiwostok kein symbolischer, denn er machte erneut deutlich: Moskau will sein über Jahrzehnte akkumuliertes politisches Kapital und Gewicht weiter aktiv nutzen und sieht sich als einen unersetzlichen Akteur bei der Lösung internationaler Probleme. Und nicht nur in Syrien, Afghanistan oder Venezuela, sondern auch auf der Koreanischen Halbinsel."
                     *               },
                     *               {
                     *                 "type": "paragraph",
                     *                 "text": "\"Überdies hat der Besuch von Kim Jong Un die Rolle Pekings hinsichtlich der koreanischen Angelegenheiten in gewisser Weise ausbalanciert\", wie der außenpolitische Sprecher des russischen Föderationsrates Konstantin Kosatschjow konstatierte, \"und die Meinungen widerlegt, dass Russland in dieser Frage nur eine recht bescheidene Rolle spielt.\""
                     *               }
                     *             ]
                     *           },
                     *           {
                     *             "heading": "Nichts Greifbares",
                     *             "blocks": [
                     *               {
                     *                 "type": "paragraph",
                     *                 "text": "Unter dem Strich ist bei dem Treffen zwischen Kim und Putin substantiell nichts Greifbares erreicht worden. Das von beiden Seiten deklarierte Bestreben nach Erweiterung des Handels scheitert an den eingeschränkten Möglichkeiten der nordkoreanischen Wirtschaft und den bestehenden internationalen Sanktionen."
                     *               },
                     *               {
                     *                 "type": "paragraph",
                     *                 "text": "Die Fragen nach den Arbeitskräften aus Nordkorea oder zu gemeinsamen transkoreanischen Vorhaben wie der Bau einer Gas- und einer Ölpipeline sind noch weit von einer Realisierung entfernt. Doch gerade diese könnten das Fundament für mehr Vertrauen zwischen Pjöngjang und Seoul und überhaupt in der asiatisch-pazifischen Region bilden."
                     *               }
                     *             ]
                     *           }
                     *         ],
                     *         "kids": false,
                     *         "media": [
                     *           {
                     *             "id": "4nzspnn649g3g8h8",
                     *             "type": "video",
                     *             "title": null,
                     *             "caption": "Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok getroffen. Im Atomstreit konnte jedoch keine Einigung erzielt werden.",
                     *             "durationSeconds": 60,
                     *             "credit": null,
                     *             "copyright": null,
                     *             "termsOfUseUrl": null,
                     *             "embeddable": true,
                     *             "syndicatable": true,
                     *             "date": null,
                     *             "availableFrom": null,
                     *             "availableUntil": null,
                     *             "allowedRegions": [],
                     *             "ageRating": null,
                     *             "kids": false,
                     *             "renditions": [],
                     *             "thumbnails": [],
                     *             "subtitles": [],
                     *             "role": "lead"
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Revision"];
                };
            };
            /** @description The client's copy (named by `If-None-Match` or `If-Modified-Since`) is current */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "path parameter 'id' must match pattern \"^[0-9a-z]{16}$\"",
                     *       "instance": "/v1/articles/abc/revisions/1",
                     *       "errors": [
                     *         {
                     *           "location": "params",
                     *           "pointer": "/id",
                     *           "message": "must match pattern \"^[0-9a-z]{16}$\""
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "This needs an API key with the content:preview scope: send \"Authorization: Bearer <key>\"",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/revisions/1",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the content:preview scope */
            403: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed for this key",
                     *       "status": 403,
                     *       "detail": "The key 'partner-feed' lacks the content:preview scope this needs",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/revisions/1",
                     *       "code": "CONTENT_ERR_FORBIDDEN"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such article or revision */
            404: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "detail": "Article '0000000000000000' has no revision 9",
                     *       "instance": "/v1/articles/0000000000000000/revisions/9",
                     *       "code": "CONTENT_ERR_NOT_FOUND"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/revisions/1",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreArticleRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Article id
                 * @example 5wsg76t0af7tq119
                 */
                id: string;
                /**
                 * @description Revision (article version) number
                 * @example 1
                 */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article as restored; `ETag` is its new version */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5wsg76t0af7tq119",
                     *       "slug": "wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *       "url": "https://www.example.org/articles/wenig-substanz-aber-pr-erfolg-fuer-kim",
                     *       "kicker": "Bilanz des Kim-Putin-Treffens",
                     *       "title": "Wenig Substanz, aber PR-Erfolg für Kim",
                     *       "byline": null,
                     *       "teaser": "Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.",
                     *       "language": "de",
                     *       "breadcrumb": [],
                     *       "tags": [],
                     *       "kids": false,
                     *       "status": "published",
                     *       "publishedAt": null,
                     *       "updatedAt": "2024-05-02T10:00:00.000Z",
                     *       "wordCount": 467,
                     *       "readingTimeMinutes": 3,
                     *       "createdAt": "2024-05-02T10:00:00.000Z",
                     *       "version": 1,
                     *       "source": null,
                     *       "corrections": [],
                     *       "sections": [
                     *         {
                     *           "position": 1,
                     *           "heading": null,
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Fünf Stunden dauerten die Gespräche zwischen Russlands Präsident Wladimir Putin und Nordkoreas Machthaber Kim Jong Un in der russischen Hafenstadt Wladiwostok - zunächst unter vier Augen und dann in großer Runde. Aufmerksam wurden sie dabei nicht nur in Moskau, sondern auch in Peking, Seoul und Washington verfolgt."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 2,
                     *           "heading": "Keine Erklärungen",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "\"Ja, wir sind mit den Ergebnissen der Gespräche zufrieden\", bilanzierte Putin vor russischen Medienvertretern. \"Wir haben sehr ausführlich verschiedene Seiten aller Fragen der Tagesordnung erörtert.\" Doch gemeinsame Dokumente oder Erklärungen gab es nach dem Treffen nicht. Hat das Gipfeltreffen damit also nichts gebracht?"
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Keineswegs, schließlich bemühte sich Moskau seit 2015 um eine Begegnung beider Staatsoberhäupter. Im Mittelpunkt des Treffens stand vor allem die Frage nach einer Denuklearisierung der Koreanischen Halbinsel. Pjöngjang hat dafür im Rahmen der entsprechenden russisch-chinesischen Road-Map von 2017 schon viel getan, zumal es selbst darin eine Möglichkeit zur Verringerung der Gefahr nuklearer Konflikte sieht."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 3,
                     *           "heading": "PR-Erfolg für Kim",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Doch um diese Politik fortzusetzen, sind Garantien für die Sicherheit Nordkoreas erforderlich, wie Kim Jong Un gegenüber seinem russischen Gastgeber betonte. Moskau hat dafür Verständnis und signalisierte Unterstützung, denn die Möglichkeiten für eine stärkere Einflussnahme auf Kim sind gering. Aber allein diese verbale Unterstützung ist ein PR-Erfolg für den 35-jährigen koreanischen Staatschef nach der Pleite vom 28. Februar, als US-Präsident Trump in Hanoi durch seine drastischen Forderungen die Abrüstungsgespräche in eine Sackgasse führte."
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Er kann nun auf Putin hoffen, der aus nordkoreanischer Sicht eine Art Vermittlerrolle spielen sollte und an Washington die Message überbringen könnte: Nur auf der Grundlage gegenseitigen Vertrauens und Achtung sowie der Respektierung der Interessen des anderen sind neue Verhandlungen real, und möglicherweise gar unter Berücksichtigung des 2005 zwischen den Vereinigten Staaten und Nordkorea abgeschlossenen Vertrages."
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 4,
                     *           "heading": "Moskau will Vermittler sein",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Für Präsident Putin war der Gipfel von Wladiwostok kein symbolischer, denn er machte erneut deutlich: Moskau will sein über Jahrzehnte akkumuliertes politisches Kapital und Gewicht weiter aktiv nutzen und sieht sich als einen unersetzlichen Akteur bei der Lösung internationaler Probleme. Und nicht nur in Syrien, Afghanistan oder Venezuela, sondern auch auf der Koreanischen Halbinsel."
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "\"Überdies hat der Besuch von Kim Jong Un die Rolle Pekings hinsichtlich der koreanischen Angelegenheiten in gewisser Weise ausbalanciert\", wie der außenpolitische Sprecher des russischen Föderationsrates Konstantin Kosatschjow konstatierte, \"und die Meinungen widerlegt, dass Russland in dieser Frage nur eine recht bescheidene Rolle spielt.\""
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "position": 5,
                     *           "heading": "Nichts Greifbares",
                     *           "blocks": [
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Unter dem Strich ist bei dem Treffen zwischen Kim und Putin substantiell nichts Greifbares erreicht worden. Das von beiden Seiten deklarierte Bestreben nach Erweiterung des Handels scheitert an den eingeschränkten Möglichkeiten der nordkoreanischen Wirtschaft und den bestehenden internationalen Sanktionen."
                     *             },
                     *             {
                     *               "type": "paragraph",
                     *               "text": "Die Fragen nach den Arbeitskräften aus Nordkorea oder zu gemeinsamen transkoreanischen Vorhaben wie der Bau einer Gas- und einer Ölpipeline sind noch weit von einer Realisierung entfernt. Doch gerade diese könnten das Fundament für mehr Vertrauen zwischen Pjöngjang und Seoul und überhaupt in der asiatisch-pazifischen Region bilden."
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "media": [
                     *         {
                     *           "id": "4nzspnn649g3g8h8",
                     *           "type": "video",
                     *           "title": null,
                     *           "caption": "Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok getroffen. Im Atomstreit konnte jedoch keine Einigung erzielt werden.",
                     *           "durationSeconds": 60,
                     *           "duration": "PT1M",
                     *           "credit": null,
                     *           "copyright": null,
                     *           "termsOfUseUrl": null,
                     *           "embeddable": true,
                     *           "syndicatable": true,
                     *           "date": null,
                     *           "availableFrom": null,
                     *           "availableUntil": null,
                     *           "allowedRegions": [],
                     *           "ageRating": null,
                     *           "kids": false,
                     *           "renditions": [],
                     *           "thumbnails": [],
                     *           "subtitles": [],
                     *           "playable": true,
                     *           "reason": null,
                     *           "playableFrom": null,
                     *           "embed": {
                     *             "url": "https://www.example.org/embed/4nzspnn649g3g8h8",
                     *             "html": "<iframe src=\"https://www.example.org/embed/4nzspnn649g3g8h8\" width=\"640\" height=\"360\" title=\"Video: Russlands Präsident Putin und Nordkoreas Machthaber Kim Jong Un haben sich erstmals in Wladiwostok …\" style=\"border:0\" allow=\"autoplay; fullscreen; picture-in-picture\" allowfullscreen></iframe>",
                     *             "width": 640,
                     *             "height": 360
                     *           },
                     *           "role": "lead"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Article"];
                };
            };
            /** @description Restored; the article is not public and the key lacks the content:preview scope to read it, so there is no body. `ETag` is its new version */
            204: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "path parameter 'id' must match pattern \"^[0-9a-z]{16}$\"",
                     *       "instance": "/v1/articles/abc/revisions/1/restore",
                     *       "errors": [
                     *         {
                     *           "location": "params",
                     *           "pointer": "/id",
                     *           "message": "must match pattern \"^[0-9a-z]{16}$\""
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "This needs an API key with the content:write scope: send \"Authorization: Bearer <key>\"",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/revisions/1/restore",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the content:write scope */
            403: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed for this key",
                     *       "status": 403,
                     *       "detail": "The key 'partner-feed' lacks the content:write scope this needs",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/revisions/1/restore",
                     *       "code": "CONTENT_ERR_FORBIDDEN"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such article or revision */
            404: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "detail": "Article '0000000000000000' has no revision 9",
                     *       "instance": "/v1/articles/0000000000000000/revisions/9/restore",
                     *       "code": "CONTENT_ERR_NOT_FOUND"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The article changed since the ETag in If-Match */
            412: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-failed",
                     *       "title": "The resource has changed",
                     *       "status": 412,
                     *       "detail": "It has changed since that ETag was issued",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/revisions/1/restore",
                     *       "code": "CONTENT_ERR_PRECONDITION_FAILED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is missing */
            428: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/precondition-required",
                     *       "title": "If-Match required",
                     *       "status": 428,
                     *       "detail": "Send If-Match with the ETag from GET /v1/articles/5wsg76t0af7tq119, so a concurrent change is not overwritten",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/revisions/1/restore",
                     *       "code": "CONTENT_ERR_PRECONDITION_REQUIRED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/revisions/1/restore",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with other writes; nothing was changed. Retry after `Retry-After` seconds */
            503: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/busy",
                     *       "title": "Database busy",
                     *       "status": 503,
                     *       "detail": "The database is busy with other writes and nothing was changed; retry in 1 second",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/revisions/1/restore",
                     *       "code": "CONTENT_ERR_BUSY"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArticleEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Article id: 16 lowercase letters and digits
                 * @example 5wsg76t0af7tq119
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "seq": 1,
                     *           "type": "created",
                     *           "version": 1,
                     *           "at": "2024-05-02T10:00:00.000Z",
                     *           "by": null,
                     *           "changes": [
                     *             "title",
                     *             "sections"
                     *           ]
                     *         },
                     *         {
                     *           "seq": 7,
                     *           "type": "updated",
                     *           "version": 2,
                     *           "at": "2024-05-03T08:00:00.000Z",
                     *           "by": {
                     *             "keyId": "k3y1d0000000abcd",
                     *             "keyName": "cms-redaktion"
                     *           },
                     *           "changes": [
                     *             "title"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ArticleEventList"];
                };
            };
            /** @description The client's copy (named by `If-None-Match` or `If-Modified-Since`) is current */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "path parameter 'id' must match pattern \"^[0-9a-z]{16}$\"",
                     *       "instance": "/v1/articles/abc/events",
                     *       "errors": [
                     *         {
                     *           "location": "params",
                     *           "pointer": "/id",
                     *           "message": "must match pattern \"^[0-9a-z]{16}$\""
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "This needs an API key with the content:preview scope: send \"Authorization: Bearer <key>\"",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/events",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the content:preview scope */
            403: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed for this key",
                     *       "status": 403,
                     *       "detail": "The key 'partner-feed' lacks the content:preview scope this needs",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/events",
                     *       "code": "CONTENT_ERR_FORBIDDEN"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such article or revision */
            404: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "detail": "No article with id '0000000000000000'",
                     *       "instance": "/v1/articles/0000000000000000/events",
                     *       "code": "CONTENT_ERR_NOT_FOUND"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/articles/5wsg76t0af7tq119/events",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMedia: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MediaUpsert"];
            };
        };
        responses: {
            /** @description The new media item; `Location` is its URL, `ETag` its version */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "4nzspnn649g3g8h8",
                     *       "type": "image",
                     *       "title": "Rheinufer",
                     *       "caption": "Das Rheinufer in Köln",
                     *       "durationSeconds": null,
                     *       "duration": null,
                     *       "credit": "Foto: Redaktion",
                     *       "copyright": null,
                     *       "termsOfUseUrl": null,
                     *       "embeddable": true,
                     *       "syndicatable": true,
                     *       "date": null,
                     *       "availableFrom": null,
                     *       "availableUntil": null,
                     *       "allowedRegions": [],
                     *       "ageRating": null,
                     *       "kids": false,
                     *       "renditions": [
                     *         {
                     *           "url": "https://media.example.org/rhein.jpg",
                     *           "mimeType": "image/jpeg",
                     *           "width": 1600,
                     *           "height": 900,
                     *           "bitrate": null,
                     *           "codec": null,
                     *           "language": null
                     *         }
                     *       ],
                     *       "thumbnails": [],
                     *       "subtitles": [],
                     *       "playable": true,
                     *       "reason": null,
                     *       "playableFrom": null,
                     *       "embed": null
                     *     }
                     */
                    "application/json": components["schemas"]["Media"];
                };
            };
            /** @description The body is not a valid media item */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "body field '/type' is required",
                     *       "instance": "/v1/media",
                     *       "errors": [
                     *         {
                     *           "location": "body",
                     *           "pointer": "/type",
                     *           "message": "is required"
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "This needs an API key with the content:write scope: send \"Authorization: Bearer <key>\"",
                     *       "instance": "/v1/media",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the content:write scope */
            403: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed for this key",
                     *       "status": 403,
                     *       "detail": "The key 'partner-feed' lacks the content:write scope this needs",
                     *       "instance": "/v1/media",
                     *       "code": "CONTENT_ERR_FORBIDDEN"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/body-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/v1/media",
                     *       "code": "CONTENT_ERR_BODY_TOO_LARGE"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type 'text/plain' is not accepted here; send application/json",
                     *       "instance": "/v1/media",
                     *       "code": "CONTENT_ERR_UNSUPPORTED_MEDIA_TYPE"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/media",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with other writes; nothing was changed. Retry after `Retry-After` seconds */
            503: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/busy",
                     *       "title": "Database busy",
                     *       "status": 503,
                     *       "detail": "The database is busy with other writes and nothing was changed; retry in 1 second",
                     *       "instance": "/v1/media",
                     *       "code": "CONTENT_ERR_BUSY"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importDocument: {
        parameters: {
            query?: {
                /**
                 * @description A stable name for a document without a canonical URL (a file name, an agency id); no control characters
                 * @example agentur-2024-0311-17.txt
                 */
                source?: string;
                /**
                 * @description The state a new article is created in. A re-import never changes the state editors gave the article
                 * @example draft
                 */
                status?: "draft" | "published";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/plain": string;
                "text/html": string;
                "application/json": {
                    /** @description The document's identifier */
                    uri: string;
                } & {
                    [key: string]: unknown;
                };
                "application/ninjs+json": {
                    /** @description The document's identifier */
                    uri: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description An article this source created before, updated or unchanged */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "source": "https://www.example.org/nachrichten/bahnstreik-100.html",
                     *       "articleId": "m3q1c8r5x0v2b7n4",
                     *       "slug": "bahnstreik-legt-fernverkehr-lahm",
                     *       "format": "html",
                     *       "outcome": "updated",
                     *       "found": {
                     *         "title": "Bahnstreik legt Fernverkehr lahm",
                     *         "kicker": true,
                     *         "teaser": true,
                     *         "byline": true,
                     *         "publishedAt": true,
                     *         "sections": 2,
                     *         "paragraphs": 4,
                     *         "media": 2
                     *       },
                     *       "warnings": [],
                     *       "conflicts": []
                     *     }
                     */
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            /** @description A new article */
            201: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "source": "https://www.example.org/nachrichten/bahnstreik-100.html",
                     *       "articleId": "m3q1c8r5x0v2b7n4",
                     *       "slug": "bahnstreik-legt-fernverkehr-lahm",
                     *       "format": "html",
                     *       "outcome": "created",
                     *       "found": {
                     *         "title": "Bahnstreik legt Fernverkehr lahm",
                     *         "kicker": true,
                     *         "teaser": true,
                     *         "byline": true,
                     *         "publishedAt": true,
                     *         "sections": 2,
                     *         "paragraphs": 4,
                     *         "media": 2
                     *       },
                     *       "warnings": [],
                     *       "conflicts": []
                     *     }
                     */
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            /** @description No article can be made from the document; the detail says why */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-an-article",
                     *       "title": "No article found in the document",
                     *       "status": 400,
                     *       "detail": "request body: not an article: no body paragraphs found after the title",
                     *       "instance": "/v1/imports",
                     *       "code": "CONTENT_ERR_NOT_AN_ARTICLE"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "This needs an API key with the content:write scope: send \"Authorization: Bearer <key>\"",
                     *       "instance": "/v1/imports",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the content:write scope */
            403: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed for this key",
                     *       "status": 403,
                     *       "detail": "The key 'partner-feed' lacks the content:write scope this needs",
                     *       "instance": "/v1/imports",
                     *       "code": "CONTENT_ERR_FORBIDDEN"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The document is larger than 5 MiB */
            413: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/body-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/v1/imports",
                     *       "code": "CONTENT_ERR_BODY_TOO_LARGE"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not text, HTML or JSON */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Unsupported Media Type",
                     *       "instance": "/v1/imports",
                     *       "code": "CONTENT_ERR_UNSUPPORTED_MEDIA_TYPE"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/imports",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy with other writes; nothing was changed. Retry after `Retry-After` seconds */
            503: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/busy",
                     *       "title": "Database busy",
                     *       "status": 503,
                     *       "detail": "The database is busy with other writes and nothing was changed; retry in 1 second",
                     *       "instance": "/v1/imports",
                     *       "code": "CONTENT_ERR_BUSY"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                /**
                 * @description The `nextCursor` of the previous page, as every list in this API is paged. Omit it to start from the very beginning, which rebuilds a whole mirror
                 * @example WyJjaGFuZ2VzLnB1YmxpYyIsNDJd
                 */
                cursor?: string;
                /** @description Deprecated: the old name of `cursor`, which lists and search use. It keeps working until 2027-06-01; answers to it carry `Deprecation` and `Sunset` headers. */
                since?: string;
                /**
                 * @description Changes per page
                 * @example 100
                 */
                limit?: number;
                /**
                 * @description Default false. true: the answer has `total`, how many items the whole list holds (every page): `{ "value": 1234, "exact": true }`. Counted exactly up to 10,000; above that `exact` is false and `value` an estimate. Keep paging with `cursor`.
                 * @example true
                 */
                count?: boolean;
                /**
                 * @description `public`: changes to what anonymous readers see, for mirrors (partner, content:preview or admin scope). `all`: every event, drafts included (content:preview scope). A cursor belongs to its view
                 * @example public
                 */
                view?: "public" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of changes */
            200: {
                headers: {
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "type": "published",
                     *           "articleId": "5wsg76t0af7tq119",
                     *           "at": "2024-05-02T10:00:00.000Z",
                     *           "version": 1
                     *         },
                     *         {
                     *           "type": "updated",
                     *           "articleId": "5wsg76t0af7tq119",
                     *           "at": "2024-05-03T08:00:00.000Z",
                     *           "version": 2
                     *         },
                     *         {
                     *           "type": "publication_reached",
                     *           "articleId": "7k2m9q4r8t1v3x5z",
                     *           "at": "2024-05-03T09:00:00.000Z",
                     *           "version": 4
                     *         },
                     *         {
                     *           "type": "deleted",
                     *           "articleId": "3c8f1h6j2n4p7r9t",
                     *           "at": "2024-05-03T11:30:00.000Z",
                     *           "version": 5
                     *         }
                     *       ],
                     *       "nextCursor": "WyJjaGFuZ2VzLnB1YmxpYyIsNDJd"
                     *     }
                     */
                    "application/json": components["schemas"]["ChangeList"];
                };
            };
            /** @description Nothing happened since the page named by `If-None-Match` */
            304: {
                headers: {
                    Link: components["headers"]["Link"];
                    Deprecation: components["headers"]["Deprecation"];
                    Sunset: components["headers"]["Sunset"];
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "query parameter 'limit' must be <= 1000",
                     *       "instance": "/v1/changes",
                     *       "errors": [
                     *         {
                     *           "location": "querystring",
                     *           "pointer": "/limit",
                     *           "message": "must be <= 1000"
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "This needs an API key with the partner or content:preview scope: send \"Authorization: Bearer <key>\"",
                     *       "instance": "/v1/changes",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key may not read the feed, or not this view */
            403: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed for this key",
                     *       "status": 403,
                     *       "detail": "The key 'cms-redaktion' has none of the scopes this needs: partner or content:preview",
                     *       "instance": "/v1/changes",
                     *       "code": "CONTENT_ERR_FORBIDDEN"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/changes",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoints */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "wh00k1d000000001",
                     *           "url": "https://partner.example.org/hooks/beitrag",
                     *           "events": [
                     *             "published",
                     *             "publication_reached",
                     *             "updated",
                     *             "unpublished",
                     *             "deleted"
                     *           ],
                     *           "description": "Redaktionssystem der Partnerzeitung, Büro Köln",
                     *           "active": true,
                     *           "owner": {
                     *             "keyId": "k3y1d0000000abcd",
                     *             "keyName": "partner-feed"
                     *           },
                     *           "createdAt": "2024-05-02T10:00:00.000Z",
                     *           "updatedAt": "2024-05-02T10:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            /** @description The client's copy (named by `If-None-Match` or `If-Modified-Since`) is current */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No API key, or one that is not valid */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "This needs an API key with the partner scope: send \"Authorization: Bearer <key>\"",
                     *       "instance": "/v1/webhooks",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the partner scope */
            403: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed for this key",
                     *       "status": 403,
                     *       "detail": "The key 'content:preview' lacks the partner scope this needs",
                     *       "instance": "/v1/webhooks",
                     *       "code": "CONTENT_ERR_FORBIDDEN"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/webhooks",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            /** @description The endpoint and its signing secret; `Location` is its URL */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wh00k1d000000001",
                     *       "url": "https://partner.example.org/hooks/beitrag",
                     *       "events": [
                     *         "published",
                     *         "publication_reached",
                     *         "updated",
                     *         "unpublished",
                     *         "deleted"
                     *       ],
                     *       "description": "Redaktionssystem der Partnerzeitung, Büro Köln",
                     *       "active": true,
                     *       "owner": {
                     *         "keyId": "k3y1d0000000abcd",
                     *         "keyName": "partner-feed"
                     *       },
                     *       "createdAt": "2024-05-02T10:00:00.000Z",
                     *       "updatedAt": "2024-05-02T10:00:00.000Z",
                     *       "secret": "whsec_q8Jx3n0c2V9k6s1Hh7Lw4tR5yB2mZ0aP9eD3fG6jK1o"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookCreated"];
                };
            };
            /** @description The body is not a valid webhook; `errors` points at each problem */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "body field '/url' must reach a public address: its host is, or resolves to, a loopback, private or link-local address, or does not resolve",
                     *       "instance": "/v1/webhooks",
                     *       "errors": [
                     *         {
                     *           "location": "body",
                     *           "pointer": "/url",
                     *           "message": "must reach a public address: its host is, or resolves to, a loopback, private or link-local address, or does not resolve"
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "This needs an API key with the partner scope: send \"Authorization: Bearer <key>\"",
                     *       "instance": "/v1/webhooks",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the partner scope */
            403: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed for this key",
                     *       "status": 403,
                     *       "detail": "The key 'content:preview' lacks the partner scope this needs",
                     *       "instance": "/v1/webhooks",
                     *       "code": "CONTENT_ERR_FORBIDDEN"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/body-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/v1/webhooks",
                     *       "code": "CONTENT_ERR_BODY_TOO_LARGE"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type 'text/plain' is not accepted here; send application/json",
                     *       "instance": "/v1/webhooks",
                     *       "code": "CONTENT_ERR_UNSUPPORTED_MEDIA_TYPE"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/webhooks",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Webhook id
                 * @example wh00k1d000000001
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wh00k1d000000001",
                     *       "url": "https://partner.example.org/hooks/beitrag",
                     *       "events": [
                     *         "published",
                     *         "publication_reached",
                     *         "updated",
                     *         "unpublished",
                     *         "deleted"
                     *       ],
                     *       "description": "Redaktionssystem der Partnerzeitung, Büro Köln",
                     *       "active": true,
                     *       "owner": {
                     *         "keyId": "k3y1d0000000abcd",
                     *         "keyName": "partner-feed"
                     *       },
                     *       "createdAt": "2024-05-02T10:00:00.000Z",
                     *       "updatedAt": "2024-05-02T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description The client's copy (named by `If-None-Match` or `If-Modified-Since`) is current */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "path parameter 'id' must match pattern \"^[0-9a-z]{16}$\"",
                     *       "instance": "/v1/webhooks/abc",
                     *       "errors": [
                     *         {
                     *           "location": "params",
                     *           "pointer": "/id",
                     *           "message": "must match pattern \"^[0-9a-z]{16}$\""
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "This needs an API key with the partner scope: send \"Authorization: Bearer <key>\"",
                     *       "instance": "/v1/webhooks/wh00k1d000000001",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the partner scope */
            403: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed for this key",
                     *       "status": 403,
                     *       "detail": "The key 'content:preview' lacks the partner scope this needs",
                     *       "instance": "/v1/webhooks/wh00k1d000000001",
                     *       "code": "CONTENT_ERR_FORBIDDEN"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such webhook (or one another key registered) */
            404: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "detail": "No webhook with id '0000000000000000'",
                     *       "instance": "/v1/webhooks/0000000000000000",
                     *       "code": "CONTENT_ERR_NOT_FOUND"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/webhooks/wh00k1d000000001",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Webhook id
                 * @example wh00k1d000000001
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "path parameter 'id' must match pattern \"^[0-9a-z]{16}$\"",
                     *       "instance": "/v1/webhooks/abc",
                     *       "errors": [
                     *         {
                     *           "location": "params",
                     *           "pointer": "/id",
                     *           "message": "must match pattern \"^[0-9a-z]{16}$\""
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "This needs an API key with the partner scope: send \"Authorization: Bearer <key>\"",
                     *       "instance": "/v1/webhooks/wh00k1d000000001",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the partner scope */
            403: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed for this key",
                     *       "status": 403,
                     *       "detail": "The key 'content:preview' lacks the partner scope this needs",
                     *       "instance": "/v1/webhooks/wh00k1d000000001",
                     *       "code": "CONTENT_ERR_FORBIDDEN"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such webhook (or one another key registered) */
            404: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "detail": "No webhook with id '0000000000000000'",
                     *       "instance": "/v1/webhooks/0000000000000000",
                     *       "code": "CONTENT_ERR_NOT_FOUND"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/webhooks/wh00k1d000000001",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Webhook id
                 * @example wh00k1d000000001
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["WebhookUpdate"];
                "application/json": components["schemas"]["WebhookUpdate"];
            };
        };
        responses: {
            /** @description The endpoint as changed */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wh00k1d000000001",
                     *       "url": "https://partner.example.org/hooks/beitrag",
                     *       "events": [
                     *         "published",
                     *         "publication_reached",
                     *         "updated",
                     *         "unpublished",
                     *         "deleted"
                     *       ],
                     *       "description": "Redaktionssystem der Partnerzeitung, Büro Köln",
                     *       "active": false,
                     *       "owner": {
                     *         "keyId": "k3y1d0000000abcd",
                     *         "keyName": "partner-feed"
                     *       },
                     *       "createdAt": "2024-05-02T10:00:00.000Z",
                     *       "updatedAt": "2024-05-02T10:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description The body is not a valid change; `errors` points at each problem */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "body field '/url' must reach a public address: its host is, or resolves to, a loopback, private or link-local address, or does not resolve",
                     *       "instance": "/v1/webhooks",
                     *       "errors": [
                     *         {
                     *           "location": "body",
                     *           "pointer": "/url",
                     *           "message": "must reach a public address: its host is, or resolves to, a loopback, private or link-local address, or does not resolve"
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "This needs an API key with the partner scope: send \"Authorization: Bearer <key>\"",
                     *       "instance": "/v1/webhooks/wh00k1d000000001",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the partner scope */
            403: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed for this key",
                     *       "status": 403,
                     *       "detail": "The key 'content:preview' lacks the partner scope this needs",
                     *       "instance": "/v1/webhooks/wh00k1d000000001",
                     *       "code": "CONTENT_ERR_FORBIDDEN"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such webhook (or one another key registered) */
            404: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "detail": "No webhook with id '0000000000000000'",
                     *       "instance": "/v1/webhooks/0000000000000000",
                     *       "code": "CONTENT_ERR_NOT_FOUND"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 1 MiB */
            413: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/body-too-large",
                     *       "title": "Request body too large",
                     *       "status": 413,
                     *       "detail": "Request body is too large",
                     *       "instance": "/v1/webhooks/wh00k1d000000001",
                     *       "code": "CONTENT_ERR_BODY_TOO_LARGE"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not application/merge-patch+json or application/json */
            415: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Content-Type 'text/plain' is not accepted here; send application/merge-patch+json or application/json",
                     *       "instance": "/v1/webhooks/wh00k1d000000001",
                     *       "code": "CONTENT_ERR_UNSUPPORTED_MEDIA_TYPE"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/webhooks/wh00k1d000000001",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /**
                 * @description Deliveries per page
                 * @example 20
                 */
                limit?: number;
                /** @description The `nextCursor` of the previous page */
                cursor?: string;
                /**
                 * @description Default false. true: the answer has `total`, how many items the whole list holds (every page): `{ "value": 1234, "exact": true }`. Counted exactly up to 10,000; above that `exact` is false and `value` an estimate. Keep paging with `cursor`.
                 * @example true
                 */
                count?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description Webhook id
                 * @example wh00k1d000000001
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "d3l1v3ry00000001",
                     *           "event": "published",
                     *           "articleId": "5wsg76t0af7tq119",
                     *           "status": "delivered",
                     *           "createdAt": "2024-05-02T10:00:00.000Z",
                     *           "nextAttemptAt": null,
                     *           "completedAt": "2024-05-02T10:00:31.150Z",
                     *           "payload": {
                     *             "deliveryId": "d3l1v3ry00000001",
                     *             "webhookId": "wh00k1d000000001",
                     *             "type": "published",
                     *             "articleId": "5wsg76t0af7tq119",
                     *             "at": "2024-05-02T10:00:00.000Z",
                     *             "version": 1,
                     *             "article": "https://api.example.org/v1/articles/5wsg76t0af7tq119"
                     *           },
                     *           "attempts": [
                     *             {
                     *               "attempt": 1,
                     *               "startedAt": "2024-05-02T10:00:00.100Z",
                     *               "durationMs": 87,
                     *               "statusCode": 500,
                     *               "error": "HTTP 500"
                     *             },
                     *             {
                     *               "attempt": 2,
                     *               "startedAt": "2024-05-02T10:00:31.080Z",
                     *               "durationMs": 70,
                     *               "statusCode": 204,
                     *               "error": null
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            /** @description The client's copy (named by `If-None-Match` or `If-Modified-Since`) is current */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "path parameter 'id' must match pattern \"^[0-9a-z]{16}$\"",
                     *       "instance": "/v1/webhooks/abc/deliveries",
                     *       "errors": [
                     *         {
                     *           "location": "params",
                     *           "pointer": "/id",
                     *           "message": "must match pattern \"^[0-9a-z]{16}$\""
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "This needs an API key with the partner scope: send \"Authorization: Bearer <key>\"",
                     *       "instance": "/v1/webhooks/wh00k1d000000001/deliveries",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the partner scope */
            403: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed for this key",
                     *       "status": 403,
                     *       "detail": "The key 'content:preview' lacks the partner scope this needs",
                     *       "instance": "/v1/webhooks/wh00k1d000000001/deliveries",
                     *       "code": "CONTENT_ERR_FORBIDDEN"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such webhook (or one another key registered) */
            404: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "detail": "No webhook with id '0000000000000000'",
                     *       "instance": "/v1/webhooks/0000000000000000/deliveries",
                     *       "code": "CONTENT_ERR_NOT_FOUND"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/webhooks/wh00k1d000000001/deliveries",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Webhook id
                 * @example wh00k1d000000001
                 */
                id: string;
                /**
                 * @description Delivery id (the `Beitrag-Delivery-Id` header)
                 * @example d3l1v3ry00000001
                 */
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, due again */
            202: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "d3l1v3ry00000001",
                     *       "event": "published",
                     *       "articleId": "5wsg76t0af7tq119",
                     *       "status": "pending",
                     *       "createdAt": "2024-05-02T10:00:00.000Z",
                     *       "nextAttemptAt": "2024-05-03T09:00:00.000Z",
                     *       "completedAt": null,
                     *       "payload": {
                     *         "deliveryId": "d3l1v3ry00000001",
                     *         "webhookId": "wh00k1d000000001",
                     *         "type": "published",
                     *         "articleId": "5wsg76t0af7tq119",
                     *         "at": "2024-05-02T10:00:00.000Z",
                     *         "version": 1,
                     *         "article": "https://api.example.org/v1/articles/5wsg76t0af7tq119"
                     *       },
                     *       "attempts": [
                     *         {
                     *           "attempt": 1,
                     *           "startedAt": "2024-05-02T10:00:00.100Z",
                     *           "durationMs": 87,
                     *           "statusCode": 500,
                     *           "error": "HTTP 500"
                     *         },
                     *         {
                     *           "attempt": 2,
                     *           "startedAt": "2024-05-02T10:00:31.080Z",
                     *           "durationMs": 70,
                     *           "statusCode": 204,
                     *           "error": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/validation",
                     *       "title": "Invalid request",
                     *       "status": 400,
                     *       "detail": "path parameter 'deliveryId' must match pattern \"^[0-9a-z]{16}$\"",
                     *       "instance": "/v1/webhooks/wh00k1d000000001/deliveries/abc/redeliver",
                     *       "errors": [
                     *         {
                     *           "location": "params",
                     *           "pointer": "/deliveryId",
                     *           "message": "must match pattern \"^[0-9a-z]{16}$\""
                     *         }
                     *       ],
                     *       "code": "CONTENT_ERR_VALIDATION"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or one that is not valid */
            401: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/unauthorized",
                     *       "title": "Authentication required",
                     *       "status": 401,
                     *       "detail": "This needs an API key with the partner scope: send \"Authorization: Bearer <key>\"",
                     *       "instance": "/v1/webhooks/wh00k1d000000001/deliveries/d3l1v3ry00000001/redeliver",
                     *       "code": "CONTENT_ERR_UNAUTHORIZED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The key lacks the partner scope */
            403: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/forbidden",
                     *       "title": "Not allowed for this key",
                     *       "status": 403,
                     *       "detail": "The key 'content:preview' lacks the partner scope this needs",
                     *       "instance": "/v1/webhooks/wh00k1d000000001/deliveries/d3l1v3ry00000001/redeliver",
                     *       "code": "CONTENT_ERR_FORBIDDEN"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such webhook (or one another key registered) */
            404: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "title": "Resource not found",
                     *       "status": 404,
                     *       "detail": "Webhook 'wh00k1d000000001' has no delivery '0000000000000000'",
                     *       "instance": "/v1/webhooks/wh00k1d000000001/deliveries/0000000000000000/redeliver",
                     *       "code": "CONTENT_ERR_NOT_FOUND"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More requests in a minute than the caller's limit (per key, or per address when anonymous) */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/rate-limited",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "More than 600 requests in a minute; retry in 42 seconds",
                     *       "instance": "/v1/webhooks/wh00k1d000000001/deliveries/d3l1v3ry00000001/redeliver",
                     *       "code": "CONTENT_ERR_RATE_LIMITED"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
