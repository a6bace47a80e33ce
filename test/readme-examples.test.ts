import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import ts from 'typescript'
import { committedSpec } from './contract.js'
import { ROOT } from './process.js'

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const EXAMPLES = ['examples/client.ts', 'examples/write.ts', 'examples/rich-text.ts'].map((file) => join(ROOT, file))

/** Type errors of the examples and of `extra` (file name → source, as if it were in examples/), as `tsc` reports them with the project's settings. */
function compile (extra: Record<string, string>): string[] {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (file) => ts.sys.readFile(file))
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT)
  const files = Object.fromEntries(Object.entries(extra).map(([name, source]) => [join(ROOT, 'examples', name), source]))
  const host = ts.createCompilerHost(options)
  const { getSourceFile, fileExists, readFile } = host
  host.getSourceFile = (name, language, ...rest) => {
    const source = files[name]
    return source === undefined ? getSourceFile.call(host, name, language, ...rest) : ts.createSourceFile(name, source, language)
  }
  host.fileExists = (name) => name in files || fileExists.call(host, name)
  host.readFile = (name) => files[name] ?? readFile.call(host, name)
  const program = ts.createProgram([...EXAMPLES, ...Object.keys(files)], options, host)
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file === undefined || diagnostic.start === undefined
      ? ''
      : `${diagnostic.file.fileName.replace(ROOT, '')}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1}: `
    return `${where}${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`
  })
}

/** The template of the spec's path that `path` is an instance of (`/v1/articles/{id}` is its own template). */
function templateOf (path: string): string | undefined {
  return Object.keys(committedSpec.paths).find((template) => template === path ||
    new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`).test(path))
}

/** Every JSON write of the README's curl examples: method, path template, content type and body. */
function curlWrites (): Array<{ method: string, template: string, type: string, body: string }> {
  const commands = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) => (block[1] ?? '').replace(/\\\n\s*/g, ' ').split('\n'))
  return commands.flatMap((command) => {
    const request = /curl .*-X (POST|PUT|PATCH) http:\/\/127\.0\.0\.1:3000(\/\S+)/.exec(command)
    const body = /-d '([^']*)'/.exec(command)
    const type = /-H 'Content-Type: ([^']+)'/i.exec(command)?.[1] ?? 'application/json'
    const template = request?.[2] === undefined ? undefined : templateOf(request[2])
    return request === null || body?.[1] === undefined || template === undefined || !type.endsWith('json') ? [] : [{ method: request[1] ?? '', template, type, body: body[1] }]
  })
}

const HEADER = `import createClient from 'openapi-fetch'
import type { paths } from '../openapi/openapi.js'

const client = createClient<paths>({ baseUrl: 'http://127.0.0.1:3000' })
`

t.test('the README\'s TypeScript examples are lines of the examples, and the examples compile', async (t) => {
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((block) => block[1] ?? '').filter((block) => block.includes('await client.'))
  t.ok(blocks.length >= 2, 'the README shows reading and writing with the typed client')
  const examples = EXAMPLES.map((file) => readFileSync(file, 'utf8').split('\n'))
  for (const block of blocks) {
    const lines = block.split('\n').filter((line) => line.trim() !== '')
    t.ok(examples.some((example) => lines.every((line) => example.includes(line))), `an example has every line of: ${lines[0]?.slice(0, 60) ?? ''} …`)
  }
  t.same(compile({}), [], 'examples/*.ts compile')
})

t.test('the typed client takes the bodies of the README\'s curl writes', async (t) => {
  const writes = curlWrites()
  t.ok(writes.some((write) => write.method === 'POST' && write.template === '/v1/articles'), 'the README POSTs an article')
  t.ok(writes.some((write) => write.method === 'PATCH' && write.type === 'application/merge-patch+json'), 'the README sends a merge patch')
  const calls = writes.map(({ method, template, body }) => {
    const names = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '')
    const params = names.length === 0 ? '' : `params: { path: { ${names.map((name) => `${name}: '5wsg76t0af7tq119'`).join(', ')} } }, `
    return `await client.${method}('${template}', { ${params}body: ${body} })`
  })
  t.same(compile({ 'readme-curl.ts': `${HEADER}\n${calls.join('\n')}\n` }), [], calls.join('\n'))
})

t.test('a misspelt or mistyped member of a write does not compile', async (t) => {
  // openapi-fetch infers the request it is given, so TypeScript checks the types of the members it knows but lets
  // unknown ones through; \`satisfies\` (as examples/write.ts shows) catches those too.
  const source = `${HEADER}import type { ArticleMergePatch, WebhookUpdate } from '../openapi/openapi.js'

// @ts-expect-error: the headline is \`title\`
await client.PATCH('/v1/articles/{id}', { params: { path: { id: 'x' } }, body: { titel: 'Neu' } satisfies ArticleMergePatch })
// @ts-expect-error: a status is one of the workflow states
await client.PATCH('/v1/articles/{id}', { params: { path: { id: 'x' } }, body: { status: 'live' } })
// @ts-expect-error: a teaser is text
await client.PATCH('/v1/articles/{id}', { params: { path: { id: 'x' } }, body: { teaser: 5 } })
// @ts-expect-error: a webhook is paused with a boolean
await client.PATCH('/v1/webhooks/{id}', { params: { path: { id: 'x' } }, body: { active: 'no' } })
// @ts-expect-error: \`activ\` is no member of a webhook
await client.PATCH('/v1/webhooks/{id}', { params: { path: { id: 'x' } }, body: { activ: false } satisfies WebhookUpdate })
// @ts-expect-error: an article needs a title
await client.POST('/v1/articles', { body: { status: 'draft' } })
await client.PATCH('/v1/articles/{id}', { params: { path: { id: 'x' } }, body: { teaser: null, tags: null, title: 'Neu' } satisfies ArticleMergePatch })
`
  // An unused @ts-expect-error is itself an error: each of the marked lines must fail to compile.
  t.same(compile({ 'typo.ts': source }), [])
})
