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
         * @description Request counts and latency by route and status (`http_request_duration_seconds`), the database size (`beitrag_database_size_bytes`), cache hits and misses (`beitrag_cache_*`) and the Node.js process metrics, in the Prometheus text exposition format. Expose it to the monitoring network only.
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
         * @description The `type` of every problem+json error is a link to this route.
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
         * @description Published articles, newest first, as summaries. Page through them with `limit` and the `nextCursor` of each page; the `Link` header carries the next page's URL too.
         */
        get: operations["listArticles"];
        put?: never;
        post?: never;
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
         * @description The whole article: everything a page needs, in one call.
         */
        get: operations["getArticle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
         * @description Media attached to the article, the lead item first, each with its role on the page.
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
         * @description A media item that at least one published article shows.
         */
        get: operations["getMedia"];
        put?: never;
        post?: never;
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
        /** @description One playable or viewable file of a media item */
        Rendition: {
            /**
             * Format: uri
             * @description Where the rendition is served
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
        };
        /** @description A still image standing for a media item */
        Thumbnail: {
            /**
             * Format: uri
             * @description Where the image is served
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
        };
        /** @description A video, image or audio item */
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
             * Format: date-time
             * @description When the media was published or recorded, when the source says
             * @example null
             */
            date: string | null;
            /** @description Files to play or show; empty when none are known */
            renditions: components["schemas"]["Rendition"][];
            /** @description Still images for previews; empty when none are known */
            thumbnails: components["schemas"]["Thumbnail"][];
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
             * Format: date-time
             * @description When the media was published or recorded, when the source says
             * @example null
             */
            date: string | null;
            /** @description Files to play or show; empty when none are known */
            renditions: components["schemas"]["Rendition"][];
            /** @description Still images for previews; empty when none are known */
            thumbnails: components["schemas"]["Thumbnail"][];
            role: components["schemas"]["MediaRole"];
        };
        /** @description The media attached to an article */
        ArticleMediaList: {
            /** @description The article's media, lead first, in page order */
            items: components["schemas"]["ArticleMedia"][];
        };
        /** @description A paragraph of body text */
        ParagraphBlock: {
            /** @enum {string} */
            type: "paragraph";
            /**
             * @description Plain text of the paragraph
             * @example Fünf Stunden dauerten die Gespräche …
             */
            text: string;
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
        };
        /** @description A place in the body where a media item appears */
        MediaBlock: {
            /** @enum {string} */
            type: "media";
            /**
             * @description Id of a media item attached to the article
             * @example 4nzspnn649g3g8h8
             */
            mediaId: string;
        };
        /** @description One block of an article body; `type` tells which kind */
        Block: components["schemas"]["ParagraphBlock"] | components["schemas"]["QuoteBlock"] | components["schemas"]["MediaBlock"];
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
        /** @description The fields of an article a list shows */
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
             * @description Where the article was imported from; null for articles written through the API
             * @example 000_4cabe8527bb692bf.txt
             */
            source: string | null;
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
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type InvalidParam = components['schemas']['InvalidParam'];
export type Problem = components['schemas']['Problem'];
export type ProblemType = components['schemas']['ProblemType'];
export type Health = components['schemas']['Health'];
export type Readiness = components['schemas']['Readiness'];
export type MediaType = components['schemas']['MediaType'];
export type MediaRole = components['schemas']['MediaRole'];
export type Rendition = components['schemas']['Rendition'];
export type Thumbnail = components['schemas']['Thumbnail'];
export type Media = components['schemas']['Media'];
export type ArticleMedia = components['schemas']['ArticleMedia'];
export type ArticleMediaList = components['schemas']['ArticleMediaList'];
export type ParagraphBlock = components['schemas']['ParagraphBlock'];
export type QuoteBlock = components['schemas']['QuoteBlock'];
export type MediaBlock = components['schemas']['MediaBlock'];
export type Block = components['schemas']['Block'];
export type Section = components['schemas']['Section'];
export type SectionList = components['schemas']['SectionList'];
export type ArticleStatus = components['schemas']['ArticleStatus'];
export type ArticleSummary = components['schemas']['ArticleSummary'];
export type Article = components['schemas']['Article'];
export type ArticleList = components['schemas']['ArticleList'];
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
            /** @description The database does not answer */
            503: {
                headers: {
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
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "/problems/not-found",
                     *       "code": "CONTENT_ERR_NOT_FOUND",
                     *       "title": "Resource not found",
                     *       "status": 404
                     *     }
                     */
                    "application/json": components["schemas"]["ProblemType"];
                };
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
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
            /** @description No such problem type */
            404: {
                headers: {
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
        };
    };
    listArticles: {
        parameters: {
            query: {
                /** @description Items per page */
                limit: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
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
                     *           "teaser": "Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.",
                     *           "language": "de",
                     *           "breadcrumb": [],
                     *           "tags": [],
                     *           "status": "published",
                     *           "publishedAt": null,
                     *           "updatedAt": "2024-05-02T10:00:00.000Z",
                     *           "wordCount": 467,
                     *           "readingTimeMinutes": 3
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["ArticleList"];
                };
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
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
        };
    };
    getArticle: {
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
            /** @description The article */
            200: {
                headers: {
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
                     *       "teaser": "Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.",
                     *       "language": "de",
                     *       "breadcrumb": [],
                     *       "tags": [],
                     *       "status": "published",
                     *       "publishedAt": null,
                     *       "updatedAt": "2024-05-02T10:00:00.000Z",
                     *       "wordCount": 467,
                     *       "readingTimeMinutes": 3,
                     *       "createdAt": "2024-05-02T10:00:00.000Z",
                     *       "version": 1,
                     *       "source": "000_4cabe8527bb692bf.txt",
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
                     *           "date": null,
                     *           "renditions": [],
                     *           "thumbnails": [],
                     *           "role": "lead"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Article"];
                };
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
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
            /** @description No published article has this id or slug */
            404: {
                headers: {
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
            /** @description A path parameter is far longer than any valid value */
            414: {
                headers: {
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
        };
    };
    getArticleBySlug: {
        parameters: {
            query?: never;
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
            /** @description The article */
            200: {
                headers: {
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
                     *       "teaser": "Nordkoreas Machthaber Kim sucht die Nähe zu Moskau. Bei seinem Treffen mit Kremlchef Putin kam wenig Greifbares heraus. Doch dessen verbale Unterstützung ist ein PR-Erfolg für Kim.",
                     *       "language": "de",
                     *       "breadcrumb": [],
                     *       "tags": [],
                     *       "status": "published",
                     *       "publishedAt": null,
                     *       "updatedAt": "2024-05-02T10:00:00.000Z",
                     *       "wordCount": 467,
                     *       "readingTimeMinutes": 3,
                     *       "createdAt": "2024-05-02T10:00:00.000Z",
                     *       "version": 1,
                     *       "source": "000_4cabe8527bb692bf.txt",
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
                     *           "date": null,
                     *           "renditions": [],
                     *           "thumbnails": [],
                     *           "role": "lead"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Article"];
                };
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
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
            /** @description No published article has this id or slug */
            404: {
                headers: {
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
            /** @description A path parameter is far longer than any valid value */
            414: {
                headers: {
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
        };
    };
    listArticleSections: {
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
            /** @description The sections */
            200: {
                headers: {
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
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
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
            /** @description No published article has this id */
            404: {
                headers: {
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
        };
    };
    getArticleSection: {
        parameters: {
            query?: never;
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
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
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
            /** @description No published article has this id, or it has no section at this position */
            404: {
                headers: {
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
        };
    };
    listArticleMedia: {
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
            /** @description The media */
            200: {
                headers: {
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
                     *           "date": null,
                     *           "renditions": [],
                     *           "thumbnails": [],
                     *           "role": "lead"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ArticleMediaList"];
                };
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
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
            /** @description No published article has this id */
            404: {
                headers: {
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
        };
    };
    getMedia: {
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
        requestBody?: never;
        responses: {
            /** @description The media item */
            200: {
                headers: {
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
                     *       "date": null,
                     *       "renditions": [],
                     *       "thumbnails": []
                     *     }
                     */
                    "application/json": components["schemas"]["Media"];
                };
            };
            /** @description The request has an invalid value; `errors` lists each one */
            400: {
                headers: {
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
            /** @description No media item with this id is shown by a published article */
            404: {
                headers: {
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
        };
    };
}
