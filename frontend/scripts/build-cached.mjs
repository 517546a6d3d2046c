// `npm run build`, unless these exact sources were built before: then the earlier output is copied to
// dist/ instead. The service's tests start Quarkus once per test profile and each start asks for the
// frontend; building it once per set of sources keeps the suite within its time. The cache key is a
// hash of every build input (derived files such as src/api/schema.d.ts are covered by their sources).
import { createHash } from 'node:crypto'
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { execSync } from 'node:child_process'

const INPUTS = ['index.html', 'package.json', 'package-lock.json', 'tsconfig.json', 'vite.config.ts', 'src', 'public', '../openapi/openapi.yaml']
const DERIVED = new Set(['src/api/schema.d.ts', 'public/assets'])
// in the Maven build's target/, so that `npm ci` keeps it and `mvnw clean` removes it
const CACHE = '../target/frontend-build-cache'

function files(path) {
  if (DERIVED.has(path) || !existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path).sort().flatMap((name) => files(join(path, name).split('\\').join('/')))
}

const hash = createHash('sha256')
for (const file of INPUTS.flatMap(files)) {
  hash.update(relative('.', file)).update('\0').update(readFileSync(file)).update('\0')
}
const cached = join(CACHE, hash.digest('hex').slice(0, 32))

rmSync('dist', { recursive: true, force: true })
if (existsSync(join(cached, 'index.html'))) {
  cpSync(cached, 'dist', { recursive: true })
  console.log(`build-cached: these sources were built before; copied ${cached} to dist/`)
} else {
  execSync('npm run build', { stdio: 'inherit' })
  rmSync(CACHE, { recursive: true, force: true })
  cpSync('dist', cached, { recursive: true })
  console.log(`build-cached: built, and kept a copy in ${cached}`)
}
