// Random editorial histories for the visibility tests: what an editor, an importer and time can do to articles, each
// written with unique marker words, and the oracle that says which markers anonymous readers may see.
import fc from 'fast-check'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'

/** Marker words: letters and digits only, so they are single tokens for search, slugs and URLs alike. */
export const MARKER = /qx\d+zv/g

export type Step =
  | { kind: 'create', status: 'draft' | 'published' | 'scheduled' | 'backdated', minutes: number, video: boolean }
  | { kind: 'edit', target: number, fields: number }
  | { kind: 'publish' | 'unpublish' | 'delete' | 'restore', target: number }
  | { kind: 'schedule', target: number, minutes: number }
  | { kind: 'import', source: number, minutes: number }
  | { kind: 'share', target: number, from: number }
  | { kind: 'window', target: number, fromMinutes: number, untilMinutes: number }
  | { kind: 'advance', minutes: number }

const target = fc.nat({ max: 7 })

export const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('create' as const), status: fc.constantFrom('draft' as const, 'published' as const, 'scheduled' as const, 'backdated' as const), minutes: fc.integer({ min: 1, max: 600 }), video: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('edit' as const), target, fields: fc.integer({ min: 1, max: 255 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('publish' as const, 'unpublish' as const, 'delete' as const, 'restore' as const), target }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('schedule' as const), target, minutes: fc.integer({ min: -600, max: 600 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('import' as const), source: fc.nat({ max: 2 }), minutes: fc.integer({ min: -600, max: 600 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('share' as const), target, from: target }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('window' as const), target, fromMinutes: fc.integer({ min: -120, max: 120 }), untilMinutes: fc.integer({ min: -60, max: 240 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('advance' as const), minutes: fc.integer({ min: 1, max: 3000 }) }) }
)

/** A clock the app reads, moved by the history. */
export class TestClock {
  #now: number
  constructor (start: string) {
    this.#now = Date.parse(start)
  }

  now = (): Date => new Date(this.#now)
  iso (): string {
    return new Date(this.#now).toISOString()
  }

  advance (minutes: number): void {
    this.#now += minutes * 60_000
  }

  at (minutes: number): string {
    return new Date(this.#now + minutes * 60_000).toISOString()
  }
}

/** Runs steps against the app through its HTTP API, as an editor, an importer and the passing of time would. */
export class History {
  /** Articles that were public at some probe: partners may have heard of them in the change feed. */
  readonly everPublic = new Set<string>()
  readonly ids: string[] = []
  readonly media: string[] = []
  #counter = 0
  constructor (readonly app: FastifyInstance, readonly clock: TestClock, readonly editor: { authorization: string }) {}

  /** How many markers the history has written so far: qx1zv … qx{written}zv. */
  get written (): number {
    return this.#counter
  }

  marker (): string {
    return `qx${++this.#counter}zv`
  }

  #words (n: number): string {
    return Array.from({ length: n }, () => this.marker()).join(' ')
  }

  #mediaItem (video: boolean, id?: string): Record<string, unknown> {
    return {
      ...(id === undefined ? {} : { id }),
      type: video ? 'video' : 'image',
      role: 'lead',
      title: `Medium ${this.marker()}`,
      caption: `Bildunterschrift ${this.#words(2)}`,
      credit: `Foto ${this.marker()}`,
      durationSeconds: video ? 60 : null,
      renditions: [{ url: `https://media.example.org/${this.marker()}.${video ? 'mp4' : 'jpg'}`, mimeType: video ? 'video/mp4' : 'image/jpeg', width: 640, height: 360 }],
      thumbnails: [{ url: `https://media.example.org/${this.marker()}-poster.jpg`, mimeType: 'image/jpeg', width: 320, height: 180, alt: `Vorschau ${this.marker()}` }]
    }
  }

  #article (status: string, publishedAt: string | null, video: boolean): Record<string, unknown> {
    return {
      title: `Bericht ${this.#words(2)} über Köln`,
      kicker: `Dachzeile ${this.marker()}`,
      teaser: `Vorspann mit Straße ${this.#words(2)}.`,
      byline: `Von ${this.marker()}`,
      breadcrumb: ['Nachrichten', `Rubrik${this.marker()}`],
      tags: [`Schlagwort${this.marker()}`, 'Köln'],
      status,
      ...(publishedAt === null ? {} : { publishedAt }),
      sections: [
        { heading: null, blocks: [{ type: 'paragraph', text: `Erster Absatz über Gespräche ${this.#words(3)} und mehr.` }] },
        { heading: `Zwischentitel ${this.marker()}`, blocks: [{ type: 'quote', text: `Zitat ${this.marker()}`, attribution: `Sprecherin ${this.marker()}` }, { type: 'paragraph', text: `Zweiter Absatz ${this.#words(2)}.` }] }
      ],
      media: [this.#mediaItem(video)]
    }
  }

  async #send (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown, contentType = 'application/json'): Promise<LightMyRequestResponse> {
    return await this.app.inject({
      method,
      url,
      headers: { ...this.editor, 'if-match': '*', ...(body === undefined ? {} : { 'content-type': contentType }) },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) })
    })
  }

  async #remember (response: LightMyRequestResponse): Promise<void> {
    if (response.statusCode !== 201) return
    const article = response.json() as { id: string, media: Array<{ id: string }> }
    this.ids.push(article.id)
    for (const item of article.media) if (!this.media.includes(item.id)) this.media.push(item.id)
  }

  #pick (index: number): string | undefined {
    return this.ids.length === 0 ? undefined : this.ids[index % this.ids.length]
  }

  async run (step: Step): Promise<void> {
    switch (step.kind) {
      case 'create': {
        const publishedAt = step.status === 'scheduled' ? this.clock.at(step.minutes) : step.status === 'backdated' ? this.clock.at(-step.minutes) : null
        const status = step.status === 'backdated' ? 'published' : step.status
        await this.#remember(await this.#send('POST', '/v1/articles', this.#article(status, publishedAt, step.video)))
        return
      }
      case 'edit': {
        const id = this.#pick(step.target)
        if (id === undefined) return
        const patch: Record<string, unknown> = {}
        if ((step.fields & 1) !== 0) patch.title = `Neu ${this.#words(2)}`
        if ((step.fields & 2) !== 0) patch.teaser = `Neuer Vorspann ${this.marker()}`
        if ((step.fields & 4) !== 0) patch.kicker = `Neue Dachzeile ${this.marker()}`
        if ((step.fields & 8) !== 0) patch.tags = [`Neuschlagwort${this.marker()}`]
        if ((step.fields & 16) !== 0) patch.breadcrumb = ['Nachrichten', `Neurubrik${this.marker()}`]
        if ((step.fields & 32) !== 0) patch.byline = `Von ${this.marker()}`
        if ((step.fields & 64) !== 0) patch.sections = [{ heading: `Kopf ${this.marker()}`, blocks: [{ type: 'paragraph', text: `Geänderter Absatz ${this.#words(2)}.` }] }]
        if ((step.fields & 128) !== 0) patch.media = [this.#mediaItem(false)]
        const response = await this.#send('PATCH', `/v1/articles/${id}`, patch, 'application/merge-patch+json')
        if (response.statusCode === 200) for (const item of (response.json() as { media?: Array<{ id: string }> }).media ?? []) if (!this.media.includes(item.id)) this.media.push(item.id)
        return
      }
      case 'publish':
      case 'unpublish': {
        const id = this.#pick(step.target)
        if (id !== undefined) await this.#send('PATCH', `/v1/articles/${id}`, { status: step.kind === 'publish' ? 'published' : 'unpublished', publishedAt: null }, 'application/merge-patch+json')
        return
      }
      case 'schedule': {
        const id = this.#pick(step.target)
        if (id !== undefined) await this.#send('PATCH', `/v1/articles/${id}`, { status: 'scheduled', publishedAt: this.clock.at(step.minutes) }, 'application/merge-patch+json')
        return
      }
      case 'delete': {
        const id = this.#pick(step.target)
        if (id !== undefined) await this.#send('DELETE', `/v1/articles/${id}`)
        return
      }
      case 'restore': {
        const id = this.#pick(step.target)
        if (id !== undefined) await this.#send('POST', `/v1/articles/${id}/revisions/1/restore`)
        return
      }
      case 'import': {
        const document = {
          uri: `urn:beitrag-test:quelle-${step.source}`,
          headline: `Agenturmeldung ${this.#words(2)}`,
          byline: `Agentur ${this.marker()}`,
          language: 'de',
          versioncreated: this.clock.at(step.minutes),
          body_text: `Erster Absatz ${this.#words(2)}.\n\nZweiter Absatz ${this.#words(2)}.`
        }
        const response = await this.app.inject({ method: 'POST', url: '/v1/imports', headers: { ...this.editor, 'content-type': 'application/json' }, payload: JSON.stringify(document) })
        if (response.statusCode === 201 || response.statusCode === 200) {
          const id = (response.json() as { articleId: string }).articleId
          if (!this.ids.includes(id)) this.ids.push(id)
        }
        return
      }
      case 'share': {
        const id = this.#pick(step.target)
        const from = this.#pick(step.from)
        if (id === undefined || from === undefined || id === from) return
        const read = await this.app.inject({ url: `/v1/articles/${from}/media`, headers: this.editor })
        const shared = read.statusCode === 200 ? (read.json() as { items: Array<{ id: string, type: string }> }).items[0] : undefined
        if (shared !== undefined) await this.#send('PATCH', `/v1/articles/${id}`, { media: [{ id: shared.id, type: shared.type, role: 'inline' }] }, 'application/merge-patch+json')
        return
      }
      case 'window': {
        const id = this.media.length === 0 ? undefined : this.media[step.target % this.media.length]
        if (id === undefined) return
        const { id: _id, role: _role, ...item } = this.#mediaItem(true)
        await this.#send('PUT', `/v1/media/${id}`, { ...item, availableFrom: this.clock.at(step.fromMinutes), availableUntil: this.clock.at(Math.max(step.untilMinutes, step.fromMinutes + 1)) })
        return
      }
      case 'advance':
        this.clock.advance(step.minutes)
    }
  }

  /**
   * The oracle, from the editors' own view of the database: which articles are public now, and the markers their
   * current content carries (the only ones an anonymous reader may see). Everything else this history wrote is hidden.
   */
  async publicState (): Promise<{ publicIds: Set<string>, allowed: Set<string>, slugs: string[] }> {
    const publicIds = new Set<string>()
    const allowed = new Set<string>()
    const slugs: string[] = []
    const now = this.clock.iso()
    for (const id of this.ids) {
      const response = await this.app.inject({ url: `/v1/articles/${id}`, headers: this.editor })
      if (response.statusCode !== 200) continue
      const article = response.json() as { slug: string, status: string, publishedAt: string | null }
      slugs.push(article.slug)
      const listed = article.status === 'published' || article.status === 'scheduled'
      if (!listed || (article.publishedAt ?? '') > now) continue
      publicIds.add(id)
      for (const marker of response.body.match(MARKER) ?? []) allowed.add(marker)
    }
    return { publicIds, allowed, slugs }
  }
}
