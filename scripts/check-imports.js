// Checks the import graph of src/: no cycles (type-only imports included, which import-x/no-cycle skips)
// and no imports that run up the layers. Run by `npm run lint`; exits 1 and names each offence.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const src = join(root, 'src')

/** Where each layer may not reach; paths relative to src/. Lower layers know nothing of the ones above. */
const RULES = [
  {
    from: 'schemas/',
    allow: (to) => to.startsWith('schemas/') || to.startsWith('lib/'),
    why: 'schemas/ is pure data: it may import only schemas/ and lib/'
  },
  {
    from: 'schemas/',
    allowBuiltin: false,
    why: 'schemas/ is pure data: no Node built-ins (no file reads)'
  },
  {
    from: 'lib/',
    allow: (to) => to.startsWith('lib/') || to.startsWith('schemas/') || to === 'errors.ts',
    why: 'lib/ holds plain helpers: it may import only lib/, schemas/ (data) and errors.ts'
  },
  {
    from: 'repositories/',
    allow: (to) => !/^(routes|plugins|cli|editorial)\/|^(app|server|openapi)\.ts$/.test(to),
    why: 'repositories/ may not import routes, plugins, services or the app'
  },
  {
    from: '',
    allow: (to, from) => !/^(routes|plugins)\//.test(to) || /^(routes|plugins|cli)\/|^(app|server|openapi|cluster)\.ts$/.test(from),
    why: 'only the app, the command line and other routes/plugins may import routes/ or plugins/'
  }
]

function walk (dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return walk(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

// Static, re-export, side-effect and dynamic imports; [^'"] keeps a match inside one statement.
const IMPORT = /^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm

/** The src/-relative files a file imports, and the Node built-ins it uses. */
function importsOf (file) {
  const text = readFileSync(file, 'utf8')
  const local = []
  const builtins = []
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2] ?? match[3]
    if (spec.startsWith('node:')) builtins.push(spec)
    else if (spec.startsWith('.')) local.push(relative(src, resolve(dirname(file), spec)).replace(/\.js$/, '.ts'))
  }
  return { local, builtins }
}

const files = walk(src).map((file) => relative(src, file)).sort()
const graph = new Map(files.map((file) => [file, importsOf(join(src, file))]))
const problems = []

for (const [from, { local, builtins }] of graph) {
  for (const rule of RULES) {
    if (!from.startsWith(rule.from)) continue
    if (rule.allowBuiltin === false) {
      for (const b of builtins) problems.push(`${from} imports ${b}: ${rule.why}`)
    }
    if (rule.allow) {
      for (const to of local) if (!rule.allow(to, from)) problems.push(`${from} imports ${to}: ${rule.why}`)
    }
  }
}

// Tarjan's strongly connected components: every component of more than one file is a cycle.
let index = 0
const stack = []
const state = new Map()
function connect (file) {
  const node = { index, low: index, onStack: true }
  index++
  state.set(file, node)
  stack.push(file)
  for (const to of graph.get(file)?.local ?? []) {
    if (!graph.has(to)) continue
    const next = state.get(to)
    if (next === undefined) {
      connect(to)
      node.low = Math.min(node.low, state.get(to).low)
    } else if (next.onStack) {
      node.low = Math.min(node.low, next.index)
    }
  }
  if (node.low === node.index) {
    const component = []
    let member
    do {
      member = stack.pop()
      state.get(member).onStack = false
      component.push(member)
    } while (member !== file)
    const selfImport = graph.get(file).local.includes(file)
    if (component.length > 1 || selfImport) problems.push(`import cycle: ${component.sort().join(' <-> ')}`)
  }
}
for (const file of files) if (!state.has(file)) connect(file)

for (const problem of problems) console.error(problem)
if (problems.length > 0) {
  console.error(`${problems.length} import problem(s) in src/`)
  process.exit(1)
}
console.log(`imports: ${files.length} files in src/, no cycles, layers point down`)
