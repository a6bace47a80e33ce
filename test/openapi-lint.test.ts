import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { ROOT } from './process.js'

interface LintReport {
  totals: { errors: number, warnings: number, ignored: number }
  problems: Array<{ ruleId: string, severity: string, message: string, location: Array<{ pointer: string }> }>
}

const REDOCLY = join(ROOT, 'node_modules/@redocly/cli/bin/cli.js')

/** `redocly lint` with the committed redocly.yaml, as `npm run lint:spec` runs it; `file` defaults to the committed spec. */
async function lint (file?: string): Promise<LintReport> {
  const args = [REDOCLY, 'lint', '--format=json', ...(file === undefined ? [] : [file])]
  // The linter exits 1 when it finds errors; the report on standard output is what counts.
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }))
  return JSON.parse(stdout) as LintReport
}

function summary (report: LintReport): string {
  return report.problems.map((problem) => `${problem.severity} ${problem.ruleId} at ${problem.location[0]?.pointer ?? '?'}: ${problem.message}`).join('\n')
}

t.test('the committed spec passes redocly lint with no errors and no warnings', async (t) => {
  const report = await lint()
  t.equal(report.totals.errors, 0, 'no errors', { problems: summary(report) })
  t.equal(report.totals.warnings, 0, 'no warnings', { problems: summary(report) })
})

t.test('the lint rules catch an error response that is not a Problem, and a response without an example', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'beitrag-lint-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const spec = JSON.parse(readFileSync(join(ROOT, 'openapi/openapi.json'), 'utf8'))
  const responses = spec.paths['/v1/articles/{id}'].get.responses
  delete responses['200'].content['application/json'].example
  responses['404'].content = { 'application/json': responses['404'].content['application/problem+json'] }
  responses['400'].content['application/problem+json'].schema = { $ref: '#/components/schemas/Article' }
  const broken = join(dir, 'broken.json')
  writeFileSync(broken, JSON.stringify(spec))

  const report = await lint(broken)
  const found = report.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.ruleId).sort()
  t.same(found, ['rule/error-is-problem', 'rule/error-schema-is-problem', 'rule/response-example'], 'each rule reports its case', { problems: summary(report) })
})
