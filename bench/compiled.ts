/**
 * A bench entry compiled as `npm start` runs the bot (bin/run.mjs): every module of src/ it imports is the build's
 * JavaScript in dist/, and no TypeScript loader is in the process or its worker threads. Under tsx the store's cold
 * start at 10,000 articles peaked about 55 MB higher (tsx's loader threads), which the memory goals counted against
 * the bot.
 *
 * The entry and what it imports outside src/ (bench helpers) are bundled into one file with esbuild, each import of
 * src/ left as an import of its compiled file. With no fresh build (never built, or a source edited since) there is
 * no compiled entry and the bench runs the sources through tsx, as it says.
 */
import { mkdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { BUILD_DIR, buildState } from '../bin/build-state.mjs';

/** Where bundles go: inside the project, so that packages resolve from its node_modules. */
const OUT_DIR = join('node_modules', '.cache', 'attache-bench');

/** The path of `entry` (e.g. 'bench/store-phases.ts') bundled against dist/, or null when the build is not fresh. */
export async function compiledEntry(root: string, entry: string): Promise<string | null> {
  if (buildState(root) !== 'fresh') return null;
  const esbuild = await import('esbuild');
  const sources = join(root, 'src') + sep;
  const outfile = join(root, OUT_DIR, entry.replace(/\.ts$/u, '.mjs'));
  mkdirSync(join(outfile, '..'), { recursive: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
    plugins: [
      {
        name: 'src-from-dist',
        setup(build) {
          // A relative import (esbuild reads the filter as a Go regular expression: no flags).
          build.onResolve({ filter: /^\./ }, (args) => {
            const path = resolve(args.resolveDir, args.path);
            if (!path.startsWith(sources)) return undefined;
            // '../src/store/index.js' → '<root>/dist/src/store/index.js': the file the bot runs.
            return { path: join(root, BUILD_DIR, relative(root, path)), external: true };
          });
        },
      },
    ],
  });
  return outfile;
}
