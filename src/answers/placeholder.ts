import type { Language } from '../corpus/types.js';
import type { Answer, AnswerKind } from './types.js';

export function placeholderAnswer(kind: string, args: string, lang: Language): Answer {
  return { kind: kind as AnswerKind, lang, ok: true, title: kind, summary: `(${kind} ${args})`, sections: [], excerpts: [], hints: [], footer: '' };
}
