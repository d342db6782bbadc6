/**
 * A document's claims as members: their features, their outlet (the agency a
 * speaker names, else the document's), and its vague words read as the
 * figures they echo.
 */
import type { Claim } from '../../model.js';
import { featuresOf, type DocumentEvents, type DocumentSubjects, type DocumentUnits, type Features } from '../features.js';
import { echoes, type IdentitySettings } from '../identity.js';
import { isoOfDay } from '../input.js';
import type { AlignLexicon } from '../tables.js';
import { agencyIn } from '../wire.js';
import type { DocumentRecord, Member } from './cluster.js';

/** Most speakers whose agency (or none) is kept before the memo starts afresh. */
const SPEAKER_MEMO = 50_000;

/** Makes members, numbered in the order made, with a memo of the agencies speakers name. */
export class Members {
  private readonly lexicon: AlignLexicon;
  private serial = 0;
  private readonly speakerAgencies = new Map<string, string | null>();

  constructor(lexicon: AlignLexicon) {
    this.lexicon = lexicon;
  }

  /** The agency a speaker names ("وكالة رويترز"), or null: news repeats its speakers, so answers are kept. */
  private agencyOf(speaker: string): string | null {
    let agency = this.speakerAgencies.get(speaker);
    if (agency === undefined) {
      if (this.speakerAgencies.size >= SPEAKER_MEMO) this.speakerAgencies.clear();
      agency = agencyIn(this.lexicon, speaker);
      this.speakerAgencies.set(speaker, agency);
    }
    return agency;
  }

  /** A claim of `document` as a member, added to its members; `outlet` is its kept outlet when it is resumed. */
  make(document: DocumentRecord, claim: Claim, outlet: string | undefined, events: DocumentEvents, units: DocumentUnits, subjects: DocumentSubjects): Member {
    const speaker = claim.speaker && typeof claim.speaker.text === 'string' ? this.agencyOf(claim.speaker.text) : null;
    const m = {
      serial: this.serial++,
      document,
      documentId: document.id,
      claim,
      features: featuresOf(this.lexicon, claim, document.published, events, units, subjects),
      outlet: outlet ?? speaker ?? document.outlet,
      source: document.source,
      publishedAt: document.published === null ? undefined : isoOfDay(document.published),
    } as Omit<Member, 'cluster'> as Member;
    document.members.push(m);
    return m;
  }
}

/** Reads a document's vague words as the figures of it they echo (see `echoes`). */
export function readEchoes(members: readonly Member[], identity: IdentitySettings): void {
  if (!members.some((m) => m.features.vague && (m.features.unit === null || (m.features.nounless && m.features.subject === null)))) return;
  const read = echoes(members.map((m) => m.features), identity);
  members.forEach((m, i) => {
    (m as { features: Features }).features = read[i]!;
  });
}
