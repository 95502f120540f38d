import { splitEncodedPath } from './_internals/decode-path.ts';
import { buildProjectSlug } from './_internals/parse-project-text.ts';
import type { ParsedProjectSlug } from './project-slug.ts';
import { SlugError } from './slug-error.ts';

const REPO_HOSTS: Readonly<Record<string, 'gh' | 'bb'>> = {
  'github.com': 'gh',
  'www.github.com': 'gh',
  'ssh.github.com': 'gh',
  'bitbucket.org': 'bb',
  'www.bitbucket.org': 'bb',
};
const PROTOCOLS = new Set(['https:', 'http:', 'ssh:', 'git+ssh:', 'ssh+git:', 'git:']);
const VCS_IN_URLS = new Set(['gh', 'github', 'bb', 'bitbucket', 'circleci']);
/** Where the VCS segment sits in app.circleci.com paths, by their first segment. */
const APP_PREFIXES: Readonly<Record<string, number>> = { pipelines: 1, projects: 1, insights: 1, settings: 2 };
const FORMS =
  'expected a GitHub or Bitbucket repository URL or SSH remote, an app.circleci.com pipelines/projects/insights/settings URL, or a circleci.com/gh/<org>/<repo> URL';

/**
 * The project slug of a URL people paste:
 *
 * - GitHub and Bitbucket repository URLs, http(s), with or without `www.`, `.git`
 *   or a trailing slash, and pages under them (`…/repo/tree/main`, `…/repo/pull/1`);
 * - SSH remotes, scp-style (`git@github.com:org/repo.git`) or `ssh://` (port allowed);
 * - CircleCI app URLs: `app.circleci.com/pipelines/<vcs>/<org>/<project>/…`,
 *   `…/projects/<vcs>/…`, `…/insights/<vcs>/…`, `…/settings/project/<vcs>/…`,
 *   `<vcs>` being `github`, `gh`, `bitbucket`, `bb` or `circleci` (`circleci/<orgId>/<projectId>`);
 * - legacy `circleci.com/gh/<org>/<repo>/42` (and `bb`, `github`, `bitbucket`);
 * - API URLs `circleci.com/api/v2/project/<slug>/…`, literal or `%2F`-encoded.
 *
 * Anything else is `UNSUPPORTED_URL` (GitLab URLs too: their CircleCI slug uses
 * ids a GitLab URL does not hold). Credentials in a URL are redacted from errors.
 *
 * @throws {SlugError} with `UNSUPPORTED_URL`, or the code of an invalid org, repository or id.
 *
 * @example
 * slugFromUrl('git@github.com:CircleCI-Public/circleci-cli.git').slug; // 'gh/CircleCI-Public/circleci-cli'
 * slugFromUrl('https://app.circleci.com/pipelines/github/CircleCI-Public/circleci-cli/123').slug;
 * // 'gh/CircleCI-Public/circleci-cli'
 */
export function slugFromUrl(url: string): ParsedProjectSlug {
  if (typeof url !== 'string') throw new SlugError('NOT_A_STRING', url, 'expected the URL as a string');
  const text = url.trim();
  if (text === '') throw new SlugError('EMPTY', url, `got nothing: ${FORMS}`);
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/\/)(.*)$/.exec(text);
  if (scp !== null) return fromRepoHost((scp[1] ?? '').toLowerCase(), scp[2] ?? '', true, url);
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new SlugError('UNSUPPORTED_URL', url, `not a URL: ${FORMS}`);
  }
  if (!PROTOCOLS.has(parsed.protocol)) throw new SlugError('UNSUPPORTED_URL', url, `unsupported scheme: ${FORMS}`);
  const host = parsed.hostname.toLowerCase();
  const isSsh = !parsed.protocol.startsWith('http');
  if (Object.hasOwn(REPO_HOSTS, host)) return fromRepoHost(host, parsed.pathname, isSsh, url);
  if (host === 'app.circleci.com' && !isSsh) return fromApp(parsed.pathname, url);
  if ((host === 'circleci.com' || host === 'www.circleci.com') && !isSsh) return fromLegacy(parsed.pathname, url);
  if (host === 'gitlab.com' || host.endsWith('.gitlab.com')) {
    throw new SlugError(
      'UNSUPPORTED_URL',
      url,
      'a GitLab URL does not hold the CircleCI ids: use circleci/<orgId>/<projectId> from Organization and Project Settings, or an app.circleci.com URL',
    );
  }
  throw new SlugError('UNSUPPORTED_URL', url, `unknown host: ${FORMS}`);
}

function pathSegments(path: string): string[] {
  const segments = path.split('/');
  if (segments[0] === '') segments.shift();
  if (segments.length > 0 && segments[segments.length - 1] === '') segments.pop();
  return segments;
}

function fromRepoHost(host: string, path: string, isSsh: boolean, url: string): ParsedProjectSlug {
  const vcs = Object.hasOwn(REPO_HOSTS, host) ? REPO_HOSTS[host] : undefined;
  if (vcs === undefined) throw new SlugError('UNSUPPORTED_URL', url, `unknown host: ${FORMS}`);
  const segments = pathSegments(path);
  if (segments.length < 2 || (isSsh && segments.length > 2)) {
    throw new SlugError('UNSUPPORTED_URL', url, `expected <org>/<repo> after the host: ${FORMS}`);
  }
  const [org = '', repo = ''] = segments;
  return buildProjectSlug(vcs, org, repo.endsWith('.git') ? repo.slice(0, -'.git'.length) : repo, url);
}

function fromApp(path: string, url: string): ParsedProjectSlug {
  const segments = pathSegments(path);
  const first = segments[0] ?? '';
  const at = Object.hasOwn(APP_PREFIXES, first) ? (APP_PREFIXES[first] ?? 1) : -1;
  if (at === -1 || (first === 'settings' && segments[1] !== 'project')) {
    throw new SlugError('UNSUPPORTED_URL', url, `this app.circleci.com page names no project: ${FORMS}`);
  }
  return fromVcsSegments(segments.slice(at), url);
}

function fromLegacy(path: string, url: string): ParsedProjectSlug {
  const segments = pathSegments(path);
  if (segments[0] === 'api' && segments[1] === 'v2' && segments[2] === 'project') {
    const rest = splitEncodedPath(segments.slice(3).join('/'), url);
    return fromVcsSegments(rest, url);
  }
  if (segments[0] === 'circleci') throw new SlugError('UNSUPPORTED_URL', url, `no legacy circleci/ pages: ${FORMS}`);
  return fromVcsSegments(segments, url);
}

function fromVcsSegments(segments: readonly string[], url: string): ParsedProjectSlug {
  const [vcs = '', org = '', project = ''] = segments;
  if (!VCS_IN_URLS.has(vcs.toLowerCase()) || segments.length < 3) {
    throw new SlugError('UNSUPPORTED_URL', url, `expected <vcs>/<org>/<project> in the path: ${FORMS}`);
  }
  return buildProjectSlug(vcs, org, project, url);
}
