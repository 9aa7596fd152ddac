/** Reading a REST request body: JSON, or multipart/form-data with `payload_json` and `files[n]` (how discord.js sends attachments). */
import type { IncomingMessage } from 'node:http';
import type { RecordedFile } from './interactions.js';

export interface ParsedBody {
  body: unknown;
  files: RecordedFile[];
  /** Set when the body could not be read; Discord answers 400 code 50109. */
  error?: string;
}

export async function readBody(req: IncomingMessage): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  try {
    if (type.startsWith('multipart/form-data')) return await readMultipart(raw, type);
    return { body: raw.length ? JSON.parse(raw.toString('utf8')) : null, files: [] };
  } catch (error) {
    return { body: raw.toString('utf8').slice(0, 2000), files: [], error: (error as Error).message };
  }
}

async function readMultipart(raw: Buffer, contentType: string): Promise<ParsedBody> {
  // Node's fetch Request parses multipart the same way a browser would; no parser of our own to get wrong.
  const form = await new Request('http://fake.invalid/', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: new Uint8Array(raw),
  }).formData();
  const files: RecordedFile[] = [];
  let body: unknown = null;
  for (const [field, value] of form.entries()) {
    if (field === 'payload_json') body = JSON.parse(String(value));
    else if (typeof value !== 'string') {
      const bytes = Buffer.from(await value.arrayBuffer());
      files.push({ field, name: value.name, size: bytes.length, bytes });
    }
  }
  return { body, files };
}
