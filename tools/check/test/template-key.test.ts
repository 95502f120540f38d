import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../lib/circleci/config-error.mjs';
import { checkKeyTemplate, expandKeyTemplate, machineArch } from '../lib/circleci/template-key.mjs';

const lockfile = Buffer.from('lockfileVersion: 9\n');
const context = {
  readFile: (file: string) => {
    if (file !== 'pnpm-lock.yaml') throw new Error(`open ${file}: no such file or directory`);
    return lockfile;
  },
  arch: 'arch1-linux-amd64-6_85',
  branch: 'main',
  revision: 'abc123',
  buildNum: 7,
  environment: { CACHE_VERSION: 'v3' },
  now: () => 1_700_000_000_123,
};

describe('cache key templates', () => {
  it('checksum is the base64 of the SHA-256 of the file, as CircleCI writes it', () => {
    const sha = createHash('sha256').update(lockfile).digest('base64');
    expect(sha).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(expandKeyTemplate('pnpm-{{ checksum "pnpm-lock.yaml" }}', context)).toBe(`pnpm-${sha}`);
  });

  it('expands arch, branch, revision, build number, epoch and environment variables', () => {
    expect(
      expandKeyTemplate(
        '{{arch}}/{{ .Branch }}/{{ .Revision }}/{{ .BuildNum }}/{{ epoch }}/{{ .Environment.CACHE_VERSION }}',
        context,
      ),
    ).toBe('arch1-linux-amd64-6_85/main/abc123/7/1700000000/v3');
  });

  it('writes <no value> for a variable that is not set, as Go templates do', () => {
    expect(expandKeyTemplate('k-{{ .Environment.MISSING }}', context)).toBe('k-<no value>');
  });

  it('fails on a checksum of a missing file', () => {
    expect(() => expandKeyTemplate('{{ checksum "nope.lock" }}', context)).toThrow(/nope\.lock/);
  });

  it('refuses a template it does not expand, naming it', () => {
    expect(() => {
      checkKeyTemplate('deps-{{ .CheckoutKey }}', 'jobs.build');
    }).toThrow(ConfigError);
    expect(() => {
      checkKeyTemplate('deps-{{ .CheckoutKey }}', 'jobs.build');
    }).toThrow('unsupported: cache key template {{ .CheckoutKey }} (at jobs.build)');
    expect(() => {
      checkKeyTemplate('deps-{{ checksum "a" }}-{{ arch }}-{{ .Environment.X }}', 'jobs.build');
    }).not.toThrow();
  });

  it('names the architecture as CircleCI does', () => {
    const cpuinfo = 'vendor_id\t: GenuineIntel\ncpu family\t: 6\nmodel\t\t: 85\nmodel name\t: Xeon\n';
    expect(machineArch({ platform: 'linux', arch: 'x64', cpuinfo })).toBe('arch1-linux-amd64-6_85');
    expect(machineArch({ platform: 'linux', arch: 'arm64', cpuinfo: '' })).toBe('arch1-linux-arm64');
  });
});
