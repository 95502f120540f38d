import { normalizePath } from '../engine/route-key.ts';
import type { LogRoute } from './log-types.ts';
import { findLogDates } from './parse-date.ts';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const SEGMENT = String.raw`[A-Za-z0-9_.{}:-]+`;
const ROUTE = new RegExp(
  String.raw`(?:\b(GET|POST|PUT|PATCH|DELETE)\`?\s+(?:to\s+)?\`?(/?${SEGMENT}(?:/${SEGMENT})+)|(?<![\w.:/])(/${SEGMENT}(?:/${SEGMENT})*))`,
  'g',
);

/** What a log entry names: routes, backticked fields, doc anchors and dates. */
export interface Mentions {
  routes: LogRoute[];
  fields: string[];
  anchors: string[];
  mentionedDates: string[];
}

/**
 * Finds the routes (`GET /pipeline/{pipeline-id}`, `/workflow/:id/jobs`,
 * `POST project/:vcs-type/…`), backticked field names, anchors of links into
 * the API reference, and dates in an entry's Markdown.
 *
 * @example
 * extractMentions('The `workflow` key in `GET /pipeline/{pipeline-id}` is deleted').fields; // ['workflow']
 */
export function extractMentions(markdown: string): Mentions {
  const anchors: string[] = [];
  // Link targets are not routes; keep the anchors of API-reference links.
  const text = markdown.replace(/\]\(([^)\s]*)\)/g, (_all, url: string) => {
    const anchor = /\/docs\/api\/v2\/?(?:index\.html)?#([\w-]+)/.exec(url)?.[1];
    if (anchor) anchors.push(anchor);
    return ']';
  });
  const routes: LogRoute[] = [];
  for (const match of text.matchAll(ROUTE)) {
    const raw = match[2] ?? match[3] ?? '';
    if (!raw.includes('/', 1) && !match[1]) continue;
    const route: LogRoute = { raw, path: normalizePath(raw) };
    if (match[1]) route.method = match[1].toUpperCase();
    routes.push(route);
  }
  const fields = [...text.matchAll(/`([^`]+)`/g)]
    .map((match) => match[1]!.trim())
    .filter((token) => /^[A-Za-z_][\w-]*$/.test(token) && !METHODS.has(token) && !/^v\d+$/.test(token));
  return { routes, fields: [...new Set(fields)], anchors: [...new Set(anchors)], mentionedDates: findLogDates(text) };
}
