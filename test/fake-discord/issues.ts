/**
 * A validation problem the way Discord reports it: a dotted path into the payload ("embeds.0.title"), a code and a
 * message. Discord answers them as 400 code 50035 with the problems nested by path; tests read them flat.
 */
export interface Issue {
  path: string;
  code: string;
  message: string;
}

export const issue = (path: string, code: string, message: string): Issue => ({ path, code, message });

export const tooLong = (path: string, max: number): Issue =>
  issue(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);

export const badLength = (path: string, min: number, max: number): Issue =>
  issue(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);

export const issueText = (i: Issue): string => `${i.path}: ${i.message}`;

type Nested = { _errors?: { code: string; message: string }[]; [key: string]: unknown };

/** `{ embeds: { 0: { title: { _errors: [...] } } } }`, as in Discord's "Invalid Form Body" answers. */
export function nestErrors(issues: Issue[]): Nested {
  const root: Nested = {};
  for (const { path, code, message } of issues) {
    let node = root;
    for (const key of path.split('.').filter(Boolean)) node = (node[key] ??= {}) as Nested;
    (node._errors ??= []).push({ code, message });
  }
  return root;
}
