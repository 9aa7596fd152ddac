// Types of bin/build-state.mjs, for the tests that import it (the file itself is plain JavaScript: it runs before any
// compiler is loaded).
export declare const BUILD_DIR: string;
export declare const MANIFEST: string;
export declare const SOURCE_FOLDERS: string[];
export declare const BUILD_INPUTS: string[];
export interface InputStamp {
  size: number;
  mtimeMs: number;
  sha1: string;
}
export declare function buildInputs(root: string): string[];
export declare function snapshot(root: string): Record<string, InputStamp>;
export declare function buildState(root: string): 'fresh' | 'absent' | 'stale';
