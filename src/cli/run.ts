/** One CLI command → its output text (or JSON), using the same answer functions as Discord. */
import {
  answerAbout,
  answerDialogue,
  answerPartners,
  answerQuestion,
  answerSearch,
  answerSource,
  answerTimeline,
  answerTopic,
  type Answer,
  type Library,
} from '../answers/index.js';
import { exportCsv, exportJson } from '../knowledge/index.js';
import { renderTerminal } from '../render/index.js';
import type { CliArgs } from './args.js';
import { articleList, renderArticleList, sourceJson } from './articles.js';

export type RunResult = { output: string; png?: () => Buffer } | { usage: string };

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function needWords(args: CliArgs, what: string): string | { usage: string } {
  const text = args.words.join(' ').trim();
  return text ? text : { usage: `${args.command} needs ${what}` };
}

async function loadPng() {
  return import('../render/timeline-png.js');
}

export function runCommand(lib: Library, args: CliArgs): RunResult {
  const options = { lang: args.lang };
  let answer: Answer;
  switch (args.command) {
    case 'articles':
      return { output: args.json ? json(articleList(lib)) : renderArticleList(lib) };
    case 'export':
      return { output: args.format === 'csv' ? exportCsv(lib.knowledge) : json(exportJson(lib.knowledge)) };
    case 'about':
      answer = answerAbout(lib, {}, options);
      break;
    case 'partners':
      answer = answerPartners(lib, {}, options);
      break;
    case 'source': {
      const id = needWords(args, 'an article id');
      if (typeof id !== 'string') return id;
      answer = answerSource(lib, { article: id, ...(args.passage ? { passage: args.passage } : {}) }, options);
      if (args.json && answer.ok) return { output: json({ ...answer, article: sourceJson(lib, answer.title, id) }) };
      break;
    }
    case 'search': {
      const query = needWords(args, 'some words to search for');
      if (typeof query !== 'string') return query;
      answer = answerSearch(lib, { query, ...(args.limit ? { limit: args.limit } : {}) }, options);
      break;
    }
    case 'dialogue': {
      const partner = needWords(args, 'a partner, e.g. dialogue canada');
      if (typeof partner !== 'string') return partner;
      answer = answerDialogue(lib, { partner, ...(args.round ? { round: args.round } : {}) }, options);
      break;
    }
    case 'topic': {
      const topic = needWords(args, 'a topic, e.g. topic demining');
      if (typeof topic !== 'string') return topic;
      answer = answerTopic(lib, { topic }, options);
      break;
    }
    case 'timeline': {
      const partner = args.words.join(' ').trim();
      answer = answerTimeline(
        lib,
        { ...(partner ? { partner } : {}), ...(args.topic ? { topic: args.topic } : {}) },
        options,
      );
      break;
    }
    case 'question': {
      const question = needWords(args, 'a question');
      if (typeof question !== 'string') return question;
      answer = answerQuestion(lib, { question }, options);
      break;
    }
  }
  const output = args.json ? json(answer) : renderTerminal(answer);
  return { output, ...(answer.timeline?.length ? { png: () => pngOf(answer) } : {}) };
}

/**
 * The PNG renderer module, a constant of the process: imported only when a command asks for --png, because its native
 * SVG renderer and font take time to load that a text answer should not pay.
 */
let pngRenderer: Awaited<ReturnType<typeof loadPng>> | null = null;
export async function preparePng() {
  pngRenderer ??= await loadPng();
}
function pngOf(answer: Answer): Buffer {
  if (!pngRenderer) throw new Error('PNG renderer not loaded');
  return pngRenderer.renderTimelinePng(answer.timeline ?? [], {
    title: answer.title,
    subtitle: answer.summary.slice(0, 140),
  });
}
