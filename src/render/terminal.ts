/** An Answer as plain text for a terminal, readable at 80 columns. */
import { type Answer, type Excerpt, formatDate, label } from '../answers/index.js';

const WIDTH = 80;

/** Greedy word wrap; very long words are left whole rather than broken mid-syllable. */
export function wrap(text: string, indent = '', width = WIDTH, first = indent): string {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = lines.length === 0 ? first : indent;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const started = line.length > (lines.length === 0 ? first : indent).length;
      if (started && [...line].length + 1 + [...word].length > width) {
        lines.push(line);
        line = indent + word;
      } else {
        line = started ? `${line} ${word}` : line + word;
      }
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/** Mark matched words: «bom, mìn». Marks are substrings of the text as written. */
export function markText(text: string, marks: string[] = []): string {
  let out = text;
  for (const mark of [...new Set(marks)].sort((a, b) => b.length - a.length)) {
    if (!mark.trim()) continue;
    out = out.split(mark).join(`«${mark}»`);
  }
  return out.replace(/««([^«»]*)»»/g, '«$1»');
}

/** Terminal control characters in article or user text must not drive the terminal. */
const safe = (text: string) => text.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, ' ');

function renderExcerpt(e: Excerpt, lang: Answer['lang']): string {
  const cite = [
    e.citation.outlet,
    e.citation.published ? formatDate(e.citation.published, lang) : label(lang, 'undated'),
    e.citation.passage,
  ]
    .filter(Boolean)
    .join(' · ');
  return `${wrap(`“${safe(markText(e.text, e.marks))}”`, '  > ')}\n${wrap(`— ${safe(cite)}`, '    ')}`;
}

export function renderTerminal(answer: Answer): string {
  const out: string[] = [];
  const title = safe(answer.title);
  out.push(title, '═'.repeat(Math.min(WIDTH, Math.max(8, [...title].length))));
  if (answer.summary) out.push(wrap(safe(answer.summary)), '');
  if (answer.understood) out.push(wrap(safe(answer.understood)), '');
  for (const section of answer.sections) {
    if (!section.entries.length) continue;
    out.push(safe(section.title), '─'.repeat(Math.min(WIDTH, [...section.title].length)));
    for (const entry of section.entries) {
      out.push(wrap(safe(entry.heading), '  ', WIDTH, '• '));
      for (const field of entry.fields)
        out.push(wrap(`${safe(field.label)}: ${safe(field.value.replace(/\*\*/g, ''))}`, '    '));
      if (entry.text) out.push(wrap(safe(entry.text), '    '));
    }
    out.push('');
  }
  if (answer.excerpts.length) {
    out.push(label(answer.lang, 'sources'), '───────');
    for (const e of answer.excerpts) out.push(renderExcerpt(e, answer.lang));
    out.push('');
  }
  for (const hint of answer.hints) out.push(wrap(safe(hint), '  ↳ '));
  if (answer.footer) out.push(safe(answer.footer));
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
