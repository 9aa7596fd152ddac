/**
 * The project's root folder, where data/ lives. Found from this file, which runs either as a source (src/) or as its
 * compiled copy (dist/src/, scripts/build.mjs): the nearest folder above it that holds package.json. Code that loads
 * other code (commands/, the read worker) resolves it beside itself instead, so a compiled bot loads compiled commands.
 */
import { existsSync } from 'node:fs';

function findRoot(): URL {
  for (let folder = new URL('.', import.meta.url); ; ) {
    if (existsSync(new URL('package.json', folder))) return folder;
    const parent = new URL('..', folder);
    // No package.json above (a copy of the sources alone): src/'s parent, as before there was a build.
    if (parent.href === folder.href) return new URL('..', import.meta.url);
    folder = parent;
  }
}

export const PROJECT_ROOT: URL = findRoot();
