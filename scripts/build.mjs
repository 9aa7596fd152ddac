#!/usr/bin/env node
/**
 * `npm run build`, and `npm ci` / `npm install` through `prepare`: transpiles src/ and commands/ to JavaScript in dist/
 * (dist/src/…, dist/commands/…, one .js per .ts, no bundling), so that `npm start` and the other entry scripts do not
 * compile every module at every start (bin/run.mjs runs the build only while it matches the sources on disk).
 *
 * It can never fail an install: without esbuild, or on any error, it says so in one line, exits 0 and leaves everything
 * running from the TypeScript sources through tsx, as without a build. A new build is made in a folder of its own and
 * swapped in whole, its manifest written last: a half-written build is never run.
 *
 * It also bundles discord.js with the packages it loads into one file (dist/vendor/discord.cjs, CommonJS, as they
 * are), which the compiled bot loads instead of the package (src/bot/discord.ts): loading some 600 files one by one
 * (resolve, stat, read, compile each) was the largest share of a start from the cache; the one file loads in about
 * half the CPU time. zod likewise (dist/vendor/zod.js, ESM; about 60 ms to import instead of 140), which the compiled
 * files import in place of the package. The manifest records each bundled package's package.json, so that a package
 * reinstalled at another version makes the build stale (bin/build-state.mjs). A bundle that cannot be made is left
 * out, and the compiled code loads the package itself.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_DIR, MANIFEST, SOURCE_FOLDERS, snapshot, snapshotFiles, VENDORED } from '../bin/build-state.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const built = join(root, BUILD_DIR);
const staging = join(root, `${BUILD_DIR}.building-${process.pid}`);
const retired = join(root, `${BUILD_DIR}.old-${process.pid}`);
const say = (line) => process.stderr.write(`attaché build: ${line}\n`);

/** One line on why the build could not be made. */
function reason(error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && /esbuild/.test(error.message)) return 'esbuild is not installed';
  const first = error?.errors?.[0];
  if (first?.location) return `${first.location.file}:${first.location.line}: ${first.text}`;
  return String(error?.message ?? error).split('\n')[0];
}

/**
 * One bundle of VENDORED in `outdir`, and the package.json files of what it holds; null (and one line) when it cannot
 * be made. Optional native add-ons that discord.js and ws try to load stay outside, required at run time if installed.
 */
async function bundle(esbuild, outdir, { name, file, format, contents }) {
  try {
    const { metafile } = await esbuild.build({
      absWorkingDir: root,
      stdin: { contents, resolveDir: root, loader: 'js' },
      outfile: join(outdir, file),
      bundle: true,
      format,
      platform: 'node',
      target: 'node20',
      external: ['zlib-sync', 'bufferutil', 'utf-8-validate'],
      metafile: true,
      logLevel: 'silent',
    });
    const packages = new Set(
      Object.keys(metafile.inputs)
        .map((input) => input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//)?.[1])
        .filter((folder) => folder !== undefined)
        .map((folder) => `${folder}/package.json`),
    );
    return [...packages];
  } catch (error) {
    say(`${name} not bundled (${reason(error)}); the compiled code loads the package itself`);
    return null;
  }
}

/** Every compiled .js file under `dir`, but the bundles. */
const compiledFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((path) => path.endsWith('.js') && !path.startsWith('vendor'))
    .map((path) => join(dir, path));

/**
 * Compiled code imports zod from its bundle: `from "zod"` (as esbuild prints every import of it, the only specifier of
 * zod the sources use) becomes the bundle's relative path.
 */
function importZodBundle(dir) {
  for (const file of compiledFiles(dir)) {
    const code = readFileSync(file, 'utf8');
    if (!code.includes('from "zod"')) continue;
    const path = relative(dirname(file), join(dir, VENDORED.zod.file)).split(sep).join('/');
    writeFileSync(file, code.replaceAll('from "zod"', `from "${path.startsWith('.') ? path : `./${path}`}"`));
  }
}

const started = performance.now();
try {
  const esbuild = await import('esbuild');
  // Recorded before compiling: a source edited during the build no longer matches, so the build is stale, never wrong.
  const inputs = snapshot(root);
  const entryPoints = Object.keys(inputs).filter((path) => SOURCE_FOLDERS.some((f) => path.startsWith(`${f}/`)));
  await esbuild.build({
    absWorkingDir: root,
    entryPoints,
    outdir: staging,
    outbase: '.',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    bundle: false,
    logLevel: 'silent',
  });
  const discord = await bundle(esbuild, staging, VENDORED.discord);
  const zod = await bundle(esbuild, staging, VENDORED.zod);
  if (zod) importZodBundle(staging);
  const bundled = [discord, zod].filter((packages) => packages !== null);
  const packages = bundled.length ? snapshotFiles(root, [...new Set(bundled.flat())].sort()) : null;
  writeFileSync(
    join(staging, MANIFEST),
    JSON.stringify({ esbuild: esbuild.version, inputs, ...(packages ? { packages } : {}) }, null, 1),
  );
  if (existsSync(built)) renameSync(built, retired);
  renameSync(staging, built);
  rmSync(retired, { recursive: true, force: true });
  const ms = Math.round(performance.now() - started);
  const vendored = packages ? ` and ${Object.keys(packages).length} packages to ${BUILD_DIR}/vendor/` : '';
  say(
    `compiled ${entryPoints.length} files to ${BUILD_DIR}/${vendored} in ${ms} ms; npm start runs them until a source changes`,
  );
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  say(`skipped (${reason(error)}); npm start and npm run ask run the TypeScript sources through tsx instead`);
}
