// `ask timeline … --png FILE` on the seeds and on generated articles: a 1200 px PNG with a marker for every round.
import { describe, expect, it } from 'vitest';
import { libraryOf } from '../helpers/library.js';
import { answerTimeline } from '../../src/answers/index.js';
import { parseCli, preparePng, runCommand } from '../../src/cli/index.js';
import { renderTimelineSvg } from '../../src/render/index.js';
import { generateCorpus, writeCorpus } from '../../bench/generate.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('timeline pictures from the CLI', () => {
  it.each([['timeline', 'japan'], ['timeline'], ['dialogue', 'korea']])('%s %s --png', async (...words) => {
    const lib = await libraryOf('seeds');
    await preparePng();
    const result = runCommand(lib, parseCli([...words, '--png', '/dev/null']));
    expect('png' in result && result.png).toBeTruthy();
    const png = (result as { png: () => Buffer }).png();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png).width).toBe(1200);
  });
  it('200 generated articles: one marker per round, every round on the picture', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attache-png-'));
    writeCorpus(dir, generateCorpus({ articles: 200, seed: 11 }));
    const lib = await libraryOf(dir);
    const answer = answerTimeline(lib, {}, { lang: 'vi' });
    const svg = renderTimelineSvg(answer.timeline!, { title: answer.title });
    expect(svg.markers).toBe(lib.knowledge.rounds.length);
    expect(svg.labels.length).toBeGreaterThan(svg.markers * 0.9);
  });
});
