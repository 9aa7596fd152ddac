/** What the corpus says about a partner it has no round for: passages that name it. */
import { findPartners } from '../knowledge/index.js';
import type { Partner } from '../vocabulary/index.js';
import { search } from '../search/index.js';
import { excerptOf } from './compose.js';
import type { Library } from './library.js';
import type { Excerpt } from './types.js';

export function mentionsOfPartner(lib: Library, partner: Partner, limit: number): Excerpt[] {
  const hits = search(lib.index, partner.nameVi, { limit: 50, extraTerms: [...partner.namesVi, partner.name] });
  const out: Excerpt[] = [];
  for (const hit of hits) {
    // The index matches words; the vocabulary decides whether the words really name this partner ("Pháp" vs "biện pháp").
    const named = findPartners(hit.passage.text).find((m) => m.key === partner.code);
    if (!named) continue;
    out.push(
      excerptOf(lib, { article: hit.passage.articleId, passage: hit.passage.id, quote: hit.passage.text }, [
        named.matched,
      ]),
    );
    if (out.length === limit) break;
  }
  return out;
}
