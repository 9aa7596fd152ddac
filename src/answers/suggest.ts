import type { Choice } from './api.js';
import type { Library } from './library.js';

// Placeholder until the real suggestions land.
export const suggestPartners = (_lib: Library, _typed: string): Choice[] => [];
export const suggestTopics = (_lib: Library, _typed: string): Choice[] => [];
export const suggestArticles = (_lib: Library, _typed: string): Choice[] => [];
export const suggestRounds = (_lib: Library, _partner: string, _typed: string): Choice[] => [];
