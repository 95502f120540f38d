import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { PactError } from './pact-error.ts';
import type { PactFile, PactInteraction } from './pact-types.ts';
import { interactionKey } from './to-pact-interaction.ts';
import { withFileLock, type LockOptions } from './_internals/file-lock.ts';

/** What {@link mergePactFile} writes. */
export interface MergePactInput {
  consumer: string;
  provider: string;
  interactions: readonly PactInteraction[];
}

/** What {@link mergePactFile} did. */
export interface MergePactResult {
  path: string;
  /** Interactions in the file after the merge. */
  interactions: number;
  /** Interactions that were not in the file before. */
  added: number;
}

type AnyInteraction = PactFile['interactions'][number];

function keyOf(interaction: AnyInteraction): string {
  if (typeof interaction.key === 'string' && interaction.key !== '') return interaction.key;
  if (interaction.type === 'Synchronous/HTTP') return interactionKey(interaction as PactInteraction);
  return JSON.stringify(interaction);
}

/** A pact file as read back: only its interactions array is checked. */
type ExistingPact = Partial<Omit<PactFile, 'interactions'>> & Pick<PactFile, 'interactions'>;

/** An interaction's description; other interaction types are read unchecked, so it may be missing. */
const descriptionOf = (interaction: AnyInteraction): string =>
  typeof interaction.description === 'string' ? interaction.description : '';

function readExisting(path: string): ExistingPact | undefined {
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  try {
    const pact = JSON.parse(text) as ExistingPact;
    if (!Array.isArray(pact.interactions)) throw new Error('no interactions array');
    return pact;
  } catch (error) {
    throw new PactError(
      'BAD_PACT',
      `${path} is not a pact file (${(error as Error).message}): move it away or fix it`,
      path,
    );
  }
}

/**
 * Merges interactions into a pact file, safely when several processes (CI
 * shards, test workers) write the same file: under a lock file (O_EXCL,
 * retried, broken when stale), the file is read, interactions merged by
 * key (a new one replaces the one with its key, others are kept), sorted by
 * description and key, and written atomically (`write-file-atomic`: a
 * temporary file renamed into place), so a reader never sees half a file
 * and no writer's interactions are lost.
 *
 * @example
 * await mergePactFile('pacts/app-circleci.json', { consumer: 'app', provider: 'circleci', interactions });
 */
export async function mergePactFile(
  path: string,
  input: MergePactInput,
  options: LockOptions = {},
): Promise<MergePactResult> {
  mkdirSync(dirname(path), { recursive: true });
  return withFileLock(
    `${path}.lock`,
    () => {
      const existing = readExisting(path);
      if (
        existing !== undefined &&
        (existing.consumer?.name !== input.consumer || existing.provider?.name !== input.provider)
      ) {
        throw new PactError(
          'BAD_PACT',
          `${path} is the pact of ${existing.consumer?.name} → ${existing.provider?.name}, not ${input.consumer} → ${input.provider}: choose another file name`,
          path,
        );
      }
      const byKey = new Map<string, AnyInteraction>();
      for (const interaction of existing?.interactions ?? []) byKey.set(keyOf(interaction), interaction);
      const before = byKey.size;
      for (const interaction of input.interactions) byKey.set(keyOf(interaction), interaction);
      const interactions = [...byKey.entries()]
        .sort(([ka, a], [kb, b]) => {
          const da = descriptionOf(a);
          const db = descriptionOf(b);
          return da < db ? -1 : da > db ? 1 : ka < kb ? -1 : ka > kb ? 1 : 0;
        })
        .map(([, interaction]) => interaction);
      const pact: PactFile = {
        consumer: { name: input.consumer },
        provider: { name: input.provider },
        interactions,
        metadata: {
          ...existing?.metadata,
          pactSpecification: { version: '4.0' },
          circleciKit: { pact: '0.1.0' },
        },
      };
      writeFileAtomic.sync(path, `${JSON.stringify(pact, null, 2)}\n`);
      return { path, interactions: interactions.length, added: byKey.size - before };
    },
    options,
  );
}
