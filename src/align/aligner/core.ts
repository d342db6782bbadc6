/** What the parts of an aligner share: its settings, read once, and its open clusters with their index. */
import type { IdentitySettings } from '../identity.js';
import type { Settings } from '../input.js';
import type { AlignLexicon } from '../tables.js';
import type { Blocks } from './blocking.js';
import type { Cluster } from './cluster.js';
import type { Members } from './members.js';

/** An aligner as its parts read and change it (see `StreamingAligner` in aligner.ts). */
export interface AlignerCore {
  readonly settings: Settings;
  readonly lexicon: AlignLexicon;
  readonly identity: IdentitySettings;
  /** The same settings, read within a story (see `tieToStories`). */
  readonly storyIdentity: IdentitySettings;
  readonly open: Set<Cluster>;
  /** The open clusters by handle, epoch and bucket. */
  readonly blocks: Blocks;
  /** Makes the members of documents, numbered in the order added. */
  readonly members: Members;
  /** Serial of the next cluster. */
  clusterSerial: number;
}
